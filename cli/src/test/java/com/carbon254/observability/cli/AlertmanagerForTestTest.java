package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rewrite LiveAlertingTest applies, on a configuration shaped like a generated one. */
class AlertmanagerForTestTest {
  static final Map<String, String> TIMINGS =
      Map.of("group_wait", "1s", "group_interval", "1s", "repeat_interval", "1h");

  @Test
  void notifiersBecomeTestWebhooksAndTimingsShrinkWhereSet(@TempDir Path temp) throws Exception {
    JsonNode config =
        K8sManifests.YAML.readTree(
            """
            route:
              receiver: low-noise
              group_by: [alertname, service]
              group_wait: 30s
              routes:
                - receiver: pager
                  matchers: ['severity="page"']
                  repeat_interval: 1h30m
                - receiver: slack
                  matchers: ['severity="warn"']
            receivers:
              - name: pager
                pagerduty_configs: [{routing_key_file: /etc/secrets/pager}]
              - name: slack
                slack_configs: [{api_url_file: /etc/secrets/slack, channel: '#alerts'}]
              - name: low-noise
            inhibit_rules:
              - source_matchers: ['severity="page"']
                target_matchers: ['severity=~"warn|info"']
                equal: [service]
            """);
    JsonNode rewritten =
        AlertmanagerForTest.rewrite(
            config, name -> URI.create("http://127.0.0.1:1/" + name), TIMINGS);

    for (JsonNode receiver : rewritten.path("receivers")) {
      assertEquals(List.of("name", "webhook_configs"), List.copyOf(iterable(receiver)));
      assertEquals(
          "http://127.0.0.1:1/" + receiver.path("name").asText(),
          receiver.path("webhook_configs").get(0).path("url").asText());
    }
    JsonNode route = rewritten.path("route");
    assertEquals("1s", route.path("group_wait").asText());
    assertEquals("1h", route.path("repeat_interval").asText(), "the root route gets every timing");
    assertEquals("1h", route.path("routes").get(0).path("repeat_interval").asText());
    assertEquals(
        false,
        route.path("routes").get(0).has("group_wait"),
        "a child inherits what it does not set");
    assertEquals(false, route.path("routes").get(1).has("group_interval"));
    assertEquals(config.path("inhibit_rules"), rewritten.path("inhibit_rules"));
    assertEquals(config.path("route").path("group_by"), route.path("group_by"));
    assertEquals(
        "30s", config.path("route").path("group_wait").asText(), "the input is left alone");

    Path file = temp.resolve("alertmanager.yaml");
    K8sManifests.YAML.writeValue(file.toFile(), rewritten);
    Amtool.require().checkConfig(List.of(file)).assertOk();
  }

  @Test
  void refusesWhatIsNotAnAlertmanagerConfiguration() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AlertmanagerForTest.rewrite(
                K8sManifests.YAML.readTree("groups: []"),
                name -> URI.create("http://x/"),
                TIMINGS));
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
