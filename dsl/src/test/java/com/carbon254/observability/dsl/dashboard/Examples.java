package com.carbon254.observability.dsl.dashboard;

/** Small dashboards shared by the tests. */
final class Examples {
  static final FakeExpr REQUEST_RATE =
      FakeExpr.of("sum by (route) (rate(gateway_http_requests_total[5m]))", "route");
  static final FakeExpr ERROR_RATE =
      FakeExpr.of(
          "sum by (route) (rate(gateway_http_requests_total{status=~\"5..\"}[5m]))", "route");
  static final FakeExpr ERROR_RATIO =
      FakeExpr.of(
          "sum(rate(gateway_http_requests_total{status=~\"5..\"}[5m])) / sum(rate(gateway_http_requests_total[5m]))");
  static final FakeExpr P95 =
      FakeExpr.of(
          "histogram_quantile(0.95, sum by (le) (rate(gateway_http_request_duration_seconds_bucket[5m])))");

  private Examples() {}

  static DashboardBuilder gateway() {
    return new DashboardBuilder("Gateway overview")
        .uid("access-gateway-overview")
        .description("Gateway RED: rate, errors, duration.")
        .tags("access", "gateway")
        .withRow(new RowBuilder("Traffic"))
        .withPanel(
            new TimeseriesPanelBuilder("Requests and errors")
                .description("Requests per second by route, and the 5xx part of them.")
                .unit(Units.REQUESTS_PER_SECOND)
                .min(0)
                .withTarget(REQUEST_RATE, "{{route}}")
                .withTarget(ERROR_RATE, "{{route}} 5xx")
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(16))
        .withPanel(
            new StatPanelBuilder("Error ratio")
                .unit(Units.PERCENT_UNIT)
                .decimals(2)
                .withTarget(ERROR_RATIO)
                .thresholds(
                    Thresholds.absolute(Color.GREEN)
                        .step(0.01, Color.ORANGE)
                        .step(0.02, Color.RED)))
        .withRow(new RowBuilder("Latency"))
        .withPanel(
            new TimeseriesPanelBuilder("p95 latency")
                .unit(Units.SECONDS)
                .withTarget(P95, "p95")
                .thresholds(Thresholds.absolute(Color.GREEN).step(0.15, Color.RED))
                .fillOpacity(0)
                .lineWidth(2)
                .span(24));
  }
}
