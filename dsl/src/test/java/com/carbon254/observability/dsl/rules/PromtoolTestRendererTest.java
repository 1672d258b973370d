package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.rules.GatewayRules.ALERT_NAME;
import static com.carbon254.observability.dsl.rules.GatewayRules.errorRatio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer.FileUnderTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class PromtoolTestRendererTest {
  private static final String TEST_PATH = "tests/alerts/RED/gateway_red_test.yaml";
  private static final String RUNBOOK_URL =
      "https://github.com/254carbon/254carbon-observability/blob/main/generated/docs/runbooks/gateway-high-error-rate.md";

  private static final Alert ALERT = GatewayRules.alert().build();
  private static final RuleGroup RECORDINGS =
      RuleGroup.named("gateway-recordings").rule(errorRatio()).build();
  private static final RuleGroup ALERTS = RuleGroup.named("gateway-red").rule(ALERT).build();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rendered() {
    var doc =
        PromtoolTestRenderer.render(
            TEST_PATH,
            List.of(
                new FileUnderTest("k8s/prometheus/rules/recording-rules.yaml", List.of(RECORDINGS)),
                new FileUnderTest("alerts/RED/gateway_red.yaml", List.of(ALERTS))),
            List.of(ALERT),
            List.of(),
            ExampleSite.SITE);
    return (Map<String, Object>) new Yaml().load(Documents.yaml(doc));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> tests() {
    return (List<Map<String, Object>>) rendered().get("tests");
  }

  @Test
  void ruleFilesAreRelativeToTheTestFile() {
    assertEquals(
        List.of(
            "../../../k8s/prometheus/rules/recording-rules.yaml",
            "../../../alerts/RED/gateway_red.yaml"),
        rendered().get("rule_files"));
  }

  @Test
  void recordingGroupsAreEvaluatedFirst() {
    assertEquals(List.of("gateway-recordings", "gateway-red"), rendered().get("group_eval_order"));
  }

  @Test
  void topLevelKeysAndEvaluationInterval() {
    Map<String, Object> test = rendered();

    assertEquals(
        List.of("rule_files", "evaluation_interval", "group_eval_order", "tests"),
        List.copyOf(test.keySet()));
    assertEquals("1m", test.get("evaluation_interval"));
  }

  @Test
  void oneTestPerScenario() {
    assertEquals(
        List.of(ALERT_NAME + ": 5% errors", ALERT_NAME + ": 1% errors"),
        tests().stream().map(t -> t.get("name")).toList());
  }

  @Test
  void firingScenarioExpectsLabelsAndExpandedAnnotations() {
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put("summary", "Gateway route /api fails more than 2% of requests");
    annotations.put("description", "Users of /api see errors. Check the upstream first.");
    annotations.put("runbook_url", RUNBOOK_URL);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("name", ALERT_NAME + ": 5% errors");
    expected.put("interval", "1m");
    expected.put(
        "input_series",
        List.of(
            Map.of(
                "series",
                "gateway_http_requests_total{route=\"/api\", status=\"500\"}",
                "values",
                "0+5x60"),
            Map.of(
                "series",
                "gateway_http_requests_total{route=\"/api\", status=\"200\"}",
                "values",
                "0+95x60")));
    expected.put(
        "alert_rule_test",
        List.of(
            Map.of(
                "eval_time",
                "1h",
                "alertname",
                ALERT_NAME,
                "exp_alerts",
                List.of(
                    Map.of(
                        "exp_labels",
                        Map.of(
                            "route",
                            "/api",
                            "service",
                            "gateway",
                            "severity",
                            "page",
                            "team",
                            "gateway"),
                        "exp_annotations",
                        annotations)))));
    // The observed 5% = 5 errors of 100 requests a minute, asserted within a relative 1e-9.
    expected.put(
        "promql_expr_test",
        List.of(
            Map.of(
                "expr",
                "abs(route:gateway_http_requests:error_ratio_rate5m{route=\"/api\"} - 0.05) < bool"
                    + " 0.000000001",
                "eval_time",
                "1h",
                "exp_samples",
                List.of(Map.of("labels", "{route=\"/api\"}", "value", 1)))));

    assertEquals(expected, tests().get(0));
  }

  @Test
  void quietScenarioExpectsNoAlerts() {
    Map<?, ?> check = (Map<?, ?>) ((List<?>) tests().get(1).get("alert_rule_test")).get(0);

    assertEquals(
        Map.of("eval_time", "1h", "alertname", ALERT_NAME, "exp_alerts", List.of()), check);
  }

  @Test
  void labelTemplatesExpandToTheLabelValue() {
    assertEquals(
        "Route /api on  fails",
        AnnotationTemplate.expand(
            "Route {{ $labels.route }} on {{$labels.missing}} fails", Map.of("route", "/api")));
  }

  @Test
  void otherTemplatesCannotBePredicted() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AnnotationTemplate.expand("Ratio {{ $value }}", Map.of()));

    assertEquals(
        "annotation template beyond {{ $labels.x }} cannot be predicted: Ratio {{ $value }}",
        e.getMessage());
  }
}
