package com.carbon254.observability.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the generated Alertmanager configuration into the one a live test runs, changing only what
 * a test must: the routing tree, grouping, inhibition and every notifier with its templates stay as
 * generated; each PagerDuty notifier posts to the test's server ({@code url}) and reads its routing
 * key from a file the test writes, each Slack notifier reads its webhook URL (the test's server)
 * from a file the test writes, and every group timing the configuration sets is shortened (the root
 * route's always, since Alertmanager's defaults would apply otherwise).
 */
final class AlertmanagerForTest {
  private AlertmanagerForTest() {}

  /** The routing key the test writes for {@code receiver}'s PagerDuty notifier. */
  static String routingKey(String receiver) {
    return "live-test-routing-key-" + receiver;
  }

  /**
   * The rewritten configuration; the secret files it names are written into {@code secrets}, one
   * per receiver and notifier kind.
   */
  static ObjectNode rewrite(
      JsonNode config,
      Function<String, URI> urlOfReceiver,
      Path secrets,
      Map<String, String> timings) {
    ObjectNode copy = config.deepCopy();
    if (!copy.path("route").isObject() || !copy.path("receivers").isArray()) {
      throw new IllegalArgumentException(
          "not an Alertmanager configuration (no route or receivers): " + config);
    }
    for (JsonNode receiver : copy.path("receivers")) {
      String name = receiver.path("name").asText();
      receiver
          .fieldNames()
          .forEachRemaining(
              field -> {
                if (field.endsWith("_configs")
                    && !field.equals("pagerduty_configs")
                    && !field.equals("slack_configs")) {
                  throw new IllegalArgumentException(
                      "receiver " + name + ": the live test cannot receive " + field);
                }
              });
      for (JsonNode pager : receiver.path("pagerduty_configs")) {
        requireField(name, pager, "routing_key_file");
        ((ObjectNode) pager)
            .put("url", urlOfReceiver.apply(name).toString())
            .put(
                "routing_key_file",
                write(secrets.resolve(name + "-routing-key"), routingKey(name)).toString());
      }
      for (JsonNode slack : receiver.path("slack_configs")) {
        requireField(name, slack, "api_url_file");
        ((ObjectNode) slack)
            .put(
                "api_url_file",
                write(secrets.resolve(name + "-webhook-url"), urlOfReceiver.apply(name).toString())
                    .toString());
      }
    }
    shorten((ObjectNode) copy.path("route"), true, new TreeMap<>(timings));
    return copy;
  }

  /**
   * A notifier without its secret file would hold the secret inline, which the test must not keep.
   */
  private static void requireField(String receiver, JsonNode notifier, String field) {
    if (!notifier.hasNonNull(field)) {
      throw new IllegalArgumentException(
          "receiver " + receiver + ": notifier without " + field + ": " + notifier);
    }
  }

  private static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void shorten(ObjectNode route, boolean root, Map<String, String> timings) {
    timings.forEach(
        (field, value) -> {
          if (root || route.has(field)) {
            route.put(field, value);
          }
        });
    for (JsonNode child : route.path("routes")) {
      shorten((ObjectNode) child, false, timings);
    }
  }
}
