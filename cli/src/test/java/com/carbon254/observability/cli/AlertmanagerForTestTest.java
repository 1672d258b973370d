package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.delivery.AlertmanagerConfig;
import com.carbon254.observability.dsl.delivery.PlatformDelivery;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rewrite LiveAlertingTest applies, on the generated configuration. */
class AlertmanagerForTestTest {
  static final Map<String, String> TIMINGS =
      Map.of("group_wait", "1s", "group_interval", "1s", "repeat_interval", "1h");

  @Test
  void onlyUrlsSecretFilesAndTimingsChange(@TempDir Path temp) throws Exception {
    JsonNode config =
        K8sManifests.YAML.readTree(
            Documents.yaml(AlertmanagerConfig.render(PlatformDelivery.ROUTING)));
    Path secrets = temp.resolve("secrets");
    JsonNode rewritten =
        AlertmanagerForTest.rewrite(
            config, name -> URI.create("http://127.0.0.1:1/" + name), secrets, TIMINGS);

    JsonNode pager = rewritten.at("/receivers/0/pagerduty_configs/0");
    assertEquals("http://127.0.0.1:1/pager", pager.path("url").asText());
    Path routingKey = Path.of(pager.path("routing_key_file").asText());
    assertEquals(secrets, routingKey.getParent());
    assertEquals(
        AlertmanagerForTest.routingKey("pager"),
        Files.readString(routingKey, StandardCharsets.UTF_8));
    assertEquals(
        config.at("/receivers/0/pagerduty_configs/0/description"),
        pager.path("description"),
        "the generated template stays");
    JsonNode slack = rewritten.at("/receivers/1/slack_configs/0");
    assertEquals(
        "http://127.0.0.1:1/slack",
        Files.readString(Path.of(slack.path("api_url_file").asText()), StandardCharsets.UTF_8));
    assertEquals(config.at("/receivers/1/slack_configs/0/title"), slack.path("title"));

    JsonNode route = rewritten.path("route");
    assertEquals("1s", route.path("group_wait").asText());
    assertEquals("1h", route.path("repeat_interval").asText(), "the root route gets every timing");
    for (JsonNode child : route.path("routes")) {
      assertEquals("1s", child.path("group_interval").asText());
    }
    assertEquals(config.path("inhibit_rules"), rewritten.path("inhibit_rules"));
    assertEquals(config.path("route").path("group_by"), route.path("group_by"));
    assertEquals(
        config.at("/route/routes/0/matchers"), route.at("/routes/0/matchers"), "routing stays");

    Path file = temp.resolve("alertmanager.yaml");
    K8sManifests.YAML.writeValue(file.toFile(), rewritten);
    Amtool.require().checkConfig(List.of(file)).assertOk();
  }

  @Test
  void refusesWhatIsNotAnAlertmanagerConfigurationOrANotifierItCannotReceive(@TempDir Path temp) {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AlertmanagerForTest.rewrite(
                K8sManifests.YAML.readTree("groups: []"),
                name -> URI.create("http://x/"),
                temp,
                TIMINGS));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AlertmanagerForTest.rewrite(
                K8sManifests.YAML.readTree(
                    "route: {receiver: a}\nreceivers: [{name: a, email_configs: [{to: x@y}]}]"),
                name -> URI.create("http://x/"),
                temp,
                TIMINGS));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AlertmanagerForTest.rewrite(
                K8sManifests.YAML.readTree(
                    "route: {receiver: a}\n"
                        + "receivers: [{name: a, pagerduty_configs: [{routing_key: inline}]}]"),
                name -> URI.create("http://x/"),
                temp,
                TIMINGS));
  }
}
