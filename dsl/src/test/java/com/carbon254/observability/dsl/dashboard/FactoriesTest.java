package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.DURATION;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.QUEUE_DEPTH;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactoriesTest {
  private static JsonNode render(DashboardBuilder builder) throws Exception {
    return new ObjectMapper()
        .readTree(
            Documents.json(
                DashboardRenderer.render(
                    builder.build(), com.carbon254.observability.dsl.rules.ExampleSite.SITE)));
  }

  private static List<String> titles(JsonNode panels) {
    List<String> titles = new ArrayList<>();
    panels.forEach(p -> titles.add(p.get("type").asText() + ": " + p.get("title").asText()));
    return titles;
  }

  @Test
  void redShowsRateErrorsAndDurationWithExemplarsAndCorrelationLinks() throws Exception {
    JsonNode panels =
        render(
                Red.of("Gateway", REQUESTS, DURATION)
                    .by("route")
                    .latencyTarget(0.15)
                    .traces("gateway")
                    .logs(LogQL.stream("app", "gateway"))
                    .addTo(new DashboardBuilder("RED").uid("red")))
            .get("panels");

    assertEquals(
        List.of(
            "row: Gateway: rate, errors, duration",
            "timeseries: Gateway request rate",
            "timeseries: Gateway errors by status class",
            "stat: Gateway 5xx ratio",
            "timeseries: Gateway latency p50, p95, p99",
            "heatmap: Gateway latency distribution"),
        titles(panels));
    JsonNode latency = panels.get(4);
    latency.get("targets").forEach(t -> assertTrue(t.get("exemplar").asBoolean(), t.toString()));
    assertEquals(
        "histogram_quantile(0.95, sum by (le, route) (rate(gateway_http_request_duration_seconds_bucket[5m])))",
        latency.get("targets").get(1).get("expr").asText());
    assertTrue(
        latency
            .get("fieldConfig")
            .get("defaults")
            .get("links")
            .get(0)
            .get("url")
            .asText()
            .contains("tempo"));
    JsonNode errors = panels.get(2);
    assertTrue(
        errors
            .get("fieldConfig")
            .get("defaults")
            .get("links")
            .get(0)
            .get("url")
            .asText()
            .contains("loki"));
    assertEquals("heatmap", panels.get(5).get("targets").get(0).get("format").asText());
  }

  @Test
  void latencyDrawsTheQuantilesOfTheNarrowedBucketsAndTheirHeatmap() throws Exception {
    Latency latency =
        Latency.of(DURATION)
            .matching("job", "$job")
            .by("route")
            .window(Window.minutes(1))
            .target(0.2)
            .traces("api");
    JsonNode panels =
        render(
                new DashboardBuilder("Latency")
                    .uid("latency")
                    .withVariable(CustomVariable.of("job", "api").multi().includeAll())
                    .withPanel(latency.percentiles("API latency", "Percentiles.").height(9))
                    .withPanel(latency.distribution("API latency distribution", "Buckets.")))
            .get("panels");

    JsonNode percentiles = panels.get(0);
    List<String> queries = new ArrayList<>();
    percentiles
        .get("targets")
        .forEach(
            t -> {
              assertTrue(t.get("exemplar").asBoolean(), t.toString());
              queries.add(t.get("legendFormat").asText() + " = " + t.get("expr").asText());
            });
    String buckets = "rate(gateway_http_request_duration_seconds_bucket{job=~\"$job\"}[1m])";
    assertEquals(
        List.of(
            "{{route}} p50 = histogram_quantile(0.5, sum by (le, route) (" + buckets + "))",
            "{{route}} p95 = histogram_quantile(0.95, sum by (le, route) (" + buckets + "))",
            "{{route}} p99 = histogram_quantile(0.99, sum by (le, route) (" + buckets + "))"),
        queries);
    JsonNode defaults = percentiles.get("fieldConfig").get("defaults");
    assertEquals("s", defaults.get("unit").asText());
    assertEquals(0.2, defaults.get("thresholds").get("steps").get(1).get("value").asDouble());
    assertTrue(defaults.get("links").get(0).get("url").asText().contains("tempo"));
    assertEquals(9, percentiles.get("gridPos").get("h").asInt());
    JsonNode heatmap = panels.get(1).get("targets").get(0);
    assertEquals("sum by (le) (" + buckets + ")", heatmap.get("expr").asText());
    assertEquals("heatmap", heatmap.get("format").asText());
    assertTrue(heatmap.get("exemplar").asBoolean());
  }

  @Test
  void redReadsRecordedRatesButKeepsTheRawBucketsForExemplars() throws Exception {
    RecordingRule rates =
        RecordingRule.named("job_route_status:gateway_http_requests:rate5m")
            .expr(sum(rate(REQUESTS.select().over("5m"))).by("job", "route", "status"));
    JsonNode panels =
        render(
                Red.of("Gateway", REQUESTS, DURATION)
                    .by("route")
                    .matching("route", "$route")
                    .rates(rates)
                    .addTo(
                        new DashboardBuilder("RED")
                            .uid("red")
                            .withVariable(
                                CustomVariable.of("route", "/a", "/b").multi().includeAll())))
            .get("panels");

    assertEquals(
        "sum by (route) (job_route_status:gateway_http_requests:rate5m{route=~\"$route\"})",
        panels.get(1).get("targets").get(0).get("expr").asText());
    assertEquals(
        "sum(job_route_status:gateway_http_requests:rate5m{route=~\"$route\", status=~\"5..\"})"
            + " / sum(job_route_status:gateway_http_requests:rate5m{route=~\"$route\"})",
        panels.get(3).get("targets").get(0).get("expr").asText());
    assertEquals(
        "histogram_quantile(0.5, sum by (le, route) (rate(gateway_http_request_duration_seconds_bucket"
            + "{route=~\"$route\"}[5m])))",
        panels.get(4).get("targets").get(0).get("expr").asText());
  }

  @Test
  void redRefusesARecordingThatDropsALabelItUses() {
    RecordingRule byRoute =
        RecordingRule.named("route:gateway_http_requests:rate5m")
            .expr(sum(rate(REQUESTS.select().over("5m"))).by("route"));
    assertEquals(
        "RED view 'Gateway': recording rule 'route:gateway_http_requests:rate5m' drops job, status,"
            + " which the panels group or filter by; record it by those labels too",
        assertThrows(
                DefinitionException.class,
                () ->
                    Red.of("Gateway", REQUESTS, DURATION)
                        .by("route")
                        .matching("job", "$job")
                        .rates(byRoute)
                        .elements())
            .getMessage());
  }

  @Test
  void useShowsUtilisationSaturationAndErrors() throws Exception {
    JsonNode panels =
        render(
                Use.of("Queue")
                    .utilisation(sum(QUEUE_DEPTH.select()).by("route"))
                    .saturation(sum(QUEUE_DEPTH.select()).by("route"), Units.SHORT)
                    .errors(sum(QUEUE_DEPTH.select()).by("route"), Units.OPS_PER_SECOND)
                    .addTo(new DashboardBuilder("USE").uid("use")))
            .get("panels");

    assertEquals(
        List.of(
            "row: Queue: utilisation, saturation, errors",
            "timeseries: Queue utilisation",
            "timeseries: Queue saturation",
            "timeseries: Queue errors"),
        titles(panels));
    assertEquals(
        "percentunit", panels.get(1).get("fieldConfig").get("defaults").get("unit").asText());
  }

  @Test
  void theSloViewAddsThePeriodSliAndAnAlertListFilteredByTheSlosLabels() throws Exception {
    JsonNode panels =
        render(
                SloView.of("Gateway availability", 0.99)
                    .sli(Examples.ERROR_RATIO)
                    .burnRate("1h", Examples.ERROR_RATIO)
                    .remainingBudget(Examples.ERROR_RATIO)
                    .periodSli("30d", Examples.ERROR_RATIO)
                    .alertList(
                        java.util.Map.of("slo_service", "gateway", "slo_name", "availability"))
                    .alerts("ALERT_GATEWAY_AVAILABILITY_BUDGET_BURN_1H")
                    .addTo(new DashboardBuilder("SLO").uid("slo")))
            .get("panels");

    assertEquals(
        List.of(
            "row: SLO: Gateway availability",
            "timeseries: Gateway availability SLI",
            "timeseries: Gateway availability burn rate",
            "stat: Gateway availability SLI over 30d",
            "stat: Gateway availability error budget left",
            "alertlist: Gateway availability alert state",
            "state-timeline: Gateway availability alerts"),
        titles(panels));
    List<String> widths = new ArrayList<>();
    panels.forEach(p -> widths.add(p.get("gridPos").get("w").asText()));
    assertEquals(List.of("24", "12", "12", "6", "6", "12", "24"), widths);
    assertEquals(
        "{slo_name=\"availability\", slo_service=\"gateway\"}",
        panels.get(5).get("options").get("alertInstanceLabelFilter").asText());
    assertEquals("1h", panels.get(2).get("targets").get(0).get("legendFormat").asText());
    assertEquals(
        "0.99",
        panels
            .get(3)
            .get("fieldConfig")
            .get("defaults")
            .get("thresholds")
            .get("steps")
            .get(1)
            .get("value")
            .asText());
  }

  @Test
  void theSloViewShowsSliBurnRatesBudgetAndAlerts() throws Exception {
    JsonNode panels =
        render(
                SloView.of("Gateway availability", 0.999)
                    .sli(Examples.ERROR_RATIO)
                    .burnRate("5m", Examples.ERROR_RATIO)
                    .burnRate("1h", Examples.ERROR_RATIO)
                    .remainingBudget(Examples.ERROR_RATIO)
                    .alerts("ALERT_GATEWAY_SLO_FAST_BURN", "ALERT_GATEWAY_SLO_SLOW_BURN")
                    .addTo(new DashboardBuilder("SLO").uid("slo")))
            .get("panels");

    assertEquals(
        List.of(
            "row: SLO: Gateway availability",
            "timeseries: Gateway availability SLI",
            "timeseries: Gateway availability burn rate",
            "stat: Gateway availability error budget left",
            "state-timeline: Gateway availability alerts"),
        titles(panels));
    assertEquals(
        "0.999",
        panels
            .get(1)
            .get("fieldConfig")
            .get("defaults")
            .get("thresholds")
            .get("steps")
            .get(1)
            .get("value")
            .asText());
    assertEquals(
        "5m|1h",
        panels.get(2).get("targets").get(0).get("legendFormat").asText()
            + "|"
            + panels.get(2).get("targets").get(1).get("legendFormat").asText());
    assertEquals(
        "max by (alertname) (ALERTS{alertstate=\"firing\","
            + " alertname=~\"ALERT_GATEWAY_SLO_FAST_BURN|ALERT_GATEWAY_SLO_SLOW_BURN\"})",
        panels.get(4).get("targets").get(0).get("expr").asText());
  }

  @Test
  void incompleteViewsAreRefusedWithWhatIsMissing() {
    assertEquals(
        "SLO view 'Gateway availability': needs the SLI, at least one burn rate and the remaining budget;"
            + " set them with .sli(...), .burnRate(window, expr) and .remainingBudget(...)",
        assertThrows(
                DefinitionException.class,
                () ->
                    SloView.of("Gateway availability", 0.999).sli(Examples.ERROR_RATIO).elements())
            .getMessage());
    assertEquals(
        "SLO view 'Gateway availability': objective 99.9 is not a share between 0 and 1; write 99.9% as"
            + " 0.999",
        assertThrows(
                DefinitionException.class,
                () ->
                    SloView.of("Gateway availability", 99.9)
                        .sli(Examples.ERROR_RATIO)
                        .burnRate("5m", Examples.ERROR_RATIO)
                        .remainingBudget(Examples.ERROR_RATIO)
                        .elements())
            .getMessage());
    assertEquals(
        "USE view 'Queue': needs utilisation, saturation and errors; set each with .utilisation(...),"
            + " .saturation(...) and .errors(...)",
        assertThrows(DefinitionException.class, () -> Use.of("Queue").elements()).getMessage());
  }
}
