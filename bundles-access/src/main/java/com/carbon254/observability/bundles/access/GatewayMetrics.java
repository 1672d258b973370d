package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;

/** The gateway's RED metrics, named as in the seed's taxonomy (section 8). */
public final class GatewayMetrics {
  private GatewayMetrics() {}

  public static final Counter REQUESTS =
      Counter.named("gateway_http_requests_total")
          .help("Total HTTP requests served by the gateway, by method, route and status code.")
          .labels("method", "route", "status");

  /**
   * The seed's buckets (10 to 500 ms) plus 150 ms: the latency SLO is about 150 ms, and a latency
   * SLI can only be computed at a bucket bound.
   */
  public static final Histogram REQUEST_DURATION =
      Histogram.named("gateway_http_request_duration_seconds")
          .help("Time from request received to response written by the gateway, in seconds.")
          .buckets(0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5)
          .labels("route");
}
