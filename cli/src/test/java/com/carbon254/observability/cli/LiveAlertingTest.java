package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.carbon254.observability.cli.WebhookReceivers.Notification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated rules in a real Prometheus, its alerts through a real Alertmanager, to webhook
 * receivers in the test: a gateway answering 5 % of its requests with a 500 must page, with the
 * labels and annotations of the generated rule; info alerts reach only their own receiver; a page
 * inhibits the warn and info alerts of its service.
 *
 * <p>The rule files are used as generated (the alert's {@code for: 2m} and its group's 1m interval
 * stay, so the page arrives 2 to 4 minutes after start); only this test's own Prometheus
 * configuration (1 s scrapes and evaluation of groups without an interval) and the Alertmanager
 * group timings are shortened. Prometheus, Alertmanager and both HTTP servers listen on 127.0.0.1
 * only, on ports picked at start; the processes are stopped by PID in {@link #stop()}, which runs
 * also when starting fails.
 *
 * <p>One assumption of this test is not in the rules: alerts carry {@code service}, which the
 * routing groups and inhibits by. The generated alerts aggregate {@code by (job)} and have no
 * {@code service} label, so this test's Prometheus copies {@code job} into {@code service} when an
 * alert has none ({@code alert_relabel_configs}).
 */
class LiveAlertingTest {
  /**
   * The routing under test. When the typed routing renders {@code configs/alertmanager.yaml}, this
   * becomes {@code generated.resolve("configs/alertmanager.yaml")}; nothing else changes.
   */
  static Path alertmanagerConfig() {
    return resource("live/alertmanager.yaml");
  }

  static final String PAGE = "ALERT_GATEWAY_HIGH_ERROR_RATE";
  static final String GATEWAY_RULE_FILE = "alerts/RED/gateway_red.yaml";
  static final String ERROR_RATIO = "0.05";

  /**
   * The page needs 2 samples, up to 1 min until its group first sees them, 2 min pending, 1 min
   * slack.
   */
  static final Duration PAGE_TIMEOUT = Duration.ofMinutes(5);

  static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  static final Duration ALERT_TIMEOUT = Duration.ofSeconds(60);

  /** Long enough for several group_wait + group_interval rounds of the shortened timings below. */
  static final Duration SETTLE = Duration.ofSeconds(6);

  /** Alertmanager's group timings in the test; no repeats, so every notification is a new one. */
  static final Map<String, String> TIMINGS =
      Map.of("group_wait", "1s", "group_interval", "1s", "repeat_interval", "1h");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Path generated;
  static final List<AutoCloseable> servers = new ArrayList<>();
  static final List<LocalProcess> processes = new ArrayList<>();
  static WebhookReceivers receivers;
  static URI alertmanagerUrl;
  static URI prometheusUrl;
  static long startNanos;
  static Notification page;

  @BeforeAll
  static void start() throws IOException {
    Path prometheusBinary = LocalProcess.requireBinary("prometheus");
    Path alertmanagerBinary = LocalProcess.requireBinary("alertmanager", "prometheus-alertmanager");
    startNanos = System.nanoTime();
    generated = GeneratedTrees.renderInto(temp);

    receivers = new WebhookReceivers();
    servers.add(receivers);
    GatewayMetricsEndpoint gateway = new GatewayMetricsEndpoint(ERROR_RATIO);
    servers.add(gateway);

    int alertmanagerPort = LocalProcess.freePort();
    alertmanagerUrl = URI.create("http://127.0.0.1:" + alertmanagerPort);
    Path amConfig = temp.resolve("alertmanager.yaml");
    K8sManifests.YAML.writeValue(
        amConfig.toFile(),
        AlertmanagerForTest.rewrite(
            K8sManifests.YAML.readTree(alertmanagerConfig().toFile()), receivers::url, TIMINGS));
    Files.createDirectories(temp.resolve("alertmanager-data"));
    processes.add(
        LocalProcess.start(
            "alertmanager",
            List.of(
                alertmanagerBinary.toString(),
                "--config.file=" + amConfig,
                "--storage.path=" + temp.resolve("alertmanager-data"),
                "--web.listen-address=127.0.0.1:" + alertmanagerPort,
                "--cluster.listen-address="), // no gossip port: nothing listens beyond 127.0.0.1
            temp,
            temp.resolve("alertmanager.log")));

    int prometheusPort = LocalProcess.freePort();
    prometheusUrl = URI.create("http://127.0.0.1:" + prometheusPort);
    Path promConfig = temp.resolve("prometheus.yaml");
    Files.writeString(
        promConfig, prometheusConfig(gateway.target(), alertmanagerPort), StandardCharsets.UTF_8);
    processes.add(
        LocalProcess.start(
            "prometheus",
            List.of(
                prometheusBinary.toString(),
                "--config.file=" + promConfig,
                "--storage.tsdb.path=" + temp.resolve("prometheus-data"),
                "--web.listen-address=127.0.0.1:" + prometheusPort),
            temp,
            temp.resolve("prometheus.log")));

    processes.get(0).awaitReady(alertmanagerUrl.resolve("/-/ready"), READY_TIMEOUT);
    processes.get(1).awaitReady(prometheusUrl.resolve("/-/ready"), READY_TIMEOUT);
    JsonNode rules = get(prometheusUrl.resolve("/api/v1/rules"));
    assertTrue(
        rules.toString().contains("\"name\":\"" + PAGE + "\""),
        "Prometheus did not load " + PAGE + " from the generated rule files:\n" + rules);
  }

  @AfterAll
  static void stop() {
    try {
      LocalProcess.stopAll(processes);
    } finally {
      for (AutoCloseable server : servers) {
        try {
          server.close();
        } catch (Exception e) {
          // An HTTP server that fails to stop does not outlive the test JVM.
        }
      }
      System.err.printf(
          "LiveAlertingTest: %d s from start to stop%n",
          Duration.ofNanos(System.nanoTime() - startNanos).toSeconds());
    }
  }

  @Test
  void gatewayErrorRatePagesWithTheGeneratedLabelsAndAnnotations() throws IOException {
    Notification notification = awaitPage();
    assertEquals("pager", notification.payload().path("receiver").asText());
    assertEquals("firing", notification.payload().path("status").asText());
    assertEquals(
        Map.of("alertname", PAGE, "service", "gateway"),
        JSON.convertValue(notification.payload().path("groupLabels"), Map.class),
        "grouped by alert name and service");
    JsonNode alert = notification.payload().path("alerts").get(0);
    assertEquals(
        Map.of("alertname", PAGE, "severity", "page", "job", "gateway", "service", "gateway"),
        JSON.convertValue(alert.path("labels"), Map.class));

    JsonNode rule = generatedRule(PAGE);
    JsonNode annotations = rule.path("annotations");
    assertEquals(
        annotations.path("summary").asText(), alert.path("annotations").path("summary").asText());
    assertEquals(
        annotations.path("runbook_url").asText(),
        alert.path("annotations").path("runbook_url").asText());
    String description = annotations.path("description").asText();
    assertTrue(
        description.contains("{{ $labels.job }}"),
        "the rule's description no longer names the job: " + description);
    assertEquals(
        description.replace("{{ $labels.job }}", "gateway"),
        alert.path("annotations").path("description").asText(),
        "the description, with Prometheus' template expanded");
    assertEquals(
        java.util.Set.of("summary", "description", "runbook_url"),
        JSON.convertValue(alert.path("annotations"), Map.class).keySet());
    assertEquals("2m", rule.path("for").asText(), "the test must use the generated rule unchanged");

    for (Notification other : receivers.received()) {
      if (other.alertNames().contains(PAGE)) {
        assertEquals("pager", other.receiver(), "the page also went to " + other.receiver());
      }
    }
  }

  @Test
  void infoAndWarnAlertsReachOnlyTheirOwnReceiver() {
    awaitNotification("low-noise", "ALERT_LIVETEST_BILLING_INFO", ALERT_TIMEOUT);
    awaitNotification("slack", "ALERT_LIVETEST_BILLING_WARN", ALERT_TIMEOUT);
    LocalProcess.sleep(SETTLE);
    for (Notification notification : receivers.received()) {
      if (notification.alertNames().contains("ALERT_LIVETEST_BILLING_INFO")) {
        assertEquals(
            "low-noise",
            notification.receiver(),
            "the info alert went to " + notification.receiver());
      }
      if (notification.alertNames().contains("ALERT_LIVETEST_BILLING_WARN")) {
        assertEquals(
            "slack", notification.receiver(), "the warn alert went to " + notification.receiver());
      }
    }
  }

  /**
   * The gateway's warn and info alerts fire only once its page fires; Alertmanager then holds them
   * inhibited, and no receiver hears of them, while the other service's alerts of the same
   * severities are delivered (so the silence is the inhibition, not a broken route).
   */
  @Test
  void aPageInhibitsTheWarnAndInfoAlertsOfItsServiceOnly() throws IOException {
    awaitPage();
    for (String inhibited : List.of("ALERT_LIVETEST_GATEWAY_WARN", "ALERT_LIVETEST_GATEWAY_INFO")) {
      JsonNode alert =
          await(
              ALERT_TIMEOUT,
              () -> alertmanagerAlert(inhibited),
              () ->
                  inhibited
                      + " never reached Alertmanager; Prometheus log:\n"
                      + processes.get(1).logTail());
      assertEquals(
          "suppressed", alert.path("status").path("state").asText(), inhibited + ": " + alert);
      assertFalse(
          alert.path("status").path("inhibitedBy").isEmpty(),
          inhibited + " is not inhibited: " + alert);
      assertEquals("gateway", alert.path("labels").path("service").asText());
    }
    LocalProcess.sleep(SETTLE);
    for (Notification notification : receivers.received()) {
      for (String name : notification.alertNames()) {
        assertFalse(
            name.startsWith("ALERT_LIVETEST_GATEWAY_"),
            name
                + " reached "
                + notification.receiver()
                + " although the gateway's page inhibits it");
      }
    }
    awaitNotification("slack", "ALERT_LIVETEST_BILLING_WARN", ALERT_TIMEOUT);
    awaitNotification("low-noise", "ALERT_LIVETEST_BILLING_INFO", ALERT_TIMEOUT);
  }

  // -----------------------------------------------------------------------------------------------

  /** Every generated rule file, and the test's own, into a Prometheus that scrapes the gateway. */
  static String prometheusConfig(String gatewayTarget, int alertmanagerPort) throws IOException {
    List<Path> ruleFiles = new ArrayList<>();
    for (String folder : List.of("alerts", "k8s/prometheus/rules")) {
      try (Stream<Path> walk = Files.walk(generated.resolve(folder))) {
        walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(ruleFiles::add);
      }
    }
    assertTrue(
        ruleFiles.contains(generated.resolve(GATEWAY_RULE_FILE)), "rule files: " + ruleFiles);
    ruleFiles.add(resource("live/test-only-rules.yaml"));
    ObjectNode config = JSON.createObjectNode();
    config.putObject("global").put("scrape_interval", "1s").put("evaluation_interval", "1s");
    ArrayNode files = config.putArray("rule_files");
    ruleFiles.forEach(file -> files.add(file.toString()));
    ObjectNode alerting = config.putObject("alerting");
    ObjectNode serviceFromJob = alerting.putArray("alert_relabel_configs").addObject();
    serviceFromJob.putArray("source_labels").add("service").add("job");
    serviceFromJob.put("regex", ";(.+)").put("target_label", "service").put("replacement", "$1");
    alerting
        .putArray("alertmanagers")
        .addObject()
        .putArray("static_configs")
        .addObject()
        .putArray("targets")
        .add("127.0.0.1:" + alertmanagerPort);
    ObjectNode scrape = config.putArray("scrape_configs").addObject();
    scrape.put("job_name", "gateway");
    scrape.putArray("static_configs").addObject().putArray("targets").add(gatewayTarget);
    return K8sManifests.YAML.writeValueAsString(config);
  }

  static synchronized Notification awaitPage() {
    if (page == null) {
      page = awaitNotification("pager", PAGE, PAGE_TIMEOUT);
      System.err.printf(
          "LiveAlertingTest: %s reached the pager %d s after start%n",
          PAGE, Duration.ofNanos(System.nanoTime() - startNanos).toSeconds());
    }
    return page;
  }

  static Notification awaitNotification(String receiver, String alertName, Duration timeout) {
    return await(
        timeout,
        () ->
            receivers.received().stream()
                .filter(n -> n.receiver().equals(receiver) && n.alertNames().contains(alertName))
                .findFirst(),
        () ->
            alertName
                + " did not reach "
                + receiver
                + " within "
                + timeout.toSeconds()
                + " s; received: "
                + receivers.received().stream()
                    .map(n -> n.receiver() + " " + n.alertNames())
                    .toList()
                + "\nPrometheus alerts: "
                + safeGet(prometheusUrl.resolve("/api/v1/alerts"))
                + "\nPrometheus log:\n"
                + processes.get(1).logTail()
                + "\nAlertmanager log:\n"
                + processes.get(0).logTail());
  }

  /** Polls every 500 ms until {@code probe} finds something, at most {@code timeout}. */
  static <T> T await(Duration timeout, Supplier<Optional<T>> probe, Supplier<String> onTimeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (LocalProcess process : processes) {
        if (!process.isAlive()) {
          fail(process + " exited; its log:\n" + process.logTail());
        }
      }
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        return fail(onTimeout.get());
      }
      LocalProcess.sleep(Duration.ofMillis(500));
    }
  }

  /** The alert of that name as Alertmanager holds it, with its status (suppressed, inhibitedBy). */
  static Optional<JsonNode> alertmanagerAlert(String alertName) {
    String filter = URLEncoder.encode("alertname=\"" + alertName + "\"", StandardCharsets.UTF_8);
    JsonNode alerts;
    try {
      alerts = get(alertmanagerUrl.resolve("/api/v2/alerts?inhibited=true&filter=" + filter));
    } catch (IOException e) {
      return Optional.empty();
    }
    return alerts.isArray() && alerts.size() > 0 ? Optional.of(alerts.get(0)) : Optional.empty();
  }

  static JsonNode generatedRule(String alertName) throws IOException {
    JsonNode file = K8sManifests.YAML.readTree(generated.resolve(GATEWAY_RULE_FILE).toFile());
    for (JsonNode group : file.path("groups")) {
      for (Iterator<JsonNode> rules = group.path("rules").elements(); rules.hasNext(); ) {
        JsonNode rule = rules.next();
        if (rule.path("alert").asText().equals(alertName)) {
          return rule;
        }
      }
    }
    return fail(alertName + " is not in " + GATEWAY_RULE_FILE);
  }

  static JsonNode get(URI url) throws IOException {
    try {
      HttpResponse<InputStream> response =
          LocalProcess.HTTP.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException(url + ": HTTP " + response.statusCode());
        }
        JsonNode json = JSON.readTree(body);
        return json.has("data") && json.has("status") ? json.path("data") : json;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String safeGet(URI url) {
    try {
      return get(url).toString();
    } catch (IOException e) {
      return "(" + e.getMessage() + ")";
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(LiveAlertingTest.class.getClassLoader().getResource(name).toURI());
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource " + name + " not found", e);
    }
  }
}
