package com.carbon254.observability.bundles.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.slo.SloRules;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The access dashboards as an on-call engineer uses them: the filters apply to every panel, the
 * panels read recordings (raw series only where exemplars need them), latency links to traces,
 * thresholds are the alerts' and SLO's own numbers, and the runbook of every alert on the page is
 * one click away. The approval of generated/ pins the bytes; this pins what they must mean.
 */
class AccessDashboardsTest {
  private static final RunbookSite SITE = new RunbookSite("https://runbooks.example/");
  private static final BundleContent ACCESS =
      Platform.define(List.of(new AccessBundle())).bundles().get(0);

  private static final String GATEWAY = "dashboards/access/gateway_overview.json";
  private static final String STREAMING = "dashboards/access/streaming_ws.json";

  /** A series selector in PromQL text: its name and its matchers. */
  private static final Pattern SELECTOR =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\}");

  private static JsonNode dashboard(String path) {
    DashboardFile file =
        ACCESS.dashboards().stream()
            .filter(d -> d.path().equals(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the access bundle registers no " + path));
    return DashboardRenderer.render(file.dashboard(), SITE);
  }

  private static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    dashboard.get("panels").forEach(p -> panels.add(p));
    return panels;
  }

  /** Every Prometheus query of the dashboard's own panels (not the shared alert-state header). */
  private static List<String> queries(JsonNode dashboard) {
    List<String> queries = new ArrayList<>();
    for (JsonNode panel : panels(dashboard)) {
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        if (!expr.isEmpty() && !expr.contains("ALERTS{")) {
          queries.add(expr);
        }
      }
    }
    return queries;
  }

  private static List<String> exprs(JsonNode panel) {
    List<String> exprs = new ArrayList<>();
    panel.path("targets").forEach(t -> exprs.add(t.path("expr").asText()));
    return exprs;
  }

  private static List<JsonNode> panelsReading(JsonNode dashboard, String series) {
    Predicate<JsonNode> reads =
        p -> exprs(p).stream().anyMatch(e -> Pattern.compile(series + "\\{").matcher(e).find());
    return panels(dashboard).stream().filter(reads).toList();
  }

  private static Set<Double> thresholdSteps(JsonNode panel) {
    Set<Double> steps = new TreeSet<>();
    panel
        .path("fieldConfig")
        .path("defaults")
        .path("thresholds")
        .path("steps")
        .forEach(
            s -> {
              // The base step has no value: it colours everything below the first threshold.
              if (!s.path("value").isNull()) {
                steps.add(s.path("value").asDouble());
              }
            });
    return steps;
  }

  /** The labels each series the access dashboards may read carries, from the model. */
  private static Map<String, Set<String>> knownSeries() {
    Map<String, Set<String>> series = new HashMap<>();
    for (Selector<?> s :
        List.of(
            GatewayMetrics.REQUESTS.select(),
            GatewayMetrics.REQUEST_DURATION.bucket(),
            StreamingMetrics.ACTIVE_CONNECTIONS.select(),
            StreamingMetrics.CONNECTIONS_OPENED.select(),
            StreamingMetrics.CONNECTIONS_CLOSED.select(),
            StreamingMetrics.MESSAGES_PUBLISHED.select(),
            StreamingMetrics.MESSAGES_DELIVERED.select(),
            StreamingMetrics.DELIVERY_LATENCY.bucket())) {
      series.put(s.promql().replaceAll("\\{.*", ""), s.labels());
    }
    recordings().forEach(r -> series.put(r.name(), r.series().labels()));
    return series;
  }

  private static List<RecordingRule> recordings() {
    return Stream.of(GatewayRules.recordings(), StreamingRules.recordings())
        .flatMap(g -> g.build().recordings().stream())
        .toList();
  }

  @Test
  void bothDashboardsAreRegisteredAtTheDesignsPaths() {
    // The SLO engine adds the domain's error-budget dashboard after the bundle's own.
    assertEquals(
        List.of(GATEWAY, STREAMING, "dashboards/access/slo_error_budgets.json"),
        ACCESS.dashboards().stream().map(DashboardFile::path).toList());
  }

  @Test
  void theVariablesAreEnvironmentJobAndTheKeyLabels() {
    assertEquals(List.of("datasource", "job", "route"), variables(dashboard(GATEWAY)));
    assertEquals(
        List.of("datasource", "job", "tenant_id", "channel"), variables(dashboard(STREAMING)));
    for (String path : List.of(GATEWAY, STREAMING)) {
      dashboard(path)
          .get("templating")
          .get("list")
          .forEach(
              v -> {
                if (v.get("type").asText().equals("query")) {
                  assertTrue(v.get("multi").asBoolean(), v.toString());
                  assertTrue(v.get("includeAll").asBoolean(), v.toString());
                }
              });
    }
  }

  private static List<String> variables(JsonNode dashboard) {
    List<String> names = new ArrayList<>();
    dashboard.get("templating").get("list").forEach(v -> names.add(v.get("name").asText()));
    return names;
  }

  @Test
  void everySelectorFiltersTheChosenJobsAndKeyLabelsItsSeriesCarry() {
    Map<String, Set<String>> known = knownSeries();
    Map<String, List<String>> keyLabels =
        Map.of(GATEWAY, List.of("route"), STREAMING, List.of("tenant_id", "channel"));
    for (String path : List.of(GATEWAY, STREAMING)) {
      List<String> queries = queries(dashboard(path));
      assertFalse(queries.isEmpty(), path);
      for (String query : queries) {
        Matcher m = SELECTOR.matcher(query);
        int selectors = 0;
        while (m.find()) {
          selectors++;
          String name = m.group(1);
          String matchers = m.group(2);
          assertTrue(known.containsKey(name), path + " reads unknown series " + name);
          assertTrue(matchers.contains("job=~\"$job\""), path + ": " + query);
          for (String label : keyLabels.get(path)) {
            if (known.get(name).contains(label)) {
              assertTrue(
                  matchers.contains(label + "=~\"$" + label + "\""),
                  path + " does not filter " + label + ": " + query);
            }
          }
        }
        assertTrue(selectors > 0, query);
      }
    }
  }

  @Test
  void panelsReadRecordingsAndRawSeriesOnlyWhereExemplarsNeedThem() {
    Set<String> recorded = new TreeSet<>();
    recordings().forEach(r -> recorded.add(r.name()));
    assertEquals(
        Set.of("gateway_http_request_duration_seconds_bucket"),
        rawSeriesRead(dashboard(GATEWAY), recorded));
    assertEquals(
        Set.of("streaming_delivery_latency_seconds_bucket"),
        rawSeriesRead(dashboard(STREAMING), recorded));
    // The gateway's rate, error and 5xx ratio panels all sum the one recording.
    assertEquals(
        List.of(
            "Gateway request rate",
            "Gateway errors by status class",
            "Gateway 5xx ratio",
            "Error ratio by route",
            "Top routes"),
        panelsReading(dashboard(GATEWAY), GatewayRules.RATE_BY_STATUS.name()).stream()
            .map(p -> p.get("title").asText())
            .toList());
  }

  private static Set<String> rawSeriesRead(JsonNode dashboard, Set<String> recorded) {
    Set<String> raw = new TreeSet<>();
    for (String query : queries(dashboard)) {
      Matcher m = SELECTOR.matcher(query);
      while (m.find()) {
        if (!recorded.contains(m.group(1))) {
          raw.add(m.group(1));
        }
      }
    }
    return raw;
  }

  @Test
  void everyPanelSaysWhatItShowsAndInWhichUnit() {
    for (String path : List.of(GATEWAY, STREAMING)) {
      for (JsonNode panel : panels(dashboard(path))) {
        String type = panel.get("type").asText();
        if (type.equals("row")) {
          continue;
        }
        String title = panel.get("title").asText();
        assertFalse(title.isBlank(), path);
        assertFalse(panel.path("description").asText().isBlank(), path + ": " + title);
        if (!type.equals("alertlist")) {
          assertFalse(
              panel.path("fieldConfig").path("defaults").path("unit").asText().isEmpty(),
              path + ": " + title + " has no unit");
        }
      }
    }
  }

  @Test
  void eachDashboardUsesThePanelKindsItsDataCallsFor() {
    Set<String> kinds =
        Set.of("alertlist", "state-timeline", "stat", "timeseries", "heatmap", "table");
    for (String path : List.of(GATEWAY, STREAMING)) {
      Set<String> used = new TreeSet<>();
      panels(dashboard(path)).forEach(p -> used.add(p.get("type").asText()));
      assertTrue(used.containsAll(kinds), path + " uses " + used);
    }
  }

  @Test
  void latencyPanelsCarryExemplarsATraceLinkAndTheTargetLine() {
    assertLatencyPanels(
        dashboard(GATEWAY),
        "gateway_http_request_duration_seconds_bucket",
        AccessSlos.LATENCY_TARGET_SECONDS);
    assertLatencyPanels(
        dashboard(STREAMING),
        "streaming_delivery_latency_seconds_bucket",
        StreamingRules.DELIVERY_P95_SPIKE_SECONDS);
  }

  private static void assertLatencyPanels(JsonNode dashboard, String buckets, double target) {
    List<JsonNode> latency =
        panelsReading(dashboard, buckets).stream()
            .filter(p -> !p.get("type").asText().equals("table"))
            .toList();
    assertEquals(
        List.of("timeseries", "heatmap"),
        latency.stream().map(p -> p.get("type").asText()).toList());
    for (JsonNode panel : latency) {
      panel
          .get("targets")
          .forEach(t -> assertTrue(t.path("exemplar").asBoolean(), panel.get("title").asText()));
    }
    JsonNode percentiles = latency.get(0);
    assertEquals(
        List.of("0.5", "0.95", "0.99"),
        exprs(percentiles).stream()
            .map(e -> e.replaceAll("^histogram_quantile\\(([0-9.]+),.*", "$1"))
            .toList());
    assertTrue(
        percentiles
            .path("fieldConfig")
            .path("defaults")
            .path("links")
            .get(0)
            .path("url")
            .asText()
            .contains("tempo"),
        percentiles.toString());
    assertEquals(Set.of(target), thresholdSteps(percentiles));
    assertEquals("heatmap", latency.get(1).get("targets").get(0).get("format").asText());
  }

  @Test
  void theChurnPanelsReadTheAlertsOwnSeriesAgainstItsThresholds() {
    Set<String> alertReads = StreamingRules.connectionChurn().build().expr().metricNames();
    assertEquals(
        Set.of(StreamingRules.DROPPED_SHARE.name(), StreamingRules.DROPPED_RATE.name()),
        alertReads);
    JsonNode streaming = dashboard(STREAMING);
    List<JsonNode> share = panelsReading(streaming, StreamingRules.DROPPED_SHARE.name());
    assertEquals(2, share.size());
    share.forEach(
        p -> assertEquals(Set.of(StreamingRules.CHURN_DROPPED_SHARE_5M), thresholdSteps(p)));
    List<JsonNode> rate = panelsReading(streaming, StreamingRules.DROPPED_RATE.name());
    assertEquals(1, rate.size());
    assertEquals(Set.of(StreamingRules.CHURN_MIN_DROPS_PER_SECOND), thresholdSteps(rate.get(0)));
  }

  @Test
  void theDeliveryPanelsShowTheSlosIndicatorAgainstItsObjective() {
    double objective = AccessSlos.streamingDelivery().build().objectiveRatio().doubleValue();
    assertEquals("0.999", Numbers.format(objective));
    List<JsonNode> sli =
        panelsReading(dashboard(STREAMING), StreamingRules.DELIVERED_RATE_BY_JOB.name()).stream()
            .filter(p -> exprs(p).stream().anyMatch(e -> e.contains(" / ")))
            .toList();
    assertEquals(
        List.of("Delivery ratio (SLI)", "Delivery ratio by channel (SLI)"),
        sli.stream().map(p -> p.get("title").asText()).toList());
    sli.forEach(p -> assertEquals(Set.of(objective), thresholdSteps(p)));
  }

  @Test
  void topNTablesJoinTheirQueriesOnTheKeyLabel() {
    assertTopTable(dashboard(GATEWAY), "Top routes", "Requests/s");
    assertTopTable(dashboard(STREAMING), "Top tenants by connections", "Open");
  }

  private static void assertTopTable(JsonNode dashboard, String title, String sortedBy) {
    JsonNode table =
        panels(dashboard).stream()
            .filter(p -> p.get("title").asText().equals(title))
            .findFirst()
            .orElseThrow();
    assertEquals("table", table.get("type").asText());
    table
        .get("targets")
        .forEach(
            t -> {
              assertEquals("table", t.get("format").asText());
              assertTrue(t.get("instant").asBoolean());
            });
    assertEquals("merge", table.get("transformations").get(0).get("id").asText());
    assertEquals(sortedBy, table.get("options").get("sortBy").get(0).get("displayName").asText());
    assertTrue(table.get("options").get("sortBy").get(0).get("desc").asBoolean());
  }

  @Test
  void theRunbookOfEveryAlertOnThePageIsLinked() {
    assertEquals(
        runbookUrls(
            List.of(GatewayRules.alerts(), AccessTargets.alerts()),
            List.of(AccessSlos.gatewayAvailability(), AccessSlos.apiLatency())),
        runbookLinks(dashboard(GATEWAY)));
    assertEquals(
        runbookUrls(
            List.of(StreamingRules.alerts(), AccessTargets.alerts()),
            List.of(AccessSlos.streamingDelivery())),
        runbookLinks(dashboard(STREAMING)));
    assertEquals(
        Set.of(
            "high-api-error-rate",
            "access-target-down",
            "slo-gateway-availability",
            "slo-gateway-api-latency"),
        slugs(runbookLinks(dashboard(GATEWAY))));
    assertEquals(
        Set.of(
            "streaming-connection-churn",
            "streaming-latency-spike",
            "access-target-down",
            "slo-streaming-delivery"),
        slugs(runbookLinks(dashboard(STREAMING))));
  }

  private static Set<String> runbookUrls(List<RuleGroup.Builder> groups, List<Slo.Builder> slos) {
    Set<String> urls = new TreeSet<>();
    for (RuleGroup.Builder group : groups) {
      for (Alert alert : group.build().alerts()) {
        urls.add(SITE.url(alert.runbook()));
      }
    }
    for (Slo.Builder slo : slos) {
      Runbook runbook = SloRules.of(slo.build()).runbook();
      urls.add(SITE.url(runbook));
    }
    return urls;
  }

  private static Set<String> runbookLinks(JsonNode dashboard) {
    Set<String> urls = new TreeSet<>();
    dashboard
        .get("links")
        .forEach(
            l -> {
              if (l.get("title").asText().startsWith("Runbook: ")) {
                urls.add(l.get("url").asText());
              }
            });
    return urls;
  }

  private static Set<String> slugs(Set<String> urls) {
    Set<String> slugs = new TreeSet<>();
    urls.forEach(u -> slugs.add(u.replaceAll(".*/([^/]+)\\.md$", "$1")));
    return slugs;
  }

  @Test
  void theAlertStateShowsTheAlertsOfTheDashboardsServices() {
    assertAlertState(dashboard(GATEWAY), "service=~\"gateway|access\"");
    assertAlertState(dashboard(STREAMING), "service=~\"streaming|access\"");
    // An alert that names its service statically must name one of the dashboard's, or it would be
    // missing from the alert state while its runbook is linked.
    Map<List<RuleGroup.Builder>, Set<String>> families =
        Map.of(
            List.of(GatewayRules.alerts()), Set.of("gateway"),
            List.of(StreamingRules.alerts()), Set.of("streaming"),
            List.of(AccessTargets.alerts()), Set.of("gateway", "streaming", "access"));
    families.forEach(
        (groups, services) ->
            groups.forEach(
                g ->
                    g.build()
                        .alerts()
                        .forEach(
                            a -> {
                              String service = a.staticLabels().get("service");
                              assertTrue(
                                  service == null || services.contains(service),
                                  a.name() + " has service " + service);
                            })));
  }

  private static void assertAlertState(JsonNode dashboard, String matcher) {
    List<JsonNode> panels = panels(dashboard);
    assertEquals("row", panels.get(0).get("type").asText());
    assertEquals("alertlist", panels.get(1).get("type").asText());
    assertEquals("state-timeline", panels.get(2).get("type").asText());
    assertTrue(exprs(panels.get(2)).get(0).contains(matcher), exprs(panels.get(2)).toString());
  }
}
