package com.carbon254.observability.dsl.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Window;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackComponentsTest {
  @Test
  void theCoreComponentReadsTheGeneratedFilesBesideItAndSetsTheRetentionOfThePolicy() {
    TelemetryPolicy policy =
        new TelemetryPolicy(
            Window.days(10),
            Window.hours(48),
            Window.hours(72),
            true,
            10,
            Window.seconds(10),
            List.of());
    JsonNode core = StackComponents.core(policy);

    assertEquals("Component", core.path("kind").asText());
    assertEquals(
        "alertmanager.yaml=alertmanager.yaml",
        core.at("/secretGenerator/0/files/0").asText(),
        "the operator reads the key alertmanager.yaml");
    assertTrue(core.at("/secretGenerator/0/options/disableNameSuffixHash").asBoolean());
    assertEquals(
        "otel-collector/collector-config.yaml", core.at("/configMapGenerator/2/files/0").asText());
    assertTrue(core.at("/patches/0/patch").asText().contains("value: 10d"), core.toString());
    assertEquals(
        "tempo-config.yaml", StackComponents.tempo().at("/configMapGenerator/0/files/0").asText());
  }

  @Test
  void aFileOutsideTheComponentsFolderIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> StackComponents.relative("configs/alertmanager.yaml", StackComponents.TEMPO_PATH));
  }

  /** The collector relays what services push; third-party exporters are scraped directly. */
  @Test
  void theCollectorKeepsTheServicesCatalogMetricsOnly() {
    Gauge exported = Gauge.exportedBy("node_exporter", "node_memory_MemTotal_bytes").help("x");
    ScrapeTarget collector =
        StackComponents.collectorTarget(
            List.of(ScrapeTargetTest.REQUESTS, exported, ScrapeTargetTest.REQUESTS));

    assertEquals(List.of("gateway_http_requests_total"), collector.seriesNames());
    assertTrue(collector.honorLabels(), "series keep the job of the service that pushed them");
    assertEquals(List.of("observability"), collector.namespaces());
  }
}
