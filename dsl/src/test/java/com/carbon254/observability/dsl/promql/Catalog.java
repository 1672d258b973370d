package com.carbon254.observability.dsl.promql;

/** Metrics the PromQL tests query. */
final class Catalog {
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
  static final Gauge QUEUE_CAPACITY =
      Gauge.named("gateway_queue_capacity").help("Queue slots.").labels("route");
  static final Gauge QUEUE_RESERVED =
      Gauge.named("gateway_queue_reserved").help("Reserved queue slots.").labels("route");
  static final Gauge ROUTE_INFO =
      Gauge.named("gateway_route_info")
          .help("1 for every route, with its owner.")
          .labels("route", "owner");

  private Catalog() {}
}
