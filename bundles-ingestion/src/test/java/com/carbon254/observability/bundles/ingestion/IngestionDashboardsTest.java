package com.carbon254.observability.bundles.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.dashboard.Correlation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.Panel;
import com.carbon254.observability.dsl.dashboard.PrometheusTarget;
import com.carbon254.observability.dsl.dashboard.QueryFormat;
import com.carbon254.observability.dsl.dashboard.QueryMode;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.Variable;
import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.SeriesRef;
import com.carbon254.observability.dsl.rules.Alert;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The key facts of the two dashboards, read from the model the bundle defines: where they are
 * published, what they filter by, which panel kinds show what, exemplars on latency, thresholds
 * from the alerts' constants, and runbook links that are those of the dashboards' alerts. The
 * approval of generated/ pins the bytes; this pins what an on-call engineer relies on.
 */
class IngestionDashboardsTest {
  private static final BundleContent CONTENT = define();

  private static final String CONNECTORS_PATH = "dashboards/ingestion/connectors_health.json";
  private static final String NORMALIZATION_PATH =
      "dashboards/data_processing/normalization_pipeline.json";

  /** The header's alert-state panels read Prometheus' ALERTS as raw text; nothing else may. */
  private static final String ALERT_HISTORY = "Alert history";

  private static BundleContent define() {
    BundleDefinition definition = new BundleDefinition("ingestion");
    definition.guard(() -> new IngestionBundle().define(definition));
    return definition.content();
  }

  private static Dashboard dashboard(String path) {
    return CONTENT.dashboards().stream()
        .filter(f -> f.path().equals(path))
        .map(DashboardFile::dashboard)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dashboard published at " + path));
  }

  private static Dashboard connectors() {
    return dashboard(CONNECTORS_PATH);
  }

  private static Dashboard normalization() {
    return dashboard(NORMALIZATION_PATH);
  }

  private static Panel panel(Dashboard dashboard, String title) {
    return dashboard.allPanels().stream()
        .filter(p -> p.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError(dashboard.uid() + " has no panel '" + title + "'"));
  }

  private static List<PrometheusTarget> prometheusTargets(Panel panel) {
    return panel.targets().stream()
        .filter(t -> t instanceof PrometheusTarget)
        .map(t -> (PrometheusTarget) t)
        .toList();
  }

  private static Set<String> kinds(Dashboard dashboard) {
    Set<String> kinds = new TreeSet<>();
    dashboard.allPanels().forEach(p -> kinds.add(p.type()));
    return kinds;
  }

  @Test
  void bothDashboardsArePublishedAtTheIssuesPathsInTheirDomainsFolders() {
    assertEquals(
        Set.of(CONNECTORS_PATH, NORMALIZATION_PATH),
        new TreeSet<>(CONTENT.dashboards().stream().map(DashboardFile::path).toList()));
    assertEquals("ingestion", connectors().tags().get(0));
    assertEquals("data_processing", normalization().tags().get(0));
  }

  @Test
  void variablesAreEnvironmentJobAndTheDomainsKeyLabels() {
    assertEquals(
        List.of("datasource", "job", "connector"),
        connectors().variables().stream().map(Variable::name).toList());
    assertEquals(
        List.of("datasource", "job", "market", "interval"),
        normalization().variables().stream().map(Variable::name).toList());
  }

  /**
   * Every series a panel reads is narrowed to the chosen jobs and to every key label it carries.
   * The one exception is the Kafka lag, recorded per consumer group by the infrastructure bundle,
   * which carries neither job nor a key label: it is narrowed to the normalizer's consumer group.
   */
  @Test
  void everyQueryFiltersTheJobAndEveryKeyLabelItsSeriesCarry() {
    for (Dashboard dashboard : List.of(connectors(), normalization())) {
      List<String> keyLabels =
          dashboard.variables().stream()
              .map(Variable::name)
              .filter(n -> !n.equals("datasource") && !n.equals("job"))
              .toList();
      int kafka = 0;
      for (Panel panel : dashboard.allPanels()) {
        for (PrometheusTarget target : prometheusTargets(panel)) {
          if (target.expr().isEmpty()) {
            assertEquals(ALERT_HISTORY, panel.title(), "only the alert state is raw PromQL");
            continue;
          }
          for (SeriesRef series : target.expr().get().selections()) {
            String where = dashboard.uid() + " / " + panel.title() + ": " + series.promql();
            if (series.series().equals(KafkaLag.RECORDING)) {
              assertTrue(
                  series
                      .matchers()
                      .contains(new Matcher("consumergroup", Matcher.Op.EQ, "normalization")),
                  where);
              kafka++;
              continue;
            }
            assertTrue(series.matchers().contains(variable("job")), where + " filters job");
            for (String label : keyLabels) {
              if (series.declaredLabels().contains(label)) {
                assertTrue(
                    series.matchers().contains(variable(label)), where + " filters " + label);
              }
            }
          }
        }
      }
      assertEquals(2, kafka, dashboard.uid() + ": the Kafka lag and its growth");
    }
  }

