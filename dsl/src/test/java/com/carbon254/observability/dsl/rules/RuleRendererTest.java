package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.rules.GatewayRules.ALERT_NAME;
import static com.carbon254.observability.dsl.rules.GatewayRules.DESCRIPTION;
import static com.carbon254.observability.dsl.rules.GatewayRules.ERRORS_PROMQL;
import static com.carbon254.observability.dsl.rules.GatewayRules.SUMMARY;
import static com.carbon254.observability.dsl.rules.GatewayRules.TOTAL_PROMQL;
import static com.carbon254.observability.dsl.rules.GatewayRules.errorRatio;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.render.Documents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class RuleRendererTest {
  private static final String RUNBOOK_URL =
      "https://github.com/254carbon/254carbon-observability/blob/main/generated/docs/runbooks/gateway-high-error-rate.md";

  private static RuleGroup gatewayRed() {
    return RuleGroup.named("gateway-red").rule(errorRatio()).rule(GatewayRules.alert()).build();
  }

  private static String yaml(List<RuleGroup> groups) {
    return Documents.yaml(RuleRenderer.file(groups, ExampleSite.SITE));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rulesOf(Object parsed, int group) {
    List<Map<String, Object>> groups =
        (List<Map<String, Object>>) ((Map<String, Object>) parsed).get("groups");
    return (List<Map<String, Object>>) groups.get(group).get("rules");
  }

  @Test
  void groupWithARecordingAndAnAlertReadsBackAsPrometheusRules() {
    Map<String, Object> recording = new LinkedHashMap<>();
    recording.put("record", "route:gateway_http_requests:error_ratio_rate5m");
    recording.put("expr", ERRORS_PROMQL + " / " + TOTAL_PROMQL);
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put("summary", SUMMARY);
    annotations.put("description", DESCRIPTION);
    annotations.put("runbook_url", RUNBOOK_URL);
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("alert", ALERT_NAME);
    alert.put("expr", "route:gateway_http_requests:error_ratio_rate5m > 0.02");
    alert.put("for", "5m");
    alert.put("labels", Map.of("service", "gateway", "severity", "page", "team", "gateway"));
    alert.put("annotations", annotations);
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("name", "gateway-red");
    group.put("interval", "1m");
    group.put("rules", List.of(recording, alert));

    assertEquals(Map.of("groups", List.of(group)), new Yaml().load(yaml(List.of(gatewayRed()))));
  }

  @Test
  void keysAreInTheOrderPrometheusDocumentsThem() {
    List<Map<String, Object>> rules = rulesOf(new Yaml().load(yaml(List.of(gatewayRed()))), 0);

    assertEquals(List.of("record", "expr"), List.copyOf(rules.get(0).keySet()));
    assertEquals(
        List.of("alert", "expr", "for", "labels", "annotations"),
        List.copyOf(rules.get(1).keySet()));
    assertEquals(
        List.of("summary", "description", "runbook_url"),
        List.copyOf(((Map<?, ?>) rules.get(1).get("annotations")).keySet()));
  }

  @Test
  void exactText() {
    assertEquals(
        "groups:\n"
            + "  - name: gateway-red\n"
            + "    interval: 1m\n"
            + "    rules:\n"
            + "      - record: route:gateway_http_requests:error_ratio_rate5m\n"
            + "        expr: "
            + ERRORS_PROMQL
            + " / "
            + TOTAL_PROMQL
            + "\n"
            + "      - alert: ALERT_GATEWAY_HIGH_ERROR_RATE\n"
            + "        expr: route:gateway_http_requests:error_ratio_rate5m > 0.02\n"
            + "        for: 5m\n"
            + "        labels:\n"
            + "          service: gateway\n"
            + "          severity: page\n"
            + "          team: gateway\n"
            + "        annotations:\n"
            + "          summary: "
            + SUMMARY
            + "\n"
            + "          description: "
            + DESCRIPTION
            + "\n"
            + "          runbook_url: "
            + RUNBOOK_URL
            + "\n",
        yaml(List.of(gatewayRed())));
  }

  @Test
  void alertWithoutPendingPeriodHasNoForKey() {
    RuleGroup group =
        RuleGroup.named("gateway-red")
            .rule(
                com.carbon254.observability.dsl.rules.Alert.named(ALERT_NAME)
                    .when(GatewayRules.condition())
                    .severity(Severity.WARN)
                    .service("gateway")
                    .summary(SUMMARY)
                    .description(DESCRIPTION)
                    .runbook(GatewayRules.RUNBOOK)
                    .scenario(GatewayRules.fires())
                    .scenario(GatewayRules.quiet()))
            .build();

    Map<String, Object> alert = rulesOf(new Yaml().load(yaml(List.of(group))), 0).get(0);

    assertEquals(List.of("alert", "expr", "labels", "annotations"), List.copyOf(alert.keySet()));
    assertEquals(Map.of("service", "gateway", "severity", "warn"), alert.get("labels"));
  }

  @Test
  void recordingLabelsStayStrings() {
    RuleGroup group =
        RuleGroup.named("gateway-recordings").rule(errorRatio().label("quantile", "0.95")).build();
    String text = yaml(List.of(group));

    assertEquals(
        Map.of("quantile", "0.95"), rulesOf(new Yaml().load(text), 0).get(0).get("labels"));
    assertEquals(true, text.contains("          quantile: \"0.95\"\n"), text);
  }

  @Test
  void groupsKeepTheirOrder() {
    RuleGroup second =
        RuleGroup.named("a-second")
            .interval("30s")
            .rule(errorRatio().label("window", "short"))
            .build();
    Map<?, ?> parsed = new Yaml().load(yaml(List.of(gatewayRed(), second)));

    List<?> groups = (List<?>) parsed.get("groups");
    assertEquals("gateway-red", ((Map<?, ?>) groups.get(0)).get("name"));
    assertEquals("a-second", ((Map<?, ?>) groups.get(1)).get("name"));
    assertEquals("30s", ((Map<?, ?>) groups.get(1)).get("interval"));
  }
}
