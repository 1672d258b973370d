package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/** How Prometheus finds the gateway: its Service, metrics port and the catalog metrics it exports. */
final class GatewayTargets {
  private GatewayTargets() {}

  /** The job every gateway rule selects on ({@code job="gateway"}). */
  static final String JOB = "gateway";

  static ScrapeTarget.Builder gateway() {
    return ScrapeTarget.job(JOB)
        .service("app.kubernetes.io/name", "gateway")
        .port("http-metrics")
        .path("/metrics")
        .every("15s")
        .exports(GatewayMetrics.REQUESTS, GatewayMetrics.REQUEST_DURATION);
  }
}
