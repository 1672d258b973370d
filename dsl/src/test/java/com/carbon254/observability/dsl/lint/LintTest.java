package com.carbon254.observability.dsl.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.LintSilence;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One test per check: it fires on a rendered tree that breaks it, and a silence with a reason
 * quiets it.
 */
class LintTest {
  private static final String FILE = "alerts/RED/x.yaml";

  /**
   * A rule file with one group; {@code rules} are its rules, indented as the renderer writes them.
   */
  private static Map<String, String> ruleFile(String interval, String rules) {
    Map<String, String> files = new TreeMap<>();
    files.put(
        FILE, "groups:\n  - name: x-red\n    interval: " + interval + "\n    rules:\n" + rules);
    return files;
  }

  private static String alert(
      String name, String expr, String pendingFor, String severity, String description) {
    return "      - alert: "
        + name
        + "\n"
        + "        expr: '"
        + expr.replace("'", "''")
        + "'\n"
        + (pendingFor == null ? "" : "        for: " + pendingFor + "\n")
        + "        labels:\n          severity: "
        + severity
        + "\n"
        + "        annotations:\n          summary: s\n          description: '"
        + description
        + "'\n";
  }

  private static String goodAlert(String name) {
    return alert(
        name,
        "sum by (job) (rate(x_requests_total[5m])) > 1",
        "5m",
        "warn",
        "on {{ $labels.job }}");
  }

  private static LintReport lint(Map<String, String> files, LintSilence... silences) {
    return Lint.run(
        RenderedSnapshot.read(files),
        LintConfig.DEFAULT,
        silences.length == 0 ? Map.of() : Map.of("x", List.of(silences)));
  }

  /**
   * Asserts that exactly one finding of {@code check} names {@code object}, and that silencing it
   * leaves none.
   */
  private static void firesAndSilences(
      Map<String, String> files, LintCheck check, String object, String messagePart) {
    LintReport report = lint(files);
    List<LintFinding> found = report.findings().stream().filter(f -> f.check() == check).toList();
    assertEquals(1, found.size(), () -> report.findings().toString());
    assertEquals(object, found.get(0).object());
    assertTrue(found.get(0).message().contains(messagePart), found.get(0).message());
    assertTrue(
        found.get(0).line().startsWith(check.severity() + " " + check.id() + " " + object),
        found.get(0).line());

    LintReport silenced =
        lint(files, new LintSilence(check.id(), object, "deliberate, see the runbook"));
    assertTrue(
        silenced.findings().stream()
            .noneMatch(f -> f.check() == check || f.check() == LintCheck.UNUSED_SILENCE),
        () -> silenced.findings().toString());
    assertEquals(1, silenced.silenced().size());
    assertEquals("deliberate, see the runbook", silenced.silenced().get(0).silence().reason());
  }

  @Test
  void aCleanTreeHasNoFinding() {
    assertEquals(List.of(), lint(ruleFile("1m", goodAlert("ALERT_X_GOOD"))).findings());
  }

  @Test
  void forShorterThanTheGroupInterval() {
    firesAndSilences(
        ruleFile(
            "2m",
            alert(
                "ALERT_X_FAST", "sum by (job) (rate(x_requests_total[5m])) > 1", "1m", "warn", "")),
        LintCheck.FOR_SHORTER_THAN_INTERVAL,
        "alert ALERT_X_FAST",
        "'for' is 1m but its group 'x-red' runs every 2m");
  }

  @Test
  void forShorterThanTheScrapeInterval() {
    Map<String, String> files =
        ruleFile(
            "10s",
            alert(
                "ALERT_X_FAST",
                "sum by (job) (rate(x_requests_total[5m])) > 1",
                "10s",
                "warn",
                ""));
    firesAndSilences(
        files,
        LintCheck.FOR_SHORTER_THAN_INTERVAL,
        "alert ALERT_X_FAST",
        "'for' is 10s but its series are scraped every 15s");
    // A Prometheus configuration in the tree sets the scrape interval the check measures against.
    files.put("configs/prometheus.yaml", "global:\n  scrape_interval: 5s\n");
    assertTrue(lint(files).findings().isEmpty(), () -> lint(files).findings().toString());
    // So does the Prometheus Operator's resource.
    files.remove("configs/prometheus.yaml");
    files.put(
        "k8s/prometheus/prometheus.yaml",
        "apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nspec:\n  scrapeInterval: 10s\n");
    assertTrue(lint(files).findings().isEmpty(), () -> lint(files).findings().toString());
  }

