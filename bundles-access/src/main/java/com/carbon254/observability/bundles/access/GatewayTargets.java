package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/**
 * How Prometheus finds the gateway (its Service, metrics port and the catalog metrics it exports),
 * and the latency target the collector's tail sampling reads.
 */
final class GatewayTargets {
  private GatewayTargets() {}

  /** The job every gateway rule selects on ({@code job="gateway"}). */
  static final String JOB = AccessTargets.GATEWAY_JOB;

  static ScrapeTarget.Builder gateway() {
    return ScrapeTarget.platformService(JOB)
        .path("/metrics")
        .every("15s")
        .exports(GatewayMetrics.REQUESTS, GatewayMetrics.REQUEST_DURATION);
  }

  /**
   * The p95 objective the dashboard draws, read from it so a changed target moves the sampler too.
   */
  static LatencyTarget latency() {
    return LatencyTarget.p95(JOB, GatewayDashboard.LATENCY_TARGET_SECONDS);
  }
}
