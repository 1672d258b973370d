package com.carbon254.observability.bundles.access;

import static com.carbon254.observability.bundles.access.GatewayMetrics.REQUESTS;
import static com.carbon254.observability.bundles.access.GatewayMetrics.REQUEST_DURATION;
import static com.carbon254.observability.bundles.access.GatewayRules.PAGE_ERROR_RATIO_15M;
import static com.carbon254.observability.bundles.access.GatewayRules.PAGE_ERROR_RATIO_5M;

import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.LogQL;
import com.carbon254.observability.dsl.dashboard.Red;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.rules.Runbook;

/**
 * {@code dashboards/access/gateway_overview.json}: the gateway's RED view, built by the RED factory
 * on the catalog's request counter and duration histogram. Its latency panel carries exemplars and
 * links to the gateway's traces in Tempo; its error panel links to the gateway's error logs in
 * Loki.
 */
final class GatewayDashboard {
  private GatewayDashboard() {}

  /** Colours the error ratio the way the page alert reads it: amber above 1%, red above 2%. */
  private static final Thresholds ERROR_RATIO_THRESHOLDS =
      Thresholds.absolute(Color.GREEN)
          .step(PAGE_ERROR_RATIO_15M, Color.YELLOW)
          .step(PAGE_ERROR_RATIO_5M, Color.RED);

  /** The seed's gateway latency objective: p95 within 150 ms (section 12), drawn as a red line. */
  static final double LATENCY_TARGET_SECONDS = 0.15;

  /**
   * The gateway's service.name in traces: its scrape job, as the log schema and the collector
   * configuration of the delivery bundle name it.
   */
  static final String TRACE_SERVICE = "gateway";

  /**
   * The gateway's error lines: the collector ships service.name to Loki as the stream label
   * service_name, and the JSON lines carry level (the log schema's fields).
   */
  static final LogQL.Selector ERROR_LOGS =
      LogQL.stream("service_name", TRACE_SERVICE).json().labelEquals("level", "error");

  private static final Runbook RUNBOOK =
      Runbook.fromResource(GatewayRules.class, "high-api-error-rate");

  static Dashboard build() {
    DashboardBuilder dashboard =
        DomainDashboard.of("access", "Gateway overview", "gateway-overview")
            .description(
                "Gateway RED: request rate, errors by status class, 5xx ratio and latency by route;"
                    + " latency links to traces, errors to logs.")
            .tags("gateway", "red")
            .jobs(REQUESTS.select())
            .keyLabel("route", "Route", REQUESTS.select().matching("job", "$job"))
            .services(TRACE_SERVICE)
            .runbook(RUNBOOK)
            .builder();
    Red.of("Gateway", REQUESTS, REQUEST_DURATION)
        .by("route")
        .matching("job", "$job")
        .matching("route", "$route")
        .window(GatewayRules.RATE_WINDOW)
        .latencyTarget(LATENCY_TARGET_SECONDS)
        .errorThresholds(ERROR_RATIO_THRESHOLDS)
        .traces(TRACE_SERVICE)
        .logs(ERROR_LOGS)
        .runbook("Runbook: high API error rate", RUNBOOK)
        .addTo(dashboard);
    return dashboard.build();
  }
}
