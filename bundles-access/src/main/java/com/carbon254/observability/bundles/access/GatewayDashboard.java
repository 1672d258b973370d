package com.carbon254.observability.bundles.access;

import static com.carbon254.observability.bundles.access.GatewayRules.ERROR_RATIO;
import static com.carbon254.observability.bundles.access.GatewayRules.LATENCY_P50;
import static com.carbon254.observability.bundles.access.GatewayRules.LATENCY_P95;
import static com.carbon254.observability.bundles.access.GatewayRules.LATENCY_P99;
import static com.carbon254.observability.bundles.access.GatewayRules.PAGE_ERROR_RATIO_15M;
import static com.carbon254.observability.bundles.access.GatewayRules.PAGE_ERROR_RATIO_5M;
import static com.carbon254.observability.bundles.access.GatewayRules.REQUEST_RATE;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.promql.Window;

/** {@code dashboards/access/gateway_overview.json}: the gateway's RED view, read from the recordings. */
final class GatewayDashboard {
  private GatewayDashboard() {}

  /** Colours the error ratio the way the page alert reads it: amber above 1%, red above 2%. */
  private static final Thresholds ERROR_RATIO_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(PAGE_ERROR_RATIO_15M, Color.YELLOW).step(PAGE_ERROR_RATIO_5M, Color.RED);

  /** The seed's gateway latency objective: p95 within 150 ms (section 12), drawn as a red line. */
  static final double LATENCY_TARGET_SECONDS = 0.15;

  private static final Thresholds LATENCY_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(LATENCY_TARGET_SECONDS, Color.RED);

  static Dashboard build() {
    return new DashboardBuilder("Gateway overview")
        .uid("gateway-overview")
        .description("Gateway RED: request rate, 5xx error ratio and latency percentiles by route.")
        .tags("access", "gateway", "red")
        .time("now-6h", "now")
        .refresh("30s")
        .withRow(new RowBuilder("Traffic"))
        .withPanel(
            new StatPanelBuilder("Requests per second")
                .description("All routes, 5m rate.")
                .withTarget(sum(REQUEST_RATE.series()), "requests/s")
                .unit(Units.REQUESTS_PER_SECOND)
                .span(6))
        .withPanel(
            new TimeseriesPanelBuilder("Request rate by route")
                .description("Requests per second by route, 5m rate.")
                .withTarget(REQUEST_RATE.series(), "{{route}}")
                .unit(Units.REQUESTS_PER_SECOND)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(18))
        .withRow(new RowBuilder("Errors"))
        .withPanel(
            new StatPanelBuilder("5xx ratio, all routes")
                .description("Share of requests answered with a 5xx over 5m; the page alert needs >2% over 5m and >1% over 15m.")
                .withTarget(
                    GatewayRules.errorRatio(Window.minutes(5)), "5xx ratio")
                .unit(Units.PERCENT_UNIT)
                .decimals(2)
                .thresholds(ERROR_RATIO_THRESHOLDS)
                .span(6))
        .withPanel(
            new TimeseriesPanelBuilder("Error ratio by route")
                .description("Share of requests answered with a 5xx, by route, 5m window.")
                .withTarget(ERROR_RATIO.series(), "{{route}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .thresholds(ERROR_RATIO_THRESHOLDS)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(18))
        .withRow(new RowBuilder("Latency"))
        .withPanel(
            new TimeseriesPanelBuilder("Latency percentiles by route")
                .description(
                    "p50, p95 and p99 of request duration by route, 5m window, from the histogram buckets;"
                        + " the red line is the 150 ms p95 objective.")
                .withTarget(LATENCY_P50.series(), "{{route}} p50")
                .withTarget(LATENCY_P95.series(), "{{route}} p95")
                .withTarget(LATENCY_P99.series(), "{{route}} p99")
                .unit(Units.SECONDS)
                .min(0)
                .thresholds(LATENCY_THRESHOLDS)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(24))
        .build();
  }
}
