package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Loki query: a stream selector, a pipeline, and optionally a metric over it. Built step by step,
 * immutable, strings quoted as LogQL reads them.
 *
 * <pre>{@code
 * LogQL.stream("app", "gateway").where("route", "$route").contains("error")
 * LogQL.stream("app", "gateway").json().labelEquals("level", "error").countOverTime("5m").sumBy("route")
 * }</pre>
 *
 * {@link #raw(String)} takes a query as text for what the builder does not cover; it is marked raw.
 */
public record LogQL(String text, boolean metric, boolean raw) {
  public LogQL {
    Objects.requireNonNull(text, "text");
  }

  /** Starts a selector with {@code label="value"}. */
  public static Selector stream(String label, String value) {
    return new Selector(List.of(matcher(label, "=", value)), List.of());
  }

  /** A query as text; {@code metric} says whether it returns numbers (true) or log lines. */
  public static LogQL raw(String text, boolean metric) {
    return new LogQL(text, metric, true);
  }

  /** A stream selector and its pipeline: a log query. */
  public record Selector(List<String> matchers, List<String> stages) {
    public Selector {
      matchers = List.copyOf(matchers);
      stages = List.copyOf(stages);
    }

    public Selector where(String label, String value) {
      return withMatcher(matcher(label, "=", value));
    }

    public Selector whereNot(String label, String value) {
      return withMatcher(matcher(label, "!=", value));
    }

    public Selector matching(String label, String regex) {
      return withMatcher(matcher(label, "=~", regex));
    }

    /** Keeps lines containing {@code text}. */
    public Selector contains(String text) {
      return withStage("|= " + quote(text));
    }

    public Selector notContains(String text) {
      return withStage("!= " + quote(text));
    }

    /** Parses JSON lines into labels. */
    public Selector json() {
      return withStage("| json");
    }

    public Selector logfmt() {
      return withStage("| logfmt");
    }

    /** Keeps lines whose (parsed or structured-metadata) label equals a value. */
    public Selector labelEquals(String label, String value) {
      return withStage("| " + label + "=" + quote(value));
    }

    public LogQL query() {
      return new LogQL(text(), false, false);
    }

    /** Lines per second over {@code window}. */
    public Metric rate(String window) {
      return new Metric("rate(" + text() + " [" + window + "])");
    }

    public Metric countOverTime(String window) {
      return new Metric("count_over_time(" + text() + " [" + window + "])");
    }

    String text() {
      String selector = "{" + String.join(", ", matchers) + "}";
      return stages.isEmpty() ? selector : selector + " " + String.join(" ", stages);
    }

    private Selector withMatcher(String matcher) {
      List<String> more = new ArrayList<>(matchers);
      more.add(matcher);
      return new Selector(more, stages);
    }

    private Selector withStage(String stage) {
      List<String> more = new ArrayList<>(stages);
      more.add(stage);
      return new Selector(matchers, more);
    }
  }

  /** A metric query over log lines. */
  public record Metric(String text) {
    public Metric sumBy(String... labels) {
      return new Metric("sum by (" + String.join(", ", labels) + ") (" + text + ")");
    }

    public Metric sum() {
      return new Metric("sum(" + text + ")");
    }

    public LogQL query() {
      return new LogQL(text, true, false);
    }
  }

  private static String matcher(String label, String op, String value) {
    if (!label.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
      throw new IllegalArgumentException("not a Loki label name: " + label);
    }
    return label + op + quote(value);
  }

  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
