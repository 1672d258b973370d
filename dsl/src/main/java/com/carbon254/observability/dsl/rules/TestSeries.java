package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.MetricType;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One input series of a promtool scenario, sampled once per minute, written as segments that
 * continue from each other: {@code rising(97, 60)} adds 97 per minute for an hour.
 */
public record TestSeries(String series, boolean counting, double start, List<Segment> segments) {

  /** The series' metric name, as selectors name it ({@code x_bucket} for a histogram bucket). */
  public String metricName() {
    int brace = series.indexOf('{');
    return brace < 0 ? series : series.substring(0, brace);
  }

  /**
   * The series' labels, read back from its text: {@link Selector#promql()} writes them as {@code
   * name{a="x", b="y"}} with {@link Matcher#quote} escapes.
   */
  public Map<String, String> labels() {
    Map<String, String> labels = new java.util.TreeMap<>();
    int at = series.indexOf('{');
    if (at < 0) {
      return labels;
    }
    at++;
    while (at < series.length() && series.charAt(at) != '}') {
      int eq = series.indexOf("=\"", at);
      String label = series.substring(at, eq).strip();
      StringBuilder value = new StringBuilder();
      int i = eq + 2;
      for (; series.charAt(i) != '"'; i++) {
        char c = series.charAt(i);
        if (c == '\\') {
          char escaped = series.charAt(++i);
          value.append(escaped == 'n' ? '\n' : escaped);
        } else {
          value.append(c);
        }
      }
      labels.put(label, value.toString());
      at = i + 1;
      if (at < series.length() && series.charAt(at) == ',') {
        at++;
      }
    }
    return labels;
  }

  /**
   * {@code steps} samples after the previous one, each {@code increment} above it; after a restart
   * the first of them is {@code increment} above zero, as a counter reads after its process
   * restarted; missing samples are left out, as when a target stops reporting.
   */
  public record Segment(double increment, int steps, Kind kind) {
    public Segment(double increment, int steps) {
      this(increment, steps, Kind.CONTINUE);
    }
  }

  /** How a segment joins the previous one. */
  public enum Kind {
    CONTINUE,
    RESTART,
    MISSING
  }

  public TestSeries {
    segments = List.copyOf(segments);
  }

