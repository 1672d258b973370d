package com.carbon254.observability.bundles.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.dashboard.DashboardFacts;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RecordingRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The key facts of the two infrastructure dashboards: controls, filters, panel kinds, exemplars,
 * and that their thresholds and runbooks are the alerts' own.
 */
class InfraDashboardsTest {
  private static final DashboardFacts NODES = DashboardFacts.of(NodeResourcesDashboard.build());
  private static final DashboardFacts CLICKHOUSE = DashboardFacts.of(ClickHouseDashboard.build());

  private static BundleContent content() {
    return Platform.define(List.of(new InfraBundle())).bundles().get(0);
  }

  /** The link titles of the runbooks of the bundle's alerts whose name starts with a prefix. */
  private static Set<String> runbookLinksOfAlerts(String... prefixes) {
    Set<String> titles = new TreeSet<>();
    content()
        .groups()
        .forEach(
            p ->
                p.group().alerts().stream()
                    .filter(a -> List.of(prefixes).stream().anyMatch(a.name()::startsWith))
                    .map(Alert::runbook)
                    .forEach(r -> titles.add("Runbook: " + r.title())));
    return titles;
  }

  private static Set<String> runbookLinks(DashboardFacts dashboard) {
    return new TreeSet<>(
        dashboard.links().stream().filter(l -> l.startsWith("Runbook: ")).toList());
  }

  private static Predicate<String> recordedBy(RecordingRule... rules) {
    return name -> List.of(rules).stream().anyMatch(r -> r.name().equals(name));
  }

  @Test
  void nodeResourcesFiltersByJobNamespaceAndNode() {
    assertEquals("infra-node-resources", NODES.uid());
    assertEquals(List.of("datasource", "job", "namespace", "instance"), NODES.variables());
    assertEquals(List.of(), NODES.rawSeriesUnfilteredByJob());
    // Pod series carry the pods' namespace; node series are per instance.
    assertEquals(List.of(), NODES.unfiltered(name -> !name.startsWith("instance"), "namespace"));
    assertEquals(List.of(), NODES.unfiltered(name -> name.startsWith("instance"), "instance"));
    assertEquals(
        "{service=~\"node|kubernetes|infra|node-exporter|kube-state-metrics|kubelet\"}",
        NODES.alertFilter());
  }

  @Test
  void nodeResourcesLinksTheRunbooksOfItsAlerts() {
    assertEquals(
        runbookLinksOfAlerts("ALERT_NODE_", "ALERT_POD_", "ALERT_INFRA_"), runbookLinks(NODES));
  }

  @Test
  void nodeResourcesShowsWhatTheAlertsCompare() {
    assertEquals(
        List.of("alertlist", "bargauge", "row", "state-timeline", "table", "timeseries"),
        NODES.kinds());
    assertEquals(List.of(InfraAlerts.NODE_CPU_SATURATION), NODES.thresholdSteps("Node CPU busy"));
    assertEquals(
        List.of(InfraAlerts.NODE_MEMORY_SATURATION), NODES.thresholdSteps("Node memory used"));
    assertEquals(
        List.of(1 - InfraAlerts.FILL_UP_MAX_FREE_RATIO, InfraAlerts.NODE_DISK_SATURATION),
        NODES.thresholdSteps("Filesystem usage"));
    assertEquals(
        List.of(InfraAlerts.CRASH_LOOP_RESTARTS_15M),
        NODES.thresholdSteps("Containers restarting most"));
    // The forecast panel reads the alert's predict_linear, over its history and horizon.
    assertEquals(
        "instance_device_mountpoint:node_filesystem_free_forecast:ratio{instance=~\"$instance\"}",
        NODES
            .panel("Filesystem free in 24 hours (forecast)")
            .get("targets")
            .get(0)
            .get("expr")
            .asText());
    String forecast = InfraRecordings.NODE_FILESYSTEM_FORECAST.expr().promql();
    assertTrue(
        forecast.contains(
            "predict_linear(node_filesystem_avail_bytes{fstype!~\"tmpfs|ramfs|overlay|squashfs|iso9660\"}["
                + InfraAlerts.FILL_UP_HISTORY
                + "], "
                + InfraAlerts.FILL_UP_HORIZON.seconds()
                + ")"),
        forecast);
    assertEquals(List.of(), NODES.panelsWithoutDescriptionOrUnit());
  }

