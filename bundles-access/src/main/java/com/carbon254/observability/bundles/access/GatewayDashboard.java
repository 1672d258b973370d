package com.carbon254.observability.bundles.access;

import static com.carbon254.observability.bundles.access.GatewayMetrics.REQUESTS;
import static com.carbon254.observability.bundles.access.GatewayMetrics.REQUEST_DURATION;
import static com.carbon254.observability.bundles.access.GatewayRules.PAGE_ERROR_RATIO_15M;
import static com.carbon254.observability.bundles.access.GatewayRules.PAGE_ERROR_RATIO_5M;
import static com.carbon254.observability.bundles.access.GatewayRules.RATE_BY_STATUS;
import static com.carbon254.observability.bundles.access.GatewayRules.SERVER_ERROR;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Correlation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.DataLink;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.FieldOverride;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.LogQL;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.QueryFormat;
import com.carbon254.observability.dsl.dashboard.Red;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.TableCellDisplayMode;
import com.carbon254.observability.dsl.dashboard.TablePanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.rules.Runbook;
import java.util.List;

/**
 * {@code dashboards/access/gateway_overview.json}: the gateway's RED view, built by the RED factory
 * on the catalog's request counter and duration histogram, then the routes: the error ratio of each
 * and the busiest ones in a table. Rates read the {@link GatewayRules#RATE_BY_STATUS} recording;
 * latency reads the raw buckets, whose exemplars link to the gateway's traces in Tempo. The error
 * panels link to the gateway's error logs in Loki.
 */
final class GatewayDashboard {
  private GatewayDashboard() {}

  static final String UID = "gateway-overview";

  /** The gateway's alerts carry this {@code service} label (its SLOs' alerts too). */
  static final String SERVICE = "gateway";

  /** Colours the error ratio the way the page alert reads it: amber above 1%, red above 2%. */
  private static final Thresholds ERROR_RATIO_THRESHOLDS =
      Thresholds.absolute(Color.GREEN)
          .step(PAGE_ERROR_RATIO_15M, Color.YELLOW)
          .step(PAGE_ERROR_RATIO_5M, Color.RED);

  /** The latency SLO's target, drawn as a red line wherever the dashboard shows latency. */
  static final double LATENCY_TARGET_SECONDS = AccessSlos.LATENCY_TARGET_SECONDS;

  private static final Thresholds LATENCY_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(LATENCY_TARGET_SECONDS, Color.RED);

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

  private static final Runbook ERROR_RATE_RUNBOOK =
      Runbook.fromResource(GatewayRules.class, "high-api-error-rate");

  /** The runbooks of every alert on the page: the gateway's, its SLOs' and its scrape targets'. */
  static List<Runbook> runbooks() {
    return AccessDashboards.runbooksOf(
        List.of(GatewayRules::alerts, AccessTargets::alerts),
        List.of(AccessSlos::gatewayAvailability, AccessSlos::apiLatency));
  }

