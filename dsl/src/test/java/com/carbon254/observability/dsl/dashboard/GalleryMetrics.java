package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;

/** Catalog metrics of the dashboard tests, named as the gateway's. */
final class GalleryMetrics {
  static final Counter REQUESTS =
      Counter.named("gateway_http_requests_total")
          .help("HTTP requests served by the gateway.")
          .labels("method", "route", "status");

  static final Histogram DURATION =
      Histogram.named("gateway_http_request_duration_seconds")
          .help("Time to serve a request, in seconds.")
          .buckets(0.05, 0.15, 0.5, 1)
          .labels("route");

  static final Gauge QUEUE_DEPTH =
      Gauge.named("gateway_queue_depth").help("Queued requests.").labels("route");

  private GalleryMetrics() {}
}
