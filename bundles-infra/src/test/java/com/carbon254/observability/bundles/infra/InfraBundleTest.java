package com.carbon254.observability.bundles.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.MetricType;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the seed and the real exporters fix: names, labels, files, the seed's alert as written. */
class InfraBundleTest {
  private static final Platform PLATFORM = Platform.define(List.of(new InfraBundle()));

  private static BundleContent content() {
    return PLATFORM.bundles().get(0);
  }

  private static Alert alert(String name) {
    return content().groups().stream()
        .flatMap(p -> p.group().alerts().stream())
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void definesWithoutProblems() {
    assertEquals(List.of(), PLATFORM.problems().stream().map(Problem::line).toList());
  }

  @Test
  void exporterMetricsKeepTheExportersNamesAndLabels() {
    Map<String, String> declared = new TreeMap<>();
    for (Metric metric : InfraMetrics.all()) {
      declared.put(
          metric.name(),
          metric.exporter().orElse("ours")
              + " "
              + metric.type().word()
              + " "
              + metric.labelNames());
    }
    assertEquals(
        Map.ofEntries(
            Map.entry("ClickHouseAsyncMetrics_DiskAvailable_default", "clickhouse gauge []"),
            Map.entry("ClickHouseAsyncMetrics_DiskTotal_default", "clickhouse gauge []"),
            Map.entry("ClickHouseMetrics_Query", "clickhouse gauge []"),
            Map.entry("ClickHouseProfileEvents_FailedQuery", "clickhouse counter []"),
            Map.entry("ClickHouseProfileEvents_Query", "clickhouse counter []"),
            Map.entry("clickhouse_query_duration_seconds", "ours histogram [query_type]"),
            Map.entry("container_cpu_usage_seconds_total", "cadvisor counter []"),
            Map.entry("container_memory_working_set_bytes", "cadvisor gauge []"),
            Map.entry(
                "kafka_consumergroup_lag",
                "kafka_exporter gauge [consumergroup, topic, partition]"),
            Map.entry(
                "kube_pod_container_resource_limits",
                "kube-state-metrics gauge [node, resource, unit]"),
            Map.entry(
                "kube_pod_container_resource_requests",
                "kube-state-metrics gauge [node, resource, unit]"),
            Map.entry("kube_pod_container_status_restarts_total", "kube-state-metrics counter []"),
            Map.entry(
                "kube_pod_container_status_waiting_reason", "kube-state-metrics gauge [reason]"),
            Map.entry("node_cpu_seconds_total", "node_exporter counter [cpu, mode]"),
            Map.entry("node_load1", "node_exporter gauge []"),
            Map.entry(
                "node_filesystem_avail_bytes", "node_exporter gauge [device, fstype, mountpoint]"),
            Map.entry(
                "node_filesystem_size_bytes", "node_exporter gauge [device, fstype, mountpoint]"),
            Map.entry("node_memory_MemAvailable_bytes", "node_exporter gauge []"),
            Map.entry("node_memory_MemTotal_bytes", "node_exporter gauge []")),
        declared);
  }

  @Test
  void theSeedsTaxonomyMetricIsOursAsNamed() {
    assertEquals(
        "clickhouse_query_duration_seconds", InfraMetrics.CLICKHOUSE_QUERY_DURATION.name());
    assertEquals(MetricType.HISTOGRAM, InfraMetrics.CLICKHOUSE_QUERY_DURATION.type());
    assertEquals(List.of("query_type"), InfraMetrics.CLICKHOUSE_QUERY_DURATION.labelNames());
    assertEquals(Optional.empty(), InfraMetrics.CLICKHOUSE_QUERY_DURATION.exporter());
  }

  @Test
  void recordingsGoToGeneralRulesAndAlertsToTheUseFile() {
    Map<String, String> placement = new TreeMap<>();
    content().groups().forEach(p -> placement.put(p.group().name(), p.file().path()));

    assertEquals(
        Map.of(
            "infra-clickhouse-recordings", RuleFile.GENERAL.path(),
            "infra-kafka-recordings", RuleFile.GENERAL.path(),
            "infra-node-recordings", RuleFile.GENERAL.path(),
            "infra-pod-recordings", RuleFile.GENERAL.path(),
            "infra-node-use", "alerts/USE/infra_use.yaml",
            "infra-workload-use", "alerts/USE/infra_use.yaml"),
        placement);
  }

  @Test
  void clickHouseDiskHighIsTheSeedsAlert() {
    Alert alert = alert("ALERT_CLICKHOUSE_DISK_HIGH");

    assertEquals("instance:clickhouse_disk_usage:ratio > 0.8", alert.expr().promql());
    assertEquals("warn", alert.severity().label());
  }

  @Test
  void everyAlertLinksItsOwnRunbook() {
    Map<String, String> runbooks = new TreeMap<>();
    content()
        .groups()
        .forEach(p -> p.group().alerts().forEach(a -> runbooks.put(a.name(), a.runbook().slug())));

    assertEquals(
        Map.of(
            "ALERT_CLICKHOUSE_DISK_HIGH", "clickhouse-disk-high",
            "ALERT_CLICKHOUSE_QUERY_SATURATION", "clickhouse-query-saturation",
            "ALERT_INFRA_TARGET_DOWN", "infra-target-down",
            "ALERT_INFRA_TARGETS_MISSING", "infra-target-down",
            "ALERT_KAFKA_CONSUMER_LAG_GROWTH", "kafka-consumer-lag-growth",
            "ALERT_NODE_CPU_SATURATION", "node-cpu-saturation",
            "ALERT_NODE_DISK_FILL_UP_FORECAST", "node-disk-fill-up-forecast",
            "ALERT_NODE_DISK_SATURATION", "node-disk-saturation",
            "ALERT_NODE_MEMORY_SATURATION", "node-memory-saturation",
            "ALERT_POD_CRASH_LOOPING", "pod-crash-looping"),
        runbooks);
  }
}
