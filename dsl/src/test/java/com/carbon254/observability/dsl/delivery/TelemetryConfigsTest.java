package com.carbon254.observability.dsl.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryConfigsTest {
  private static final TelemetryPolicy POLICY =
      TelemetryPolicy.seed(
          List.of(LatencyTarget.p95("gateway", 0.15), LatencyTarget.p95("model-serving", 0.25)));

  private static JsonNode readBack(JsonNode node) throws Exception {
    return new YAMLMapper().readTree(Documents.yaml(node));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void theSamplerKeepsErrorsTracesSlowerThanTwiceEachTargetAndTenPercentOfTheRest()
      throws Exception {
    JsonNode policies =
        readBack(TelemetryConfigs.collector(POLICY)).at("/processors/tail_sampling/policies");

    assertEquals(4, policies.size());
    assertEquals("status_code", policies.get(0).get("type").asText());
    assertEquals("[\"ERROR\"]", policies.get(0).at("/status_code/status_codes").toString());
    JsonNode gateway = policies.get(1);
    assertEquals("gateway-slower-than-2x-p95-target", gateway.get("name").asText());
    assertEquals("service.name", gateway.at("/and/and_sub_policy/0/string_attribute/key").asText());
    assertEquals(
        "[\"gateway\"]", gateway.at("/and/and_sub_policy/0/string_attribute/values").toString());
    assertEquals(300, gateway.at("/and/and_sub_policy/1/latency/threshold_ms").asInt());
    assertEquals(500, policies.get(2).at("/and/and_sub_policy/1/latency/threshold_ms").asInt());
    assertEquals("probabilistic", policies.get(3).get("type").asText());
    assertEquals(10, policies.get(3).at("/probabilistic/sampling_percentage").asInt());
  }

  @Test
  void aChangedTargetMovesTheThresholdInTheCollectorAndTheSamplingStrategy() throws Exception {
    TelemetryPolicy faster = TelemetryPolicy.seed(List.of(LatencyTarget.p95("gateway", 0.1)));

    assertEquals(
        200,
        readBack(TelemetryConfigs.collector(faster))
            .at("/processors/tail_sampling/policies/1/and/and_sub_policy/1/latency/threshold_ms")
            .asInt());
    JsonNode slow = readBack(TelemetryConfigs.samplingStrategy(faster)).at("/traces/keep_slow/0");
    assertEquals("gateway", slow.get("service").asText());
    assertEquals("0.1", slow.get("target_seconds").asText());
    assertEquals(200, slow.get("threshold_ms").asInt());
  }

  @Test
  void pipelinesReceiveOtlpLimitMemoryFirstAndSampleBeforeBatching() throws Exception {
    JsonNode collector = readBack(TelemetryConfigs.collector(POLICY));

    assertEquals(
        "${env:POD_IP}:4317", collector.at("/receivers/otlp/protocols/grpc/endpoint").asText());
    assertEquals(
        "${env:POD_IP}:4318", collector.at("/receivers/otlp/protocols/http/endpoint").asText());
    assertEquals(
        List.of("memory_limiter", "resource", "tail_sampling", "batch"),
        texts(collector.at("/service/pipelines/traces/processors")));
    assertEquals(List.of("otlp/tempo"), texts(collector.at("/service/pipelines/traces/exporters")));
    assertEquals(
        List.of("prometheus"), texts(collector.at("/service/pipelines/metrics/exporters")));
    assertEquals(
        "tempo.observability.svc:4317", collector.at("/exporters/otlp~1tempo/endpoint").asText());
    assertEquals(
        List.of("deployment.environment", "service.version"),
        collector.at("/processors/resource/attributes").findValuesAsText("key"));
  }

  @Test
  void tempoKeepsTracesFor48hAndLokiLogsFor72h() throws Exception {
    assertEquals(
        "48h",
        readBack(TelemetryConfigs.tempo(POLICY))
            .at("/compactor/compaction/block_retention")
            .asText());
    JsonNode loki = readBack(TelemetryConfigs.loki(POLICY));
    assertEquals("72h", loki.at("/limits_config/retention_period").asText());
    assertEquals(true, loki.at("/compactor/retention_enabled").asBoolean());
    JsonNode retention = readBack(TelemetryConfigs.retentionPolicy(POLICY)).get("retention");
    assertEquals("15d", retention.at("/metrics/retention").asText());
    assertEquals("48h", retention.at("/traces/retention").asText());
    assertEquals("72h", retention.at("/logs/retention").asText());
  }

  @Test
  void goDurationsNeverUseDays() {
    assertEquals("48h", TelemetryPolicy.goDuration(Window.days(2)));
    assertEquals("90m", TelemetryPolicy.goDuration(Window.minutes(90)));
    assertEquals("10s", TelemetryPolicy.goDuration(Window.seconds(10)));
  }

  @Test
  void latencyTargetsAreCheckedWhereTheyAreDeclared() {
    assertEquals("p95", LatencyTarget.p95("gateway", 0.15).quantileName());
    assertEquals(
        "latency target 'gateway': target 0.1505 s is not a whole number of milliseconds; the sampler counts in ms",
        assertThrows(DefinitionException.class, () -> LatencyTarget.p95("gateway", 0.1505))
            .getMessage());
    assertEquals(
        "latency target 'Gateway': service must be the scrape job of the service, as in 'gateway'",
        assertThrows(DefinitionException.class, () -> LatencyTarget.p95("Gateway", 0.15))
            .getMessage());
    assertEquals(
        "latency target 'gateway': quantile 1 must be between 0 and 1, as in 0.95",
        assertThrows(
                DefinitionException.class,
                () -> new LatencyTarget("gateway", BigDecimal.ONE, BigDecimal.ONE))
            .getMessage());
  }
}
