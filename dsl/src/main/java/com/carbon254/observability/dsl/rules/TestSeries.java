package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.render.Numbers;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;

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
  public static TestSeries of(Selector selector) {
    for (Matcher m : selector.ref().matchers()) {
      if (m.op() != Matcher.Op.EQ) {
        throw new DefinitionException(
            DefinitionException.name("test series", selector.promql()),
            "a test series needs exact labels; use where(label, value) only");
      }
    }
    return new TestSeries(selector.promql(), 0, List.of());
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
