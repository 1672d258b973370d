package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A long-running tool (Prometheus, Alertmanager) started by a test on 127.0.0.1: its output goes to
 * a log file, and it is stopped by its PID, first politely, then for sure. A JVM shutdown hook
 * stops it too, so that a test run killed from outside leaves no process behind.
 */
final class LocalProcess implements AutoCloseable {
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final long pid;
  private final ProcessHandle handle;
  private final Path log;
  private final Thread shutdownHook;

  private LocalProcess(String name, Process process, Path log) {
    this.name = name;
    this.pid = process.pid();
    this.handle = process.toHandle();
    this.log = log;
    this.shutdownHook = new Thread(this::stop, "stop " + name + " (pid " + pid + ")");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts {@code command} with no stdin and its output in {@code log}, in {@code directory}. */
  static LocalProcess start(String name, List<String> command, Path directory, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.directory(directory.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().put("TZ", "UTC");
    try {
      return new LocalProcess(name, builder.start(), log);
    } catch (IOException e) {
      return fail(
          "cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
    }
  }

  /**
   * The first of {@code names} on PATH, or a failed (on CI) or aborted (elsewhere, with a warning)
   * test, with the same policy as {@link Promtool#require()}.
   */
  static Path requireBinary(String... names) {
    Optional<Path> found = Optional.empty();
    for (String candidate : names) {
      found = Promtool.onPath(candidate);
      if (found.isPresent()) {
        break;
      }
    }
    return Promtool.requireTool(String.join(" or ", names), found, System.getenv("CI"), System.err);
  }

  /** A TCP port that was free on 127.0.0.1 a moment ago. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long pid() {
    return pid;
  }

  boolean isAlive() {
    return handle.isAlive();
  }

  /**
   * Waits, at most {@code timeout}, until {@code url} answers 200; fails with the log otherwise.
   */
  void awaitReady(URI url, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!isAlive()) {
        fail(name + " (pid " + pid + ") exited before it was ready; its log:\n" + logTail());
      }
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for " + name);
      }
      sleep(Duration.ofMillis(250));
    }
    fail(
        name
            + " not ready at "
            + url
            + " within "
            + timeout.toSeconds()
            + " s ("
            + last
            + "); its log:\n"
            + logTail());
  }

  /** The last lines of the log, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** SIGTERM to the PID, up to {@link #STOP_GRACE} to exit, then SIGKILL. Safe to call twice. */
  void stop() {
    if (handle.isAlive()) {
      handle.destroy();
      try {
        handle.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        handle.destroyForcibly();
      }
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and runs the hook itself.
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static java.io.File nullDevice() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    return new java.io.File(windows ? "NUL" : "/dev/null");
  }

  @Override
  public String toString() {
    return name + " (pid " + pid + ")";
  }

  /** Stops every process given, each by its PID, even when stopping one of them throws. */
  static void stopAll(List<LocalProcess> processes) {
    List<RuntimeException> failures = new ArrayList<>();
    for (LocalProcess process : processes) {
      try {
        process.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
