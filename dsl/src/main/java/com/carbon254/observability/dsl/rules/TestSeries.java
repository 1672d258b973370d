package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.metric.Histogram;
import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.render.Numbers;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One input series of a promtool scenario, sampled once per minute, written as segments that
 * continue from each other: {@code rising(97, 60)} adds 97 per minute for an hour.
 */
public record TestSeries(String series, double start, List<Segment> segments) {

  /** {@code steps} samples after the previous one, each {@code increment} above it. */
  public record Segment(double increment, int steps) {}

  public TestSeries {
    segments = List.copyOf(segments);
  }

  /** The series must be pinned down with {@code where(label, value)} only. */
  public static TestSeries of(Selector<?> selector) {
    for (Matcher m : selector.ref().matchers()) {
      if (m.op() != Matcher.Op.EQ) {
        throw new DefinitionException(
            DefinitionException.name("test series", selector.promql()),
            "a test series needs exact labels; use where(label, value) only");
      }
    }
    return new TestSeries(selector.promql(), 0, List.of());
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
          "needs " + (histogram.buckets().size() + 1) + " cumulative counts (one per bucket bound and +Inf), got "
              + perMinute.length);
    }
    for (int i = 1; i < perMinute.length; i++) {
      if (perMinute[i] < perMinute[i - 1]) {
        throw new DefinitionException(object, "bucket counts are cumulative and cannot decrease; check count " + (i + 1));
      }
    }
    List<TestSeries> series = new ArrayList<>();
    for (int i = 0; i < perMinute.length; i++) {
      String le = i < histogram.buckets().size() ? Numbers.format(histogram.buckets().get(i)) : "+Inf";
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
    return new TestSeries(series, value, segments);
  }

  /** Adds {@code perMinute} at every sample for {@code minutes} samples (a counter's steady rate). */
  public TestSeries rising(double perMinute, int minutes) {
    if (minutes <= 0) {
      throw new DefinitionException(
          DefinitionException.name("test series", series), "a segment needs at least one minute");
    }
    List<Segment> next = new ArrayList<>(segments);
    next.add(new Segment(perMinute, minutes));
    return new TestSeries(series, start, next);
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
    for (TestSeries input : inputs) {
      if (input.minutes() * 60L < at.seconds()) {
        throw new DefinitionException(
            object,
            claim + " at " + at + " but series " + input.series() + " ends after " + input.minutes()
                + "m; extend the series");
      }
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
      } else {
        double begin = last + segment.increment();
        out.append(' ').append(expand(begin, segment.increment(), segment.steps() - 1));
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
