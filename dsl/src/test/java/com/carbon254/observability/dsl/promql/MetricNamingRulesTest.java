package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The naming rules of {@link MetricRules}, each with the exact message a bundle author reads. */
class MetricNamingRulesTest {

  private static String messageOf(Executable declaration) {
    return assertThrows(DefinitionException.class, declaration).getMessage();
  }

  @Test
  void happyPathCounterKeepsNameHelpAndLabelsInOrder() {
    Counter requests =
        Counter.named("gateway_http_requests_total")
            .help("HTTP requests served by the gateway.")
            .labels("method", "route", "status");

    assertEquals("gateway_http_requests_total", requests.name());
    assertEquals("HTTP requests served by the gateway.", requests.help());
    assertEquals(MetricType.COUNTER, requests.type());
    assertEquals(List.of("method", "route", "status"), requests.labelNames());
    assertEquals(Optional.empty(), requests.exporter());
    assertTrue(requests.declares("route"));
    assertEquals("gateway_http_requests_total", requests.select().promql());
  }

  @Test
  void nameThatIsNotSnakeCaseIsRefused() {
    assertEquals(
        "metric 'GatewayHttpRequests_total': name is not snake_case; use lower-case words joined by '_',"
            + " as in 'gateway_http_requests_total'",
        messageOf(() -> Counter.named("GatewayHttpRequests_total")));
  }

  @Test
  void nameWithDashesIsNotSnakeCase() {
    assertEquals(
        "metric 'gateway-open-connections': name is not snake_case; use lower-case words joined by '_',"
            + " as in 'gateway_http_requests_total'",
        messageOf(() -> Gauge.named("gateway-open-connections")));
  }

  @Test
  void nullNameIsReportedAsNotSnakeCase() {
    assertEquals(
        "metric 'null': name is not snake_case; use lower-case words joined by '_',"
            + " as in 'gateway_http_requests_total'",
        messageOf(() -> Counter.named(null)));
  }

  @Test
  void counterWithoutTotalSuffixIsRefusedWithTheRename() {
    assertEquals(
        "metric 'gateway_http_requests': a counter's name must end in '_total';"
            + " rename it to 'gateway_http_requests_total'",
        messageOf(() -> Counter.named("gateway_http_requests")));
  }

  @Test
  void gaugeWithTotalSuffixIsRefused() {
    assertEquals(
        "metric 'gateway_open_connections_total': only counters end in '_total', this is a gauge;"
            + " drop the suffix or declare it with Counter.named(...)",
        messageOf(() -> Gauge.named("gateway_open_connections_total")));
  }

