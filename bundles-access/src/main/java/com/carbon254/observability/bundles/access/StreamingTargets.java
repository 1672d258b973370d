package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/** How Prometheus finds the streaming service, and the delivery latency the tail sampler guards. */
final class StreamingTargets {
  private StreamingTargets() {}

  static ScrapeTarget.Builder streaming() {
    return ScrapeTarget.platformService(StreamingRules.JOB)
        .exports(
            StreamingMetrics.ACTIVE_CONNECTIONS,
            StreamingMetrics.CONNECTIONS_OPENED,
            StreamingMetrics.CONNECTIONS_CLOSED,
            StreamingMetrics.MESSAGES_PUBLISHED,
            StreamingMetrics.MESSAGES_DELIVERED,
            StreamingMetrics.DELIVERY_LATENCY);
  }

  /** The p95 above which ALERT_STREAMING_DELIVERY_LATENCY_SPIKE warns. */
  static LatencyTarget latency() {
    return LatencyTarget.p95(StreamingRules.JOB, StreamingRules.DELIVERY_P95_SPIKE_SECONDS);
  }
}
