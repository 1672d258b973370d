package com.carbon254.observability.dsl.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every lint check: a stable id (what a silence names), a severity, and the fix a finding suggests.
 * These are the checks of pint and promtool's linter that the typed model cannot make, because they
 * depend on intervals, on what other objects do, or on text the model does not parse.
 */
public enum LintCheck {
  FOR_SHORTER_THAN_INTERVAL(
      "alert/for-shorter-than-interval",
      LintSeverity.WARNING,
      "make 'for' at least the group interval and the scrape interval: a shorter 'for' still waits"
          + " for the next evaluation and the next sample"),
  RATE_WINDOW(
      "promql/rate-window",
      LintSeverity.WARNING,
      "use a window of at least four scrape intervals, so that a missed scrape still leaves rate()"
          + " enough samples"),
  COUNTER_COMPARISON(
      "promql/counter-comparison",
      LintSeverity.ERROR,
      "compare rate(...) or increase(...) of the counter: a raw counter only grows and resets on"
          + " restart"),
  ABSENT_WITHOUT_FOR(
      "alert/absent-without-for",
      LintSeverity.WARNING,
      "give the alert a 'for' of a few scrape intervals: absent() is true for the whole gap of a"
          + " single failed scrape or restart"),
  PAGE_WITHOUT_FOR(
      "alert/page-without-for",
      LintSeverity.ERROR,
      "add .pendingFor(...), or pair the condition with a short-window clause (burn-rate style):"
          + " otherwise a single evaluation above the threshold pages someone"),
  ANNOTATION_LABEL(
      "alert/annotation-label",
      LintSeverity.ERROR,
      "keep the label in the expression (by (...) of its aggregations) or drop it from the"
          + " annotation: Prometheus renders it empty"),
  SLOWER_RECORDING(
      "rule/slower-recording",
      LintSeverity.WARNING,
      "run the recording's group at least as often as the alert's group, or the alert reads values"
          + " up to one interval old"),
  DUPLICATE_SERIES(
      "rule/duplicate-series",
      LintSeverity.ERROR,
      "record each series once, or tell the rules apart with a label: two rules writing one series"
          + " overwrite each other"),
  SCENARIOS_SAME_MINUTE(
      "alert/scenarios-same-minute",
      LintSeverity.WARNING,
      "check the alert at another minute too (before 'for' has passed, after the condition ends),"
          + " so the tests pin down when it fires"),
  RAW_SELECTORS(
      "dashboard/raw-selectors",
      LintSeverity.WARNING,
      "read recordings instead of raw series: each raw selector is evaluated over every series at"
          + " every dashboard refresh"),
  UNKNOWN_CHECK(
      "lint/unknown-check",
      LintSeverity.ERROR,
      "name one of the checks that 'observability lint --checks' lists"),
  UNUSED_SILENCE(
      "lint/unused-silence",
      LintSeverity.WARNING,
      "remove the silence: the check no longer fires on that object");

  private final String id;
  private final LintSeverity severity;
  private final String fix;

  LintCheck(String id, LintSeverity severity, String fix) {
    this.id = id;
    this.severity = severity;
    this.fix = fix;
  }

  public String id() {
    return id;
  }

  public LintSeverity severity() {
    return severity;
  }

  public String fix() {
    return fix;
  }

  public static Optional<LintCheck> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