  @Test
  void nodeResourcesTopTablesKeepTheHighestRows() {
    for (String title :
        List.of(
            "Containers using most CPU against their request",
            "Containers closest to their memory limit",
            "Containers restarting most")) {
      var panel = NODES.panel(title);
      assertEquals("table", panel.get("targets").get(0).get("format").asText(), title);
      assertTrue(panel.get("targets").get(0).get("instant").asBoolean(), title);
      var transformations = panel.get("transformations");
      assertEquals("sortBy", transformations.get(1).get("id").asText(), title);
      assertTrue(transformations.get(1).get("options").get("sort").get(0).get("desc").asBoolean());
      assertEquals(
          NodeResourcesDashboard.TOP,
          transformations.get(2).get("options").get("limitField").asInt(),
          title);
    }
  }

  @Test
  void clickHouseHealthFiltersByClientJobQueryTypeAndServer() {
    assertEquals("infra-clickhouse-health", CLICKHOUSE.uid());
    assertEquals(
        List.of("datasource", "job", "query_type", "instance", "consumergroup"),
        CLICKHOUSE.variables());
    assertEquals(List.of(), CLICKHOUSE.rawSeriesUnfilteredByJob());
    assertEquals(
        List.of(),
        CLICKHOUSE.unfiltered(
            name -> name.startsWith(InfraMetrics.CLICKHOUSE_QUERY_DURATION.name()), "query_type"));
    assertEquals(
        List.of(),
        CLICKHOUSE.unfiltered(name -> name.startsWith("instance:clickhouse_"), "instance"));
    assertEquals(
        List.of(),
        CLICKHOUSE.unfiltered(recordedBy(InfraRecordings.CONSUMER_LAG), "consumergroup"));
    assertEquals("{service=~\"clickhouse|kafka|infra|kafka-exporter\"}", CLICKHOUSE.alertFilter());
  }

  @Test
  void clickHouseHealthLinksTheRunbooksOfItsAlerts() {
    assertEquals(
        runbookLinksOfAlerts("ALERT_CLICKHOUSE_", "ALERT_KAFKA_", "ALERT_INFRA_"),
        runbookLinks(CLICKHOUSE));
  }

  @Test
  void clickHouseHealthDrawsLatencyWithExemplarsAndTheAlertThresholds() {
    assertEquals(
        List.of("alertlist", "bargauge", "heatmap", "row", "stat", "state-timeline", "timeseries"),
        CLICKHOUSE.kinds());
    assertEquals(
        List.of(),
        CLICKHOUSE.latencyPanelsWithoutExemplarsOrTraces(
            "Query latency p50, p95, p99 by query type"));
    assertEquals(
        "heatmap",
        CLICKHOUSE
            .panel("Query latency distribution")
            .get("targets")
            .get(0)
            .get("format")
            .asText());
    assertEquals(List.of(InfraAlerts.CLICKHOUSE_DISK_HIGH), CLICKHOUSE.thresholdSteps("Disk used"));
    assertEquals("bargauge", CLICKHOUSE.panel("Disk used").get("type").asText());
    assertEquals(
        List.of(InfraAlerts.CLICKHOUSE_QUERY_SATURATION_RATIO),
        CLICKHOUSE.thresholdSteps("Concurrent queries, share of the limit"));
    assertEquals(
        List.of(InfraAlerts.KAFKA_LAG_MIN_MESSAGES),
        CLICKHOUSE.thresholdSteps("Consumer lag by group and topic"));
    assertEquals(List.of(), CLICKHOUSE.panelsWithoutDescriptionOrUnit());
  }
}