  private static Matcher variable(String label) {
    return new Matcher(label, Matcher.Op.RE, "$" + label);
  }

  @Test
  void eachKindOfDataHasItsPanelKind() {
    assertTrue(
        kinds(connectors())
            .containsAll(
                Set.of("alertlist", "stat", "timeseries", "state-timeline", "heatmap", "table")),
        kinds(connectors()).toString());
    assertTrue(
        kinds(normalization()).containsAll(Set.of("alertlist", "stat", "timeseries", "heatmap")),
        kinds(normalization()).toString());
    // The runs are states, not a line: running, last run succeeded, last run failed.
    Panel runs = panel(connectors(), "Connector runs");
    assertEquals("state-timeline", runs.type());
    assertEquals(
        Set.of("ingestion_connector_running", "ingestion_connector_last_run_success"),
        prometheusTargets(runs).get(0).expr().orElseThrow().metricNames());
    // The worst connectors: instant table queries merged, sorted and cut to the top N.
    Panel worst = panel(connectors(), "Worst connectors by failed runs, last hour");
    assertEquals("table", worst.type());
    assertTrue(
        prometheusTargets(worst).stream()
            .allMatch(t -> t.format() == QueryFormat.TABLE && t.mode() == QueryMode.INSTANT));
    List<String> steps = new ArrayList<>();
    int limit = -1;
    for (JsonNode step : worst.core().rawPanel().orElseThrow().object().get("transformations")) {
      steps.add(step.get("id").asText());
      if (step.get("id").asText().equals("limit")) {
        limit = step.get("options").get("limitField").asInt();
      }
    }
    assertEquals(List.of("merge", "organize", "sortBy", "limit"), steps);
    assertEquals(ConnectorsDashboard.WORST_CONNECTORS, limit);
  }

  /**
   * Every panel drawing one of the bundle's duration histograms asks for exemplars; the percentile
   * panels also link to the service's traces in Tempo. Each histogram has both a percentile panel
   * and a heatmap.
   */
  @Test
  void latencyPanelsCarryExemplarsAndLinkToTraces() {
    Map<Histogram, String> traced =
        Map.of(
            ConnectorMetrics.RUN_DURATION, ConnectorMetrics.JOB,
            NormalizationMetrics.PROCESSING_LATENCY, NormalizationMetrics.JOB,
            AggregationMetrics.BAR_BUILD_DURATION, AggregationMetrics.JOB);
    Map<String, Set<String>> kindsByHistogram = new TreeMap<>();
    for (Dashboard dashboard : List.of(connectors(), normalization())) {
      for (Panel panel : dashboard.allPanels()) {
        for (Map.Entry<Histogram, String> histogram : traced.entrySet()) {
          String bucket = histogram.getKey().name() + "_bucket";
          boolean reads =
              prometheusTargets(panel).stream()
                  .anyMatch(
                      t ->
                          t.expr().stream()
                              .flatMap(e -> e.selections().stream())
                              .anyMatch(series -> series.series().equals(bucket)));
          if (!reads) {
            continue;
          }
          kindsByHistogram
              .computeIfAbsent(histogram.getKey().name(), n -> new TreeSet<>())
              .add(panel.type());
          assertTrue(
              prometheusTargets(panel).stream().anyMatch(PrometheusTarget::exemplar),
              panel.title() + " asks for exemplars");
          if (panel.type().equals("timeseries")) {
            assertTrue(
                panel.core().links().contains(Correlation.tracesOf(histogram.getValue())),
                panel.title() + " links to the traces of " + histogram.getValue());
          }
        }
      }
    }
    Set<String> both = Set.of("heatmap", "timeseries");
    assertEquals(
        Map.of(
            "aggregation_bar_build_duration_seconds", both,
            "ingestion_connector_run_duration_seconds", both,
            "normalization_processing_latency_seconds", both),
        kindsByHistogram);
  }

