package com.carbon254.observability.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The receiving ends of Alertmanager's notifiers, in the test: {@code POST /<receiver>} records the
 * notification under that receiver's name and answers as the real service does (PagerDuty's Events
 * API v2 with 202 and a JSON status, a Slack incoming webhook with {@code ok}). Binds to 127.0.0.1
 * on a port the system picks.
 */
final class WebhookReceivers implements AutoCloseable {
  /** One notification: which receiver's URL it hit and the JSON Alertmanager sent. */
  record Notification(String receiver, JsonNode payload) {
    /** A PagerDuty Events API v2 event (it carries the routing key). */
    boolean isPagerDuty() {
      return payload.has("routing_key");
    }

    /** A Slack incoming-webhook message. */
    boolean isSlack() {
      return payload.has("attachments");
    }

    /**
     * The names of the alerts in this notification: from the firing alerts PagerDuty's details
     * list, from the title of a Slack message (the generated title names the group's alert), from
     * the alerts of a plain webhook.
     */
    List<String> alertNames() {
      if (isPagerDuty()) {
        return pagerAlerts().stream().map(a -> a.labels().get("alertname")).toList();
      }
      if (isSlack()) {
        List<String> names = new ArrayList<>();
        for (JsonNode attachment : payload.path("attachments")) {
          Matcher title = SLACK_TITLE.matcher(attachment.path("title").asText());
          if (title.matches()) {
            names.add(title.group(1));
          }
        }
        return names;
      }
      return payload.path("alerts").findValuesAsText("alertname");
    }

    /**
     * The firing alerts of a PagerDuty event, as Alertmanager's default details list them ({@code
     * custom_details.firing}: "Labels:", " - name = value" lines, "Annotations:", ...).
     */
    List<PagerAlert> pagerAlerts() {
      String firing = payload.path("payload").path("custom_details").path("firing").asText();
      List<PagerAlert> alerts = new ArrayList<>();
      Map<String, String> labels = null;
      Map<String, String> annotations = null;
      Map<String, String> current = null;
      for (String line : firing.split("\n")) {
        if (line.equals("Labels:")) {
          labels = new TreeMap<>();
          annotations = new TreeMap<>();
          alerts.add(new PagerAlert(labels, annotations));
          current = labels;
        } else if (line.equals("Annotations:")) {
          current = annotations;
        } else if (line.startsWith(" - ") && current != null && line.contains(" = ")) {
          int equals = line.indexOf(" = ");
          current.put(line.substring(3, equals), line.substring(equals + 3));
        } else {
          current = null;
        }
      }
      return alerts;
    }
  }

  /** One firing alert of a PagerDuty event. */
  record PagerAlert(Map<String, String> labels, Map<String, String> annotations) {}

  /** The generated Slack title: {@code [FIRING] ALERT_NAME (severity)}. */
  static final Pattern SLACK_TITLE = Pattern.compile("\\[[A-Z]+\\] (\\S+) \\(.*\\)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Notification> received = new CopyOnWriteArrayList<>();

  WebhookReceivers() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL Alertmanager should post {@code receiver}'s notifications to. */
  URI url(String receiver) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + receiver);
  }

  /** Everything received so far, in arrival order. */
  List<Notification> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String receiver = exchange.getRequestURI().getPath().substring(1);
      Notification notification =
          new Notification(receiver, JSON.readTree(exchange.getRequestBody()));
      received.add(notification);
      byte[] body;
      if (notification.isPagerDuty()) {
        body =
            "{\"status\":\"success\",\"message\":\"Event processed\"}"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(202, body.length);
      } else {
        body = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
      }
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
