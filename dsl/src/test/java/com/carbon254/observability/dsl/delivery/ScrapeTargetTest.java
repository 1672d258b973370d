package com.carbon254.observability.dsl.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeTargetTest {
  static final Counter REQUESTS =
      Counter.named("gateway_http_requests_total")
          .help("Requests.")
          .labels("method", "route", "status");
  static final Histogram DURATION =
      Histogram.named("gateway_http_request_duration_seconds")
          .help("Latency.")
          .buckets(0.1, 0.5)
          .labels("route");
  static final Gauge CONNECTIONS =
      Gauge.named("streaming_active_ws_connections").help("Open connections.").labels("tenant_id");

  static ScrapeTarget.Builder gateway() {
    return ScrapeTarget.job("gateway")
        .service("app.kubernetes.io/name", "gateway")
        .port("http-metrics")
        .exports(REQUESTS, DURATION);
  }

  private static List<String> messages(ScrapeTarget.Builder builder) {
    RuntimeException thrown = assertThrows(RuntimeException.class, builder::build);
    if (thrown instanceof DefinitionErrors errors) {
      return errors.errors().stream().map(DefinitionException::getMessage).toList();
    }
    return List.of(thrown.getMessage());
  }

  @Test
  void defaultsAreTheSeedsScrapeIntervalAndMetricsPath() {
    ScrapeTarget target = gateway().build();

    assertEquals("15s", target.interval().toString());
    assertEquals("/metrics", target.path());
    assertEquals("gateway", target.resourceName());
  }

  @Test
  void seriesNamesSpellOutHistogramSeriesInSortedOrder() {
    ScrapeTarget target = gateway().exports(CONNECTIONS).build();

    assertEquals(
        List.of(
            "gateway_http_request_duration_seconds_bucket",
            "gateway_http_request_duration_seconds_count",
            "gateway_http_request_duration_seconds_sum",
            "gateway_http_requests_total",
            "streaming_active_ws_connections"),
        target.seriesNames());
  }

  @Test
  void everyProblemIsReportedAtOnceNamingTheTargetAndTheFix() {
    List<String> messages =
        messages(
            ScrapeTarget.job("Gateway_1").port("http_metrics_port").path("metrics").every("5m"));

    assertEquals(
        List.of(
            "scrape target 'Gateway_1': job must be lower-case letters, digits and '-' (a Kubernetes name), as in 'gateway'",
            "scrape target 'Gateway_1': selects no Service; add .service(\"app.kubernetes.io/name\", \"<service>\")",
            "scrape target 'Gateway_1': port 'http_metrics_port' is not a Service port name (at most 15 lower-case"
                + " letters, digits and single '-', with a letter); name the metrics port, as in .port(\"http-metrics\")",
            "scrape target 'Gateway_1': path 'metrics' must be an absolute URL path without query, as in '/metrics'",
            "scrape target 'Gateway_1': is scraped every 5m; scrape every 2m or faster, or series go stale",
            "scrape target 'Gateway_1': exports no catalog metric; list them with .exports(...), only those are kept"),
        messages);
  }

  @Test
  void aMetricExportedTwiceIsRefused() {
    assertEquals(
        List.of(
            "scrape target 'gateway': exports metric 'gateway_http_requests_total' twice; list it once"),
        messages(gateway().exports(REQUESTS)));
  }

  @Test
  void badServiceLabelsAndNamespacesAreRefused() {
    assertEquals(
        List.of(
            "scrape target 'gateway': service label 'app name' is not a Kubernetes label key; use e.g. 'app.kubernetes.io/name'",
            "scrape target 'gateway': service label value 'a b' is not a Kubernetes label value (63 characters of [A-Za-z0-9-_.])",
            "scrape target 'gateway': namespace 'Access' is not a Kubernetes namespace name"),
        messages(gateway().service("app name", "x").service("tier", "a b").inNamespaces("Access")));
  }

  @Test
  void portNamesFollowKubernetesRules() {
    assertEquals("metrics", gateway().port("metrics").build().port());
    assertThrows(DefinitionException.class, () -> gateway().port("9090").build());
    assertThrows(DefinitionException.class, () -> gateway().port("a--b").build());
    assertThrows(DefinitionException.class, () -> gateway().port("metrics-port-1234").build());
  }
}
