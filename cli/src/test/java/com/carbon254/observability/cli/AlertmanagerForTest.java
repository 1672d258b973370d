package com.carbon254.observability.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns an Alertmanager configuration into the one a live test runs: the routing tree, grouping and
 * inhibition stay as written; every receiver's notifiers (webhook, Slack, PagerDuty...) are
 * replaced by one webhook to the test, and every group timing the configuration sets is shortened
 * (the root route's always, since Alertmanager's defaults would apply otherwise). Works the same on
 * a hand-written configuration and on a generated one.
 */
final class AlertmanagerForTest {
  private AlertmanagerForTest() {}

  static ObjectNode rewrite(
      JsonNode config, Function<String, URI> webhookOfReceiver, Map<String, String> timings) {
    ObjectNode copy = config.deepCopy();
    if (!copy.path("route").isObject() || !copy.path("receivers").isArray()) {
      throw new IllegalArgumentException(
          "not an Alertmanager configuration (no route or receivers): " + config);
    }
    for (JsonNode receiver : copy.path("receivers")) {
      ObjectNode node = (ObjectNode) receiver;
      List<String> notifiers = new ArrayList<>();
      node.fieldNames()
          .forEachRemaining(
              field -> {
                if (field.endsWith("_configs")) {
                  notifiers.add(field);
                }
              });
      node.remove(notifiers);
      node.putArray("webhook_configs")
          .addObject()
          .put("url", webhookOfReceiver.apply(node.path("name").asText()).toString())
          .put("send_resolved", false);
    }
    shorten((ObjectNode) copy.path("route"), true, new TreeMap<>(timings));
    return copy;
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
