package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;
import java.util.List;
import java.util.Map;

/** A small catalog and SLOs over it for the SLO tests. */
final class SloFixtures {
  private SloFixtures() {}

  static final Counter REQUESTS =
      Counter.named("gateway_http_requests_total")
          .help("HTTP requests served by the gateway.")
          .labels("method", "route", "status");

  static final Histogram DURATION =
      Histogram.named("gateway_http_request_duration_seconds")
          .help("Time to serve a request, in seconds.")
          .buckets(0.05, 0.15, 0.5, 1)
          .labels("route");

  static final Map<String, String> BAD =
      Map.of("job", "gateway", "method", "GET", "route", "/a", "status", "500");
  static final Map<String, String> GOOD =
      Map.of("job", "gateway", "method", "GET", "route", "/a", "status", "200");

  static Sli errors() {
    return Sli.errors(REQUESTS.select().matching("status", "5.."), REQUESTS.select(), BAD, GOOD);
  }

  static Slo.Builder availability() {
    return Slo.named("gateway", "availability")
        .description("Requests succeed.")
        .objective("99.0")
        .sli(errors());
  }

  static Slo.Builder latency(double threshold) {
    return Slo.named("gateway", "latency")
        .description("Requests are fast.")
        .objective("95")
        .sli(Sli.latency(DURATION, threshold, List.of(), Map.of("job", "gateway", "route", "/a")));
  }
}
