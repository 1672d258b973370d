package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.DURATION;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.QUEUE_DEPTH;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each bad input of the dashboard model fails the build with the bundle, the dashboard uid and the
 * panel title in its message, exactly as the build prints it.
 */
class DashboardBadInputTest {
  private static final Vector RATE =
      sum(rate(REQUESTS.select().over(Window.minutes(5)))).by("route");

  private static Bundle bundle(
      String name, boolean catalog, String file, Supplier<Dashboard> dashboard) {
    return new Bundle() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void define(BundleDefinition d) {
        if (catalog) {
          d.metrics(() -> List.of(REQUESTS, DURATION, QUEUE_DEPTH));
        }
        d.dashboard("access", file, dashboard);
      }
    };
  }

  private static List<String> problems(Bundle... bundles) {
    return Platform.define(List.of(bundles)).problems().stream().map(Problem::line).toList();
  }

  private static List<String> problems(DashboardBuilder dashboard) {
    return problems(bundle("access", true, "gateway_overview", dashboard::build));
  }

  private static DashboardBuilder gateway() {
    return new DashboardBuilder("Gateway overview").uid("gateway-overview");
  }

  private static TimeseriesPanelBuilder requests() {
    return new TimeseriesPanelBuilder("Requests").withTarget(RATE, "{{route}}");
  }

  @Test
  void duplicateUidsAcrossBundles() {
    assertEquals(
        List.of(
            "bundle 'ingestion': dashboard 'gateway-overview': is declared twice (also in bundle"
                + " 'access'); give each dashboard its own uid; Grafana keys dashboards by uid"),
        problems(
            bundle(
                "access", true, "gateway_overview", () -> gateway().withPanel(requests()).build()),
            bundle(
                "ingestion",
                false,
                "gateway_copy",
                () -> gateway().withPanel(requests()).build())));
  }

  @Test
  void anUnresolvedVariable() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests': query A uses '$rout', but no"
                + " variable 'rout' is declared (declared: datasource, route); declare it with .withVariable(...), fix the"
                + " name, or use a built-in such as $__rate_interval"),
        problems(
            gateway()
                .withVariable(
                    QueryVariable.labelValues("route", REQUESTS.select(), "route").multi())
                .withPanel(
                    new TimeseriesPanelBuilder("Requests")
                        .withTarget(
                            sum(rate(REQUESTS.select().matching("route", "$rout").over("5m")))
                                .by("route"),
                            "{{route}}"))));
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests of ${route:csvv}' uses"
                + " '${route:csvv}' with format 'csvv', which Grafana does not know; use one of csv, date, distributed,"
                + " doublequote, glob, htmlescape, json, lucene, percentencode, pipe, queryparam, raw, regex, singlequote,"
                + " sqlstring, text"),
        problems(
            gateway()
                .withVariable(
                    QueryVariable.labelValues("route", REQUESTS.select(), "route").multi())
                .withPanel(
                    new TimeseriesPanelBuilder("Requests of ${route:csvv}")
                        .withTarget(RATE, "{{route}}"))));
  }

  @Test
  void aDatasourceTypeThatDoesNotFitThePanel() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Errors': query B is a Loki log query,"
                + " which a timeseries panel cannot show; count the lines with a Loki metric query (rate,"
                + " count_over_time), or show them in a logs panel"),
        problems(
            gateway()
                .withPanel(
                    new TimeseriesPanelBuilder("Errors")
                        .withTarget(RATE, "{{route}}")
                        .withTarget(
                            LokiQuery.of(LogQL.stream("app", "gateway").contains("error"))))));
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Logs': query A is a Prometheus query,"
                + " which a logs panel cannot show; a logs panel shows Loki log queries only; move it to a time series"
                + " panel"),
        problems(gateway().withPanel(new LogsPanelBuilder("Logs").withTarget(RATE, "{{route}}"))));
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Errors': query B is a Loki metric"
                + " query, but the panel reads Prometheus; drop .datasource(...) to let the panel read both (mixed), or"
                + " move the query to another panel"),
        problems(
            gateway()
                .withPanel(
                    new TimeseriesPanelBuilder("Errors")
                        .datasource(Datasource.PROMETHEUS)
                        .withTarget(RATE, "{{route}}")
                        .withTarget(
                            LokiQuery.of(LogQL.stream("app", "gateway").rate("5m").sum())))));
  }

  @Test
  void aRefreshThePickerDoesNotOffer() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': refresh '45s' is not offered by the time"
                + " picker (5s, 10s, 30s, 1m, 5m, 15m, 30m, 1h, 2h, 1d); use one of those, or offer it with"
                + " .timePicker(TimePicker.refreshIntervals(...))"),
        problems(gateway().refresh("45s").withPanel(requests())));
  }

  @Test
  void overlappingPanels() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests' (x=0 y=0 w=12 h=8) and"
                + " panel 'Latency' (x=8 y=4 w=8 h=8) overlap; move one of them, or drop its gridPos so the layout places"
                + " it"),
        problems(
            gateway()
                .withPanel(requests().gridPos(GridPos.at(0, 0).size(12, 8)))
                .withPanel(
                    new TimeseriesPanelBuilder("Latency")
                        .withTarget(RATE, "{{route}}")
                        .gridPos(GridPos.at(8, 4).size(8, 8)))));
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests' (x=0 y=0 w=12 h=8) and"
                + " panel 'Latency' (x=16 y=0 w=8 h=8) overlap (a repeated panel's copies fill the rest of its line);"
                + " move one of them, or drop its gridPos so the layout places it"),
        problems(
            gateway()
                .withVariable(
                    QueryVariable.labelValues("route", REQUESTS.select(), "route").multi())
                .withPanel(requests().repeat("route").gridPos(GridPos.at(0, 0).size(12, 8)))
                .withPanel(
                    new TimeseriesPanelBuilder("Latency")
                        .withTarget(RATE, "{{route}}")
                        .gridPos(GridPos.at(16, 0).size(8, 8)))));
  }

  @Test
  void descendingThresholds() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests': threshold steps must"
                + " increase strictly, but 10 follows 100; list the steps from low to high, each value once"),
        problems(
            gateway()
                .withPanel(
                    requests()
                        .thresholds(
                            Thresholds.absolute(Color.GREEN)
                                .step(100, Color.ORANGE)
                                .step(10, Color.RED)))));
  }

  @Test
  void anUnknownUnitId() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests': unit 'reqs' is not a"
                + " Grafana unit id, and Grafana would print it as a suffix; use one of Units, or Unit.suffix(\"reqs\") if"
                + " a suffix is what you want"),
        problems(gateway().withPanel(requests().unit("reqs"))));
  }

  @Test
  void aRepeatByAVariableThatTakesOneValue() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests': repeats by variable"
                + " 'route', which takes one value only, so there would only ever be one copy; make it .multi() or"
                + " .includeAll(), or drop the repeat"),
        problems(
            gateway()
                .withVariable(QueryVariable.labelValues("route", REQUESTS.select(), "route"))
                .withPanel(requests().repeat("route"))));
  }

  @Test
  void anOverrideThatMatchesNoQueryOrField() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests': override byFrameRefID('C')"
                + " matches no query (the panel's queries are A); use one of those refIds"),
        problems(
            gateway()
                .withPanel(requests().overrides(FieldOverride.byQuery("C").unit(Units.SECONDS)))));
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Errors': override byName('5xx') matches"
                + " no field the queries return (they name their series '4xx', '500'); use one of those names, or a"
                + " byRegexp matcher"),
        problems(
            gateway()
                .withPanel(
                    new TimeseriesPanelBuilder("Errors")
                        .withTarget(
                            sum(rate(REQUESTS.select().matching("status", "4..").over("5m"))),
                            "4xx")
                        .withTarget(
                            sum(rate(REQUESTS.select().matching("status", "5..").over("5m"))),
                            "500")
                        .overrides(
                            FieldOverride.byName("5xx").color(FieldColor.fixed(Color.RED))))));
  }

  @Test
  void aDataLinkWithAnUnknownLinkVariable() {
    assertEquals(
        List.of(
            "bundle 'access': dashboard 'gateway-overview': panel 'Requests': data link 'Logs' uses"
                + " '${__field.label.route}', which is neither one of Grafana's link variables"
                + " (${__field.labels.<label>}, ${__field.name}, ${__series.name}, ${__value.raw}, ${__value.time},"
                + " ${__from}, ${__to}, ...) nor a dashboard variable; fix the name"),
        problems(
            gateway()
                .withPanel(
                    requests()
                        .dataLinks(DataLink.to("Logs", "/explore?route=${__field.label.route}")))));
  }
}
