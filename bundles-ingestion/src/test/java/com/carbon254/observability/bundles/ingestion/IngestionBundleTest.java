package com.carbon254.observability.bundles.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.MetricType;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IngestionBundleTest {
  /** Defined the way the program defines it; the checks across bundles run in cli's tests. */
  private static final BundleContent CONTENT = define();

  private static BundleContent define() {
    BundleDefinition definition = new BundleDefinition("ingestion");
    definition.guard(() -> new IngestionBundle().define(definition));
    return definition.content();
  }

  private static BundleContent content() {
    return CONTENT;
  }

  private static Map<String, Alert> alerts() {
    Map<String, Alert> alerts = new TreeMap<>();
    content().groups().forEach(p -> p.group().alerts().forEach(a -> alerts.put(a.name(), a)));
    return alerts;
  }

  private static Map<String, String> alertFiles() {
    Map<String, String> files = new TreeMap<>();
    content()
        .groups()
        .forEach(p -> p.group().alerts().forEach(a -> files.put(a.name(), p.file().path())));
    return files;
  }

  @Test
  void definesWithoutProblems() {
    assertEquals(List.of(), content().problems().stream().map(Problem::line).toList());
  }

  /**
   * Section 8 of the seed: these three names, types and labels are a contract with the services.
   */
  @Test
  void theSeedsTaxonomyEntriesAreDeclaredVerbatim() {
    Map<String, Metric> catalog = new TreeMap<>();
    content().metrics().forEach(m -> catalog.put(m.name(), m));

    assertTaxonomy(
        catalog.get("ingestion_connector_run_duration_seconds"), MetricType.HISTOGRAM, "connector");
    assertTaxonomy(
        catalog.get("normalization_records_processed_total"), MetricType.COUNTER, "market");
    assertTaxonomy(
        catalog.get("aggregation_bar_build_duration_seconds"), MetricType.HISTOGRAM, "interval");
  }

  private static void assertTaxonomy(Metric metric, MetricType type, String... labels) {
    assertEquals(type, metric.type(), metric.name());
    assertEquals(List.of(labels), metric.labelNames(), metric.name());
  }

  /**
   * Section 12 of the seed: the lag alert pages when the latest processed timestamp is over 120 s
   * old.
   */
  @Test
  void normalizationLagIsTheSeedsCondition() {
    Alert lag = alerts().get("ALERT_NORMALIZATION_LAG");

    assertEquals(Severity.PAGE, lag.severity());
    assertEquals(
        "time() - max by (job, market) (normalization_latest_processed_timestamp_seconds) > 120",
        lag.expr().promql());
  }

  @Test
  void alertsAreFiledByClass() {
    assertEquals(
        Map.ofEntries(
            Map.entry(
                "ALERT_AGGREGATION_BAR_BACKLOG_GROWING", "alerts/USE/data_processing_use.yaml"),
            Map.entry("ALERT_DATA_PROCESSING_TARGET_DOWN", "alerts/RED/data_processing_red.yaml"),
            Map.entry(
                "ALERT_DATA_PROCESSING_TARGETS_MISSING", "alerts/RED/data_processing_red.yaml"),
            Map.entry("ALERT_INGESTION_CONNECTOR_FAILURES", "alerts/RED/ingestion_red.yaml"),
            Map.entry("ALERT_INGESTION_CONNECTOR_OVERDUE", "alerts/RED/ingestion_red.yaml"),
            Map.entry("ALERT_INGESTION_TARGET_DOWN", "alerts/RED/ingestion_red.yaml"),
            Map.entry("ALERT_INGESTION_TARGETS_MISSING", "alerts/RED/ingestion_red.yaml"),
            Map.entry(
                "ALERT_NORMALIZATION_ENRICHMENT_CACHE_MISS_SPIKE",
                "alerts/RED/data_processing_red.yaml"),
            Map.entry(
                "ALERT_NORMALIZATION_HIGH_ERROR_RATIO", "alerts/RED/data_processing_red.yaml"),
            Map.entry("ALERT_NORMALIZATION_LAG", "alerts/RED/data_processing_red.yaml")),
        alertFiles());
  }

  /**
   * Section 20 of the seed: every runbook walks the general pattern for its own alert, with a
   * query, a dashboard of the domain and a kubectl command to run.
   */
  @Test
  void everyRunbookFollowsTheSeedsPatternForItsAlert() {
    List<String> sections =
        List.of(
            "## 1. Identify and correlate",
            "## 2. Recent deploys",
            "## 3. Trace outliers",
            "## 4. Data store health",
            "## 5. Roll back or mitigate");
    for (Alert alert : alerts().values()) {
      String text = alert.runbook().markdown();
      String slug = alert.runbook().slug();
      assertTrue(text.contains("`" + alert.name() + "`"), slug + " names its alert");
      assertTrue(
          text.contains("severity `" + alert.severity().label() + "`"),
          slug + " states the severity");
      int previous = -1;
      for (String section : sections) {
        int at = text.indexOf(section);
        assertTrue(at > previous, slug + " has '" + section + "' in order");
        previous = at;
      }
      assertTrue(
          text.contains("dashboards/ingestion/connectors_health.json")
              || text.contains("dashboards/data_processing/normalization_pipeline.json"),
          slug + " points at its domain's dashboard");
      assertTrue(text.contains("kubectl "), slug + " gives kubectl commands");
      assertTrue(text.contains("{ resource.service.name = \""), slug + " gives a TraceQL query");
    }
  }
}
