package com.carbon254.observability.cli;

import com.carbon254.observability.bundles.access.GatewayMetrics;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A gateway's {@code /metrics}, in the test: {@code gateway_http_requests_total} of the access
 * bundle's catalog, growing at {@link #REQUESTS_PER_SECOND} with a fixed share of 5xx. Counts are
 * computed from the time since start, so every scrape sees a consistent rate.
 */
final class GatewayMetricsEndpoint implements AutoCloseable {
  static final int REQUESTS_PER_SECOND = 100;

  private final HttpServer server;
  private final long startNanos = System.nanoTime();
  private final BigDecimal errorRatio;

  /** {@code errorRatio}, e.g. {@code "0.05"}: the share of requests answered with a 500. */
  GatewayMetricsEndpoint(String errorRatio) {
    this.errorRatio = new BigDecimal(errorRatio);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/metrics", this::handle);
    server.start();
  }

  /** {@code host:port} for a scrape config. */
  String target() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - startNanos, 9);
    BigDecimal total = seconds.multiply(BigDecimal.valueOf(REQUESTS_PER_SECOND));
    BigDecimal errors = total.multiply(errorRatio);
    String name = GatewayMetrics.REQUESTS.name();
    String body =
        "# HELP "
            + name
            + " "
            + GatewayMetrics.REQUESTS.help()
            + "\n"
            + "# TYPE "
            + name
            + " counter\n"
            + series(name, "200", total.subtract(errors))
            + series(name, "500", errors);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String series(String name, String status, BigDecimal value) {
    return name
        + "{method=\"GET\",route=\"/api\",status=\""
        + status
        + "\"} "
        + value.setScale(3, RoundingMode.DOWN).toPlainString()
        + "\n";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