  @Test
  void rateWindowShorterThanFourScrapes() {
    firesAndSilences(
        ruleFile(
            "1m",
            alert(
                "ALERT_X_BURST",
                "sum by (job) (rate(x_requests_total[30s])) > 1",
                "5m",
                "warn",
                "")),
        LintCheck.RATE_WINDOW,
        "alert ALERT_X_BURST",
        "rate() over [30s] spans fewer than four scrape intervals (15s each, so at least 1m)");
  }

  @Test
  void comparisonAgainstARawCounter() {
    firesAndSilences(
        ruleFile(
            "1m", alert("ALERT_X_ERRORS", "sum by (job) (x_errors_total) > 100", "5m", "warn", "")),
        LintCheck.COUNTER_COMPARISON,
        "alert ALERT_X_ERRORS",
        "compares the raw counter 'x_errors_total' (>)");
    // Its increase is fine.
    assertTrue(
        lint(ruleFile(
                "1m",
                alert(
                    "ALERT_X_ERRORS",
                    "sum by (job) (increase(x_errors_total[1h])) > 100",
                    "5m",
                    "warn",
                    "")))
            .findings()
            .isEmpty());
  }

  @Test
  void absentWithoutFor() {
    firesAndSilences(
        ruleFile("1m", alert("ALERT_X_ABSENT", "absent(up{job=\"x\"})", null, "warn", "")),
        LintCheck.ABSENT_WITHOUT_FOR,
        "alert ALERT_X_ABSENT",
        "uses absent() and has no 'for'");
  }

  @Test
  void pagingWithoutFor() {
    firesAndSilences(
        ruleFile(
            "1m",
            alert(
                "ALERT_X_DOWN", "sum by (job) (rate(x_requests_total[5m])) > 1", null, "page", "")),
        LintCheck.PAGE_WITHOUT_FOR,
        "alert ALERT_X_DOWN",
        "pages (severity page) and has no 'for'");
    // Multi-window burn-rate alerts debounce with their short window, raw or recorded.
    assertTrue(
        lint(ruleFile(
                "1m",
                alert(
                    "ALERT_X_BURN",
                    "sum by (job) (rate(x_errors_total[1h])) > 1 and sum by (job)"
                        + " (rate(x_errors_total[5m])) > 1",
                    null,
                    "page",
                    "")))
            .findings()
            .isEmpty());
    assertTrue(
        lint(ruleFile(
                "1m",
                alert(
                    "ALERT_X_BURN",
                    "(job:x_errors:ratio_rate1h > 0.0144 and job:x_errors:ratio_rate5m > 0.0144) or"
                        + " (job:x_errors:ratio_rate6h > 0.006 and job:x_errors:ratio_rate30m >"
                        + " 0.006)",
                    null,
                    "page",
                    "")))
            .findings()
            .isEmpty());
  }

  @Test
  void annotationLabelTheExpressionCannotCarry() {
    firesAndSilences(
        ruleFile(
            "1m",
            alert(
                "ALERT_X_ROUTE",
                "sum by (job) (rate(x_requests_total[5m])) > 1",
                "5m",
                "warn",
                "route {{ $labels.route }} of {{ $labels.job }}")),
        LintCheck.ANNOTATION_LABEL,
        "alert ALERT_X_ROUTE",
        "annotations use $labels.route but the expression's result carries only [job, severity]");
    // Through "and", on(...) and histogram_quantile the labels are followed, not guessed.
    assertTrue(
        lint(ruleFile(
                "1m",
                alert(
                    "ALERT_X_P99",
                    "histogram_quantile(0.99, sum by (le, route) (rate(x_seconds_bucket[5m]))) > 1"
                        + " and on (route) sum by (route) (rate(x_requests_total[5m])) > 1",
                    "5m",
                    "warn",
                    "{{ $labels.route }}")))
            .findings()
            .isEmpty());
    // time() is a scalar: the labels come from the vector side.
    assertTrue(
        lint(ruleFile(
                "1m",
                alert(
                    "ALERT_X_LAG",
                    "time() - max by (job, market) (x_latest_processed_timestamp_seconds) > 120",
                    "5m",
                    "warn",
                    "{{ $labels.market }}")))
            .findings()
            .isEmpty());
    assertEquals(
        1,
        lint(ruleFile(
                "1m",
                alert(
                    "ALERT_X_P99",
                    "histogram_quantile(0.99, sum by (le, route) (rate(x_seconds_bucket[5m]))) > 1",
                    "5m",
                    "warn",
                    "{{ $labels.le }}")))
            .findings()
            .size());
  }

