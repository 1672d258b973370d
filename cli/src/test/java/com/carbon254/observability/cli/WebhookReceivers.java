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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Alertmanager's webhook receivers, in the test: {@code POST /<receiver>} records the notification
 * under that receiver's name. Binds to 127.0.0.1 on a port the system picks.
 */
final class WebhookReceivers implements AutoCloseable {
  /** One webhook call: which receiver's URL it hit and the JSON Alertmanager sent. */
  record Notification(String receiver, JsonNode payload) {
    /** The names of the alerts in this notification. */
    List<String> alertNames() {
      return payload.path("alerts").findValuesAsText("alertname");
    }
  }

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
      received.add(new Notification(receiver, JSON.readTree(exchange.getRequestBody())));
      exchange.sendResponseHeaders(200, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
