package com.carbon254.observability.dsl.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRoutingTest {
  private static final AlertRouting.Timing FAST = AlertRouting.Timing.of("10s", "5m", "1h");

  private static List<String> messages(AlertRouting.Builder builder) {
    RuntimeException thrown = assertThrows(RuntimeException.class, builder::build);
    if (thrown instanceof DefinitionErrors errors) {
      return errors.errors().stream().map(DefinitionException::getMessage).toList();
    }
    return List.of(thrown.getMessage());
  }

  @Test
  void thePlatformRoutesEachSeverityToItsOwnReceiverAndFallsBackToTheTeamChannel() {
    JsonNode config = AlertmanagerConfig.render(PlatformDelivery.ROUTING);

    assertEquals("slack", config.at("/route/receiver").asText());
    assertEquals("[\"alertname\",\"service\"]", config.at("/route/group_by").toString());
    JsonNode routes = config.at("/route/routes");
    assertEquals("pager", routes.get(0).get("receiver").asText());
    assertEquals("[\"severity=\\\"page\\\"\"]", routes.get(0).get("matchers").toString());
    assertEquals("10s", routes.get(0).get("group_wait").asText());
    assertEquals("slack", routes.get(1).get("receiver").asText());
    assertEquals("low-noise", routes.get(2).get("receiver").asText());
    assertEquals("1d", routes.get(2).get("repeat_interval").asText());
    assertEquals(
        List.of(
            new AlertmanagerConfig.RouteCase(Map.of("severity", "page"), "pager"),
            new AlertmanagerConfig.RouteCase(Map.of("severity", "warn"), "slack"),
            new AlertmanagerConfig.RouteCase(Map.of("severity", "info"), "low-noise"),
            new AlertmanagerConfig.RouteCase(Map.of("severity", "critical"), "slack")),
        AlertmanagerConfig.routeCases(PlatformDelivery.ROUTING));
  }

  @Test
  void aPageInhibitsTheWarnAndInfoAlertsOfTheSameService() {
    JsonNode rule = AlertmanagerConfig.render(PlatformDelivery.ROUTING).at("/inhibit_rules/0");

    assertEquals(
        "[\"severity=\\\"page\\\"\",\"service!=\\\"\\\"\"]",
        rule.get("source_matchers").toString(),
        "a page without a service label must inhibit nothing");
    assertEquals("[\"severity=~\\\"warn|info\\\"\"]", rule.get("target_matchers").toString());
    assertEquals("[\"service\"]", rule.get("equal").toString());
  }

  @Test
  void receiversReadEveryCredentialFromAMountedSecretFile() {
    String yaml = Documents.yaml(AlertmanagerConfig.render(PlatformDelivery.ROUTING));

    assertEquals(
        true,
        yaml.contains(
            "routing_key_file: /etc/alertmanager/secrets/alertmanager-receivers/pager-routing-key\n"));
    assertEquals(
        true,
        yaml.contains(
            "api_url_file: /etc/alertmanager/secrets/alertmanager-receivers/slack-webhook-url\n"));
    assertEquals(
        true,
        yaml.contains(
            "api_url_file: /etc/alertmanager/secrets/alertmanager-receivers/low-noise-url\n"));
    assertEquals(false, yaml.contains("api_url:"));
    assertEquals(false, yaml.contains("routing_key:"));
  }

  @Test
  void theTestScriptChecksTheConfigAndEveryRoute() {
    String script = AlertmanagerConfig.testScript(PlatformDelivery.ROUTING);

    assertEquals(true, script.startsWith("#!/bin/sh\n"));
    assertEquals(true, script.contains("amtool check-config \"$config\"\n"));
    assertEquals(
        true,
        script.contains(
            "amtool config routes test --config.file=\"$config\" --verify.receivers=low-noise severity=info\n"));
  }

  @Test
  void everyProblemOfARoutingIsReportedAtOnce() {
    Receiver pager = PlatformDelivery.PAGER;
    Receiver otherPager =
        Receiver.slack("pager", SecretFile.alertmanager("alertmanager-receivers", "other"));
    List<String> messages =
        messages(
            AlertRouting.builder()
                .groupBy("alertname", "alertname")
                .route(Severity.PAGE, pager, FAST)
                .route(Severity.PAGE, pager, FAST)
                .route(Severity.WARN, otherPager, AlertRouting.Timing.of("10m", "5m", "1m"))
                .inhibit(Severity.PAGE, List.of(Severity.PAGE)));

    assertEquals(
        List.of(
            "route 'page': is routed twice; keep one route per severity",
            "route 'info': severity info has no route; add .route(Severity.INFO, receiver, timing)",
            "alert routing: group_by must list distinct labels, as in alertname, service",
            "alert routing: has no fallback receiver; add .fallback(receiver)",
            "receiver 'pager': two different receivers share this name; rename one",
            "route 'warn': group_interval 5m is shorter than group_wait 10m; a group's updates should not come faster"
                + " than its first notification",
            "route 'warn': repeat_interval 1m is shorter than group_interval 5m; Alertmanager repeats only at"
                + " group_interval boundaries",
            "inhibition of [PAGE] by PAGE: must silence other severities than its source; an alert would silence itself",
            "inhibition of [PAGE] by PAGE: names no equal labels, so any page would silence every other alert; add e.g."
                + " \"service\""),
        messages);
  }

  @Test
  void secretFilesAreMountedPathsOfValidSecretKeys() {
    assertEquals(
        "/etc/alertmanager/secrets/alertmanager-receivers/pager-routing-key",
        SecretFile.alertmanager("alertmanager-receivers", "pager-routing-key").path());
    assertThrows(IllegalArgumentException.class, () -> SecretFile.alertmanager("Receivers", "key"));
    assertThrows(IllegalArgumentException.class, () -> SecretFile.alertmanager("receivers", "a/b"));
  }
}
