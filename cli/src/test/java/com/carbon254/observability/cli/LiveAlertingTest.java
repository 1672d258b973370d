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
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated rules in a real Prometheus, its alerts through a real Alertmanager running the
 * generated configuration, to the notifiers' receiving ends in the test: a gateway answering 5 % of
 * its requests with a 500 must page (PagerDuty's Events API, with the routing key read from the
 * file the configuration names), with the labels and annotations of the generated rule; warn and
 * info alerts reach only their own Slack receiver; a page inhibits the warn and info alerts of its
 * service, and only of its service.
 *
 * <p>The rule files and {@code configs/alertmanager.yaml} are used as generated (the alert's {@code
 * for: 2m} and its group's 1m interval stay, so the page arrives 2 to 4 minutes after start). The
 * test's own copy changes only what a test must (see {@link AlertmanagerForTest}): the notifiers'
 * URLs point at the test's server, their secret files are files the test writes, the group timings
 * are shortened; its Prometheus scrapes and evaluates every second. Prometheus, Alertmanager and
 * both HTTP servers listen on 127.0.0.1 only, on ports picked at start; the processes are stopped
 * by PID in {@link #stop()}, which runs also when starting fails.
 *
 * <p>The routing groups and inhibits by {@code service}. The gateway's alert carries it when its
 * rule sets it; until then this test's Prometheus copies {@code job} into {@code service} for
 * alerts without one ({@code alert_relabel_configs}), and the test's own alerts of the gateway take
 * the value the page carries ({@link #pageService()}), so the test holds either way.
 */
class LiveAlertingTest {
  /** The routing under test, as generated. */
  static Path alertmanagerConfig() {
    return generated.resolve("configs/alertmanager.yaml");
  }

  static final String PAGE = "ALERT_GATEWAY_HIGH_ERROR_RATE";
  static final String GATEWAY_RULE_FILE = "alerts/RED/gateway_red.yaml";
  static final String ERROR_RATIO = "0.05";
  static final String GATEWAY_JOB = "gateway";

  /** Another service, whose warn and info alerts no gateway page may silence. */
  static final String OTHER_SERVICE = "billing";

  static final String BILLING_INFO = "ALERT_LIVETEST_BILLING_INFO";
  static final String BILLING_WARN = "ALERT_LIVETEST_BILLING_WARN";

  /** Carries the gateway's job but another service: equal on service must let it through. */
  static final String BILLING_ON_GATEWAY_JOB_WARN = "ALERT_LIVETEST_BILLING_ON_GATEWAY_JOB_WARN";

  /** The gateway's service but no job: equal on service alone must silence them. */
  static final String GATEWAY_WARN = "ALERT_LIVETEST_GATEWAY_WARN";

  static final String GATEWAY_INFO = "ALERT_LIVETEST_GATEWAY_INFO";

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
            K8sManifests.YAML.readTree(alertmanagerConfig().toFile()),
            receivers::url,
            temp.resolve("secrets"),
            TIMINGS));
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
    JsonNode rule = generatedRule(PAGE);
    JsonNode ruleAnnotations = rule.path("annotations");
    assertEquals("2m", rule.path("for").asText(), "the test must use the generated rule unchanged");
    String description = ruleAnnotations.path("description").asText();
    assertTrue(
        description.contains("{{ $labels.job }}"),
        "the rule's description no longer names the job: " + description);

    Map<String, String> labels = new TreeMap<>();
    rule.path("labels")
        .fields()
        .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    labels.put("alertname", PAGE);
    labels.put("job", GATEWAY_JOB);
    labels.put("service", pageService());
    Map<String, String> annotations = new TreeMap<>();
    ruleAnnotations
        .fields()
        .forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
    annotations.put("description", description.replace("{{ $labels.job }}", GATEWAY_JOB));

    // What PagerDuty receives: the key from the secret file, the generated description template.
    assertTrue(notification.isPagerDuty(), "not a PagerDuty event: " + notification.payload());
    assertEquals(
        AlertmanagerForTest.routingKey("pager"),
        notification.payload().path("routing_key").asText(),
        "the routing key is the content of routing_key_file");
    assertEquals("trigger", notification.payload().path("event_action").asText());
    assertEquals(
        PAGE + ": " + ruleAnnotations.path("summary").asText(),
        notification.payload().path("payload").path("summary").asText());
    List<WebhookReceivers.PagerAlert> paged = notification.pagerAlerts();
    assertEquals(1, paged.size(), "firing alerts: " + paged);
    assertEquals(labels, paged.get(0).labels(), "the page's labels");
    assertEquals(annotations, paged.get(0).annotations(), "the page's annotations, expanded");

    // How Alertmanager grouped it: by alert name and service.
    JsonNode group =
        await(ALERT_TIMEOUT, () -> alertGroup(PAGE), () -> PAGE + " is in no Alertmanager group");
    assertEquals(
        Map.of("alertname", PAGE, "service", pageService()),
        JSON.convertValue(group.path("labels"), Map.class),
        "grouped by alert name and service");

    for (Notification other : receivers.received()) {
      if (other.alertNames().contains(PAGE)) {
        assertEquals("pager", other.receiver(), "the page also went to " + other.receiver());
      }
    }
  }

  @Test
  void infoAndWarnAlertsReachOnlyTheirOwnReceiver() {
    Notification info = awaitNotification("low-noise", BILLING_INFO, ALERT_TIMEOUT);
    Notification warn = awaitNotification("slack", BILLING_WARN, ALERT_TIMEOUT);
    assertTrue(info.isSlack() && warn.isSlack(), "Slack messages, through api_url_file");
    assertEquals(
        "[FIRING] " + BILLING_WARN + " (warn)",
        warn.payload().path("attachments").get(0).path("title").asText());
    LocalProcess.sleep(SETTLE);
    for (Notification notification : receivers.received()) {
      if (notification.alertNames().contains(BILLING_INFO)) {
        assertEquals(
            "low-noise",
            notification.receiver(),
            "the info alert went to " + notification.receiver());
      }
      if (notification.alertNames().contains(BILLING_WARN)) {
        assertEquals(
            "slack", notification.receiver(), "the warn alert went to " + notification.receiver());
      }
    }
  }

  /**
   * The gateway's warn and info alerts (its service, no job) fire only once its page fires;
   * Alertmanager then holds them inhibited, and no receiver hears of them. A warn alert with the
   * gateway's job but another service is delivered, as are the other service's alerts: the
   * inhibition is equal on service, and the silence is the inhibition, not a broken route.
   */
  @Test
  void aPageInhibitsTheWarnAndInfoAlertsOfItsServiceOnly() throws IOException {
    awaitPage();
    for (String inhibited : List.of(GATEWAY_WARN, GATEWAY_INFO)) {
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
      assertEquals(pageService(), alert.path("labels").path("service").asText());
      assertFalse(alert.path("labels").has("job"), "the inhibited alert has no job: " + alert);
    }
    Notification sameJob = awaitNotification("slack", BILLING_ON_GATEWAY_JOB_WARN, ALERT_TIMEOUT);
    JsonNode sameJobAlert = alertmanagerAlert(BILLING_ON_GATEWAY_JOB_WARN).orElseThrow();
    assertEquals(GATEWAY_JOB, sameJobAlert.path("labels").path("job").asText());
    assertEquals("active", sameJobAlert.path("status").path("state").asText(), sameJob.toString());
    LocalProcess.sleep(SETTLE);
    for (Notification notification : receivers.received()) {
      for (String name : notification.alertNames()) {
        assertFalse(
            name.equals(GATEWAY_WARN) || name.equals(GATEWAY_INFO),
            name
                + " reached "
                + notification.receiver()
                + " although the gateway's page inhibits it");
      }
    }
    awaitNotification("slack", BILLING_WARN, ALERT_TIMEOUT);
    awaitNotification("low-noise", BILLING_INFO, ALERT_TIMEOUT);
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
    Path testRules = temp.resolve("test-only-rules.yaml");
    K8sManifests.YAML.writeValue(testRules.toFile(), testOnlyRules(pageService()));
    ruleFiles.add(testRules);
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
    scrape.put("job_name", GATEWAY_JOB);
    scrape.putArray("static_configs").addObject().putArray("targets").add(gatewayTarget);
    return K8sManifests.YAML.writeValueAsString(config);
  }

  /**
   * The service the gateway's page names: its rule's {@code service} label, or, while the rule sets
   * none, the job this test's Prometheus copies into it.
   */
  static String pageService() throws IOException {
    JsonNode service = generatedRule(PAGE).path("labels").path("service");
    return service.isMissingNode() ? GATEWAY_JOB : service.asText();
  }

  /**
   * Rules that exist only for this test, loaded beside the generated ones (which stay unchanged),
   * evaluated every second so they add no waiting of their own: another service's info and warn
   * alerts; a warn alert of another service on the gateway's job; the gateway's own warn and info
   * alerts, without a job, which start only once its page fires.
   */
  static ObjectNode testOnlyRules(String gatewayService) {
    ObjectNode file = JSON.createObjectNode();
    ObjectNode group = file.putArray("groups").addObject();
    group.put("name", "live-test-only").put("interval", "1s");
    ArrayNode rules = group.putArray("rules");
    String pageFiring = "ALERTS{alertname=\"" + PAGE + "\", alertstate=\"firing\"}";
    testAlert(rules, BILLING_INFO, "vector(1)", "info", OTHER_SERVICE);
    testAlert(rules, BILLING_WARN, "vector(1)", "warn", OTHER_SERVICE);
    testAlert(
        rules,
        BILLING_ON_GATEWAY_JOB_WARN,
        "count by (job) (" + pageFiring + ") > 0",
        "warn",
        OTHER_SERVICE);
    testAlert(rules, GATEWAY_WARN, "count(" + pageFiring + ") > 0", "warn", gatewayService);
    testAlert(rules, GATEWAY_INFO, "count(" + pageFiring + ") > 0", "info", gatewayService);
    return file;
  }

  private static void testAlert(
      ArrayNode rules, String name, String expr, String severity, String service) {
    ObjectNode rule = rules.addObject();
    rule.put("alert", name).put("expr", expr);
    rule.putObject("labels").put("severity", severity).put("service", service);
    rule.putObject("annotations")
        .put("summary", "Test-only " + severity + " alert of " + service + ".");
  }

  /** The Alertmanager group holding the alert of that name. */
  static Optional<JsonNode> alertGroup(String alertName) {
    JsonNode groups;
    try {
      groups = get(alertmanagerUrl.resolve("/api/v2/alerts/groups"));
    } catch (IOException e) {
      return Optional.empty();
    }
    for (JsonNode group : groups) {
      for (JsonNode alert : group.path("alerts")) {
        if (alert.path("labels").path("alertname").asText().equals(alertName)) {
          return Optional.of(group);
        }
      }
    }
    return Optional.empty();
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
}