  @Test
  void histogramWithTotalSuffixIsRefused() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds_total': only counters end in '_total', this is a histogram;"
            + " drop the suffix or declare it with Counter.named(...)",
        messageOf(() -> Histogram.named("gateway_http_request_duration_seconds_total")));
  }

  @Test
  void nameWithFewerThanThreePartsIsRefused() {
    assertEquals(
        "metric 'http_requests_total': name must read <service>_<area>_<metric>,"
            + " as in 'gateway_http_requests_total'; add the service and area",
        messageOf(() -> Counter.named("http_requests_total")));
  }

  @Test
  void gaugeWithTwoPartsIsRefused() {
    assertEquals(
        "metric 'open_connections': name must read <service>_<area>_<metric>,"
            + " as in 'gateway_http_requests_total'; add the service and area",
        messageOf(() -> Gauge.named("open_connections")));
  }

  @Test
  void millisecondsAreNotABaseUnit() {
    assertEquals(
        "metric 'gateway_http_request_duration_milliseconds': 'milliseconds' is not a base unit;"
            + " record seconds and name it 'gateway_http_request_duration_seconds'",
        messageOf(() -> Histogram.named("gateway_http_request_duration_milliseconds")));
  }

  @Test
  void msIsNotABaseUnit() {
    assertEquals(
        "metric 'gateway_upstream_latency_ms': 'ms' is not a base unit;"
            + " record seconds and name it 'gateway_upstream_latency_seconds'",
        messageOf(() -> Gauge.named("gateway_upstream_latency_ms")));
  }

  @Test
  void kilobytesAreNotABaseUnitEvenBeforeTotal() {
    assertEquals(
        "metric 'ingestion_payload_received_kb_total': 'kb' is not a base unit;"
            + " record bytes and name it 'ingestion_payload_received_bytes_total'",
        messageOf(() -> Counter.named("ingestion_payload_received_kb_total")));
  }

  @Test
  void percentIsNotABaseUnit() {
    assertEquals(
        "metric 'node_disk_used_percent': 'percent' is not a base unit;"
            + " record ratio and name it 'node_disk_used_ratio'",
        messageOf(() -> Gauge.named("node_disk_used_percent")));
  }

  @Test
  void unitRenameSuggestionOnlyReplacesTheUnitPart() {
    assertEquals(
        "metric 'gateway_msgs_processing_ms': 'ms' is not a base unit;"
            + " record seconds and name it 'gateway_msgs_processing_seconds'",
        messageOf(() -> Gauge.named("gateway_msgs_processing_ms")));
  }

  @Test
  void bucketSuffixIsReservedForTheHistogramsOwnSeries() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds_bucket': '_bucket' is the suffix of a histogram's own series;"
            + " name the metric without it",
        messageOf(() -> Histogram.named("gateway_http_request_duration_seconds_bucket")));
  }

  @Test
  void countSuffixIsReservedForTheHistogramsOwnSeries() {
    assertEquals(
        "metric 'gateway_worker_pool_count': '_count' is the suffix of a histogram's own series;"
            + " name the metric without it",
        messageOf(() -> Gauge.named("gateway_worker_pool_count")));
  }

  @Test
  void sumSuffixIsReservedForTheHistogramsOwnSeries() {
    assertEquals(
        "metric 'gateway_http_request_duration_sum': '_sum' is the suffix of a histogram's own series;"
            + " name the metric without it",
        messageOf(() -> Histogram.named("gateway_http_request_duration_sum")));
  }

  @Test
  void emptyHelpIsRefused() {
    assertEquals(
        "metric 'gateway_http_requests_total': help text is empty; say what the metric counts or measures, in its unit",
        messageOf(() -> Counter.named("gateway_http_requests_total").help("")));
  }

  @Test
  void blankHelpIsRefused() {
    assertEquals(
        "metric 'gateway_open_connections': help text is empty; say what the metric counts or measures, in its unit",
        messageOf(() -> Gauge.named("gateway_open_connections").help("  \t ")));
  }

  @Test
  void nullHelpIsRefused() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': help text is empty;"
            + " say what the metric counts or measures, in its unit",
        messageOf(
            () ->
                Histogram.named("gateway_http_request_duration_seconds").help(null).buckets(0.1)));
  }

  @Test
  void exportersKeepTheirOwnNamesInPrometheusSyntax() {
    Counter cpu =
        Counter.exportedBy("node_exporter", "node_cpu_seconds").help("CPU seconds, by mode.");
    Gauge ready =
        Gauge.exportedBy("kube-state-metrics", "kube_pod_ready_total").help("Ready pods.");
    Gauge available =
        Gauge.exportedBy("node_exporter", "node_memory_MemAvailable_bytes")
            .help("Memory available, in bytes.");
    Gauge queries =
        Gauge.exportedBy("clickhouse", "ClickHouseMetrics_Query").help("Queries running now.");

    assertEquals(Optional.of("node_exporter"), cpu.exporter());
    assertEquals("kube_pod_ready_total", ready.name());
    assertEquals("node_memory_MemAvailable_bytes", available.select().promql());
    assertEquals("ClickHouseMetrics_Query", queries.name());
    assertEquals(
        "metric 'kube-pod-ready': is not a Prometheus metric name; copy the exporter's name exactly as its"
            + " /metrics page prints it (letters, digits and '_')",
        messageOf(() -> Gauge.exportedBy("kube-state-metrics", "kube-pod-ready")));
    assertEquals(
        "metric 'instance:node_cpu:rate5m': is not a Prometheus metric name; copy the exporter's name exactly"
            + " as its /metrics page prints it (letters, digits and '_')",
        messageOf(() -> Counter.exportedBy("node_exporter", "instance:node_cpu:rate5m")));
    assertEquals(
        "metric 'GatewayRequests': name is not snake_case; use lower-case words joined by '_',"
            + " as in 'gateway_http_requests_total'",
        messageOf(() -> Gauge.named("GatewayRequests")));
  }

  @Test
  void recordConstructorChecksTheSameRulesAsTheBuilder() {
    assertEquals(
        "metric 'gateway_http_requests': a counter's name must end in '_total';"
            + " rename it to 'gateway_http_requests_total'",
        messageOf(() -> new Counter("gateway_http_requests", "help", List.of(), Optional.empty())));
  }
}