  static Dashboard build() {
    DomainDashboard header =
        DomainDashboard.of(AccessDashboards.DOMAIN, "Gateway overview", UID)
            .description(
                "Gateway RED: request rate, errors by status class, 5xx ratio and latency by route,"
                    + " then the routes' error ratios and the busiest routes; latency links to"
                    + " traces, errors to logs.")
            .tags("gateway", "red")
            .jobs(REQUESTS.select())
            .keyLabel("route", "Route", REQUESTS.select().matching("job", "$job"))
            .services(SERVICE, AccessDashboards.TARGETS_MISSING_SERVICE);
    runbooks().forEach(header::runbook);
    DashboardBuilder dashboard = header.builder();
    Red.of("Gateway", REQUESTS, REQUEST_DURATION)
        .by("route")
        .matching("job", "$job")
        .matching("route", "$route")
        .rates(RATE_BY_STATUS)
        .window(GatewayRules.RATE_WINDOW)
        .latencyTarget(LATENCY_TARGET_SECONDS)
        .errorThresholds(ERROR_RATIO_THRESHOLDS)
        .traces(TRACE_SERVICE)
        .logs(ERROR_LOGS)
        .runbook("Runbook: high API error rate", ERROR_RATE_RUNBOOK)
        .addTo(dashboard);
    dashboard.withRow(new RowBuilder("Routes"));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Error ratio by route")
            .description(
                "Share of each route's requests answered with a 5xx, "
                    + GatewayRules.RATE_WINDOW
                    + " rate. The dashed lines are the page alert's thresholds ("
                    + AccessDashboards.percent(PAGE_ERROR_RATIO_15M)
                    + " over 15m, "
                    + AccessDashboards.percent(PAGE_ERROR_RATIO_5M)
                    + " over 5m, for the whole job): one route far above them while the rest stay"
                    + " near zero points at that route's backend. Click a line for the gateway's error logs.")
            .withTarget(errorRatioByRoute(), "{{route}}")
            .unit(Units.PERCENT_UNIT)
            .min(0)
            .thresholds(ERROR_RATIO_THRESHOLDS)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX, ReducerId.LAST))
            .dataLinks(Correlation.logsOf(ERROR_LOGS))
            .panelLinks(DashboardLink.runbook("Runbook: high API error rate", ERROR_RATE_RUNBOOK))
            .span(12)
            .height(9));
    dashboard.withPanel(topRoutes());
    return dashboard.build();
  }

  /**
   * The routes, busiest first, with their 5xx ratio and p95 latency now: where most users are and
   * which of them suffer.
   */
  private static TablePanelBuilder topRoutes() {
    return new TablePanelBuilder("Top routes")
        .description(
            "Every route with traffic now, busiest first: requests per second, the share answered"
                + " with a 5xx (amber from "
                + AccessDashboards.percent(PAGE_ERROR_RATIO_15M)
                + ", red from "
                + AccessDashboards.percent(PAGE_ERROR_RATIO_5M)
                + ", the page alert's thresholds) and the p95"
                + " latency (red above the "
                + Math.round(LATENCY_TARGET_SECONDS * 1000)
                + " ms latency objective), over the last "
                + GatewayRules.RATE_WINDOW
                + ". Sort by another column to find the worst; click a route to narrow the"
                + " dashboard to it.")
        .withTarget(
            PrometheusQuery.of(sum(rates(null)).by("route")).format(QueryFormat.TABLE).instant())
        .withTarget(PrometheusQuery.of(errorRatioByRoute()).format(QueryFormat.TABLE).instant())
        .withTarget(
            PrometheusQuery.of(
                    histogramQuantile(
                        0.95,
                        sum(rate(
                                REQUEST_DURATION
                                    .bucket()
                                    .matching("job", "$job")
                                    .matching("route", "$route")
                                    .over(GatewayRules.RATE_WINDOW)))
                            .by("le", "route")))
                .format(QueryFormat.TABLE)
                .instant())
        // One row per route: merge the three queries on their route column, drop the time.
        .rawJson(
            "{\"transformations\": [{\"id\": \"merge\", \"options\": {}},"
                + " {\"id\": \"organize\", \"options\": {\"excludeByName\": {\"Time\": true},"
                + " \"indexByName\": {\"route\": 0, \"Value #A\": 1, \"Value #B\": 2,"
                + " \"Value #C\": 3}}}]}")
        .unit(Units.NONE)
        .sortBy("Requests/s", true)
        .filterable()
        .overrides(
            FieldOverride.byName("route")
                .displayName("Route")
                .links(
                    DataLink.to(
                        "Narrow the gateway overview to ${__value.raw}",
                        "/d/"
                            + UID
                            + "?${job:queryparam}&var-route=${__value.raw}&${__url_time_range}")),
            FieldOverride.byName("Value #A")
                .displayName("Requests/s")
                .unit(Units.REQUESTS_PER_SECOND)
                .decimals(2),
            FieldOverride.byName("Value #B")
                .displayName("5xx ratio")
                .unit(Units.PERCENT_UNIT)
                .decimals(2)
                .thresholds(ERROR_RATIO_THRESHOLDS)
                .cellType(TableCellDisplayMode.COLOR_BACKGROUND),
            FieldOverride.byName("Value #C")
                .displayName("p95 latency")
                .unit(Units.SECONDS)
                .thresholds(LATENCY_THRESHOLDS)
                .cellType(TableCellDisplayMode.COLOR_TEXT))
        .span(12)
        .height(9);
  }

  /**
   * Requests per second of the chosen jobs and routes from the recording, of one status class when
   * {@code status} is not null.
   */
  private static Selector<SeriesKind.Sampled> rates(String status) {
    Selector<SeriesKind.Sampled> selector =
        RATE_BY_STATUS.series().matching("job", "$job").matching("route", "$route");
    return status == null ? selector : selector.matching("status", status);
  }

  /**
   * 5xx share per route. A route that never failed has no 5xx series at all (clients create a
   * status series on its first request), so its errors count as zero rather than leaving it out.
   */
  private static Vector errorRatioByRoute() {
    Vector total = sum(rates(null)).by("route");
    return sum(rates(SERVER_ERROR)).by("route").or(total.mul(0)).div(total);
  }
}