  /** The lines and colours are the alerts' own constants, so moving a threshold moves both. */
  @Test
  void thresholdsAreTheAlertsLimits() {
    assertEquals(
        List.of(1 - ConnectorRules.FAILURE_RATIO),
        steps(panel(connectors(), "Success ratio by connector")));
    assertEquals(
        List.of(ConnectorRules.OVERDUE_SCHEDULES),
        steps(panel(connectors(), "Scheduled intervals since the last success")));
    assertEquals(
        List.of(NormalizationRules.MAX_LAG_SECONDS),
        steps(panel(normalization(), "Processing lag by market")));
    assertEquals(
        List.of(NormalizationRules.MAX_LAG_SECONDS),
        steps(panel(normalization(), "Processing lag now")));
    assertEquals(
        List.of(NormalizationRules.ERROR_RATIO),
        steps(panel(normalization(), "Rejected share by market")));
    assertEquals(
        List.of(AggregationRules.BACKLOG_FLOOR),
        steps(panel(normalization(), "Bar-compute backlog by interval")));
    assertEquals(
        List.of(AggregationRules.BACKLOG_GROWTH_PER_SECOND),
        steps(panel(normalization(), "Bar-compute backlog growth")));
  }

  private static List<Double> steps(Panel panel) {
    return panel.core().thresholds().steps().stream().map(Thresholds.Step::value).toList();
  }

  /**
   * The header links the runbook of every alert of the dashboard's rule files, and of the Kafka lag
   * alert, which the infrastructure bundle ships (its published runbook must exist).
   */
  @Test
  void runbookLinksAreTheRunbooksOfTheDashboardsAlerts() throws Exception {
    assertEquals(
        withKafka(runbooksOfAlertsIn("alerts/RED/ingestion_red.yaml")), runbookLinks(connectors()));
    assertEquals(
        withKafka(
            runbooksOfAlertsIn(
                "alerts/RED/data_processing_red.yaml", "alerts/USE/data_processing_use.yaml")),
        runbookLinks(normalization()));
    Path published = Path.of("..", "generated", "docs", "runbooks", KafkaLag.RUNBOOK_SLUG + ".md");
    assertTrue(Files.isRegularFile(published), published + " is published");
    assertTrue(
        Files.readString(published).startsWith("# " + KafkaLag.RUNBOOK_TITLE + "\n"),
        "the link's title is the runbook's");
  }

  private static Set<String> runbookLinks(Dashboard dashboard) {
    Set<String> slugs = new TreeSet<>();
    dashboard.links().stream()
        .map(DashboardLink::runbookSlug)
        .filter(s -> !s.isEmpty())
        .forEach(slugs::add);
    return slugs;
  }

  private static Set<String> runbooksOfAlertsIn(String... files) {
    Set<String> slugs = new TreeSet<>();
    List<String> wanted = List.of(files);
    CONTENT.groups().stream()
        .filter(p -> wanted.contains(p.file().path()))
        .flatMap(p -> p.group().alerts().stream())
        .map(Alert::runbook)
        .forEach(r -> slugs.add(r.slug()));
    assertFalse(slugs.isEmpty(), "alerts in " + wanted);
    return slugs;
  }

  private static Set<String> withKafka(Set<String> slugs) {
    Set<String> all = new TreeSet<>(slugs);
    all.add(KafkaLag.RUNBOOK_SLUG);
    return all;
  }

  /** The alert state first on the page is that of the services the dashboard is about. */
  @Test
  void theAlertStateShowsTheDashboardsServices() {
    assertEquals(
        "Alerts now", connectors().allPanels().get(0).title(), "the alert list comes first");
    assertTrue(
        alertQuery(connectors()).contains("service=~\"connectors|ingestion|kafka\""),
        alertQuery(connectors()));
    assertTrue(
        alertQuery(normalization())
            .contains("service=~\"normalization|aggregation|data_processing|kafka\""),
        alertQuery(normalization()));
  }

  private static String alertQuery(Dashboard dashboard) {
    List<String> queries = new ArrayList<>();
    prometheusTargets(panel(dashboard, ALERT_HISTORY))
        .forEach(t -> queries.add(t.query().promql()));
    return String.join("\n", queries);
  }
}