  @Test
  void recordingReadByAnAlertOfAFasterGroup() {
    Map<String, String> files =
        ruleFile(
            "1m",
            alert(
                "ALERT_X_RATIO", "job:x_errors:ratio5m > 0.1", "5m", "warn", "{{ $labels.job }}"));
    files.put(
        "k8s/prometheus/rules/recording-rules.yaml",
        "groups:\n"
            + "  - name: x-slow\n"
            + "    interval: 5m\n"
            + "    rules:\n"
            + "      - record: job:x_errors:ratio5m\n"
            + "        expr: sum by (job) (rate(x_errors_total[5m])) / sum by (job)"
            + " (rate(x_requests_total[5m]))\n");
    firesAndSilences(
        files,
        LintCheck.SLOWER_RECORDING,
        "alert ALERT_X_RATIO",
        "reads 'job:x_errors:ratio5m', recorded every 5m by group 'x-slow', while its own group"
            + " 'x-red' runs every 1m");
  }

  @Test
  void duplicateSeriesFromTwoRecordingRules() {
    Map<String, String> files = new TreeMap<>();
    String rule =
        "      - record: job:x_requests:rate5m\n"
            + "        expr: sum by (job) (rate(x_requests_total[5m]))\n";
    files.put(
        "k8s/prometheus/rules/recording-rules.yaml",
        "groups:\n  - name: x-a\n    rules:\n" + rule + "  - name: x-b\n    rules:\n" + rule);
    firesAndSilences(
        files,
        LintCheck.DUPLICATE_SERIES,
        "recording job:x_requests:rate5m",
        "group 'x-b' records the same series as group 'x-a'");
    // A label tells two rules of one name apart.
    files.put(
        "k8s/prometheus/rules/recording-rules.yaml",
        "groups:\n  - name: x-a\n    rules:\n"
            + rule
            + "  - name: x-b\n    rules:\n"
            + rule
            + "        labels:\n          variant: b\n");
    assertTrue(lint(files).findings().isEmpty());
  }

  @Test
  void everyScenarioChecksTheSameMinute() {
    Map<String, String> files = ruleFile("1m", goodAlert("ALERT_X_GOOD"));
    String check =
        "    alert_rule_test:\n"
            + "      - eval_time: %s\n"
            + "        alertname: ALERT_X_GOOD\n"
            + "        exp_alerts: []\n";
    files.put(
        "tests/alerts/RED/x_test.yaml",
        "rule_files: [../../../alerts/RED/x.yaml]\ntests:\n  - name: fires\n    interval: 1m\n"
            + check.formatted("30m")
            + "  - name: quiet\n    interval: 1m\n"
            + check.formatted("30m"));
    firesAndSilences(
        files,
        LintCheck.SCENARIOS_SAME_MINUTE,
        "alert ALERT_X_GOOD",
        "all 2 scenario checks evaluate at 30m");
    files.put(
        "tests/alerts/RED/x_test.yaml",
        files.get("tests/alerts/RED/x_test.yaml").replaceFirst("30m", "28m"));
    assertTrue(lint(files).findings().isEmpty());
  }

  @Test
  void dashboardWithTooManyRawSelectors() {
    StringBuilder targets = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      targets
          .append(i == 0 ? "" : ",")
          .append("{\"refId\": \"A\", \"expr\": \"sum(rate(x_requests_total{route=\\\"r")
          .append(i)
          .append("\\\"}[5m]))\"}");
    }
    Map<String, String> files = new TreeMap<>();
    files.put(
        "dashboards/x/x.json",
        "{\"uid\": \"x-overview\", \"title\": \"X\", \"panels\": [{\"type\": \"timeseries\","
            + " \"title\": \"All\", \"targets\": ["
            + targets
            + "]}]}");
    firesAndSilences(
        files,
        LintCheck.RAW_SELECTORS,
        "dashboard x-overview",
        "its panels query 11 raw series selectors (at most 10)");
    assertTrue(
        Lint.run(RenderedSnapshot.read(files), new LintConfig(Duration.ofSeconds(15), 11), Map.of())
            .findings()
            .isEmpty());
  }

  @Test
  void aSilenceOfAnUnknownCheckOrThatSilencesNothingIsReported() {
    LintReport report =
        lint(
            ruleFile("1m", goodAlert("ALERT_X_GOOD")),
            new LintSilence("promql/no-such-check", "alert ALERT_X_GOOD", "typo"),
            new LintSilence("promql/rate-window", "alert ALERT_X_GOOD", "was a 30s window once"));
    assertEquals(
        List.of(LintCheck.UNKNOWN_CHECK, LintCheck.UNUSED_SILENCE),
        report.findings().stream().map(LintFinding::check).toList());
    assertTrue(report.hasErrors());
    assertEquals("alert ALERT_X_GOOD", report.findings().get(1).object());
    assertFalse(lint(ruleFile("1m", goodAlert("ALERT_X_GOOD"))).hasErrors());
  }
}