  /** The series must be pinned down with {@code where(label, value)} only. */
  public static TestSeries of(Selector<?> selector) {
    String object = DefinitionException.name("test series", selector.promql());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Matcher m : selector.ref().matchers()) {
      if (m.op() != Matcher.Op.EQ) {
        throw new DefinitionException(
            object, "a test series needs exact labels; use where(label, value) only");
      }
      if (!seen.add(m.label())) {
        throw new DefinitionException(
            object, "label '" + m.label() + "' is given twice; a series has one value per label");
      }
      if (m.value().isEmpty()) {
        throw new DefinitionException(
            object,
            "label '" + m.label() + "' is empty, which Prometheus reads as no label; leave it out");
      }
    }
    boolean counting =
        selector.ref().metric().map(metric -> metric.type() != MetricType.GAUGE).orElse(false);
    return new TestSeries(selector.promql(), counting, 0, List.of());
  }

  /**
   * The bucket series of one histogram child, each rising for {@code minutes}: {@code perMinute}
   * holds the cumulative count per minute of every bucket bound in order, then of +Inf.
   */
  public static List<TestSeries> histogram(
      Histogram histogram, Map<String, String> labels, int minutes, double... perMinute) {
    String object = DefinitionException.name("test series", histogram.name());
    if (perMinute.length != histogram.buckets().size() + 1) {
      throw new DefinitionException(
          object,
          "needs "
              + (histogram.buckets().size() + 1)
              + " cumulative counts (one per bucket bound and +Inf), got "
              + perMinute.length);
    }
    if (labels.containsKey("le")) {
      throw new DefinitionException(object, "'le' is set per bucket; leave it out of the labels");
    }
    for (int i = 1; i < perMinute.length; i++) {
      if (perMinute[i] < perMinute[i - 1]) {
        throw new DefinitionException(
            object, "bucket counts are cumulative and cannot decrease; check count " + (i + 1));
      }
    }
    List<TestSeries> series = new ArrayList<>();
    for (int i = 0; i < perMinute.length; i++) {
      String le =
          i < histogram.buckets().size() ? Numbers.format(histogram.buckets().get(i)) : "+Inf";
      Selector<SeriesKind.Counting> bucket = histogram.bucket();
      for (Map.Entry<String, String> label : new java.util.TreeMap<>(labels).entrySet()) {
        bucket = bucket.where(label.getKey(), label.getValue());
      }
      series.add(of(bucket.where("le", le)).rising(perMinute[i], minutes));
    }
    return series;
  }

  /** Starts the series at {@code value} instead of 0. */
  public TestSeries from(double value) {
    requireFinite(value);
    if (counting && value < 0) {
      throw new DefinitionException(
          DefinitionException.name("test series", series),
          "a counter starts at 0 or above, not " + value);
    }
    return new TestSeries(series, counting, value, segments);
  }

  /**
   * Adds {@code perMinute} at every sample for {@code minutes} samples (a counter's steady rate).
   */
  public TestSeries rising(double perMinute, int minutes) {
    String object = DefinitionException.name("test series", series);
    requireFinite(perMinute);
    if (minutes <= 0) {
      throw new DefinitionException(object, "a segment needs at least one minute");
    }
    if (counting && perMinute < 0) {
      throw new DefinitionException(
          object,
          "a counter never decreases (a drop reads as a restart); add 0 or more per minute");
    }
    return append(new Segment(perMinute, minutes));
  }

  private TestSeries append(Segment segment) {
    List<Segment> next = new ArrayList<>(segments);
    next.add(segment);
    return new TestSeries(series, counting, start, next);
  }

  /**
   * The process restarted: the counter starts again from zero and adds {@code perMinute} at each of
   * the next {@code minutes} samples ({@code rate} and {@code increase} read the drop as a reset).
   */
  public TestSeries restartedRising(double perMinute, int minutes) {
    String object = DefinitionException.name("test series", series);
    if (!counting || segments.isEmpty()) {
      throw new DefinitionException(object, "only a counter that already has samples can restart");
    }
    rising(perMinute, minutes); // the same checks as a continuing segment
    return append(new Segment(perMinute, minutes, Kind.RESTART));
  }

  /** No samples for {@code minutes} samples: the series goes stale, as when its target vanished. */
  public TestSeries missing(int minutes) {
    if (minutes <= 0 || segments.isEmpty()) {
      throw new DefinitionException(
          DefinitionException.name("test series", series),
          "a gap needs at least one minute after the first segment");
    }
    return append(new Segment(0, minutes, Kind.MISSING));
  }

  private void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new DefinitionException(
          DefinitionException.name("test series", series),
          "sample values must be finite numbers, not " + value);
    }
  }

  /** Holds the last value for {@code minutes} samples (a gauge's level, or a counter at rest). */
  public TestSeries flat(int minutes) {
    return rising(0, minutes);
  }

  /**
   * Refuses a claim about time {@code at} that outlasts an input: promtool would read the missing
   * samples as absent and the test would prove nothing.
   */
  static void requireCovering(List<TestSeries> inputs, Window at, String object, String claim) {
    requireCovering(inputs, Window.minutes(1), at, object, claim);
  }

  /** The same for series sampled every {@code interval}: one step of a segment is one interval. */
  static void requireCovering(
      List<TestSeries> inputs, Window interval, Window at, String object, String claim) {
    for (TestSeries input : inputs) {
      if (input.minutes() * interval.seconds() < at.seconds()) {
        throw new DefinitionException(
            object,
            claim
                + " at "
                + at
                + " but series "
                + input.series()
                + " ends after "
                + Window.seconds(input.minutes() * interval.seconds())
                + "; extend the series");
      }
    }
  }

  /** An expected label with an empty value can never match: Prometheus drops empty labels. */
  static void requireNoEmptyValues(String scenario, Map<String, String> labels) {
    if (labels.containsValue("")) {
      throw new DefinitionException(
          DefinitionException.name("scenario", scenario),
          "expects an empty label value, which Prometheus drops; leave the label out");
    }
  }

  public int minutes() {
    return segments.stream().mapToInt(Segment::steps).sum();
  }

  /** promtool's expanding notation: {@code 0+97x60 5917+4x2}. */
  public String values() {
    StringBuilder out = new StringBuilder();
    double last = start;
    boolean first = true;
    for (Segment segment : segments) {
      if (first) {
        out.append(expand(start, segment.increment(), segment.steps()));
        first = false;
      } else if (segment.kind() == Kind.MISSING) {
        out.append(" _x").append(segment.steps());
        continue;
      } else {
        double from = segment.kind() == Kind.RESTART ? 0 : last;
        double begin = from + segment.increment();
        out.append(' ').append(expand(begin, segment.increment(), segment.steps() - 1));
        last = from;
      }
      last = last + segment.increment() * segment.steps();
    }
    return first ? Numbers.format(start) : out.toString();
  }

  private static String expand(double from, double increment, int times) {
    if (times == 0) {
      return Numbers.format(from);
    }
    String sign = increment < 0 ? "-" : "+";
    return Numbers.format(from) + sign + Numbers.format(Math.abs(increment)) + "x" + times;
  }
}
