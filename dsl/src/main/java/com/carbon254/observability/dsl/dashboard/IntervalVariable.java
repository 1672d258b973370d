package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A choice of intervals ({@code 1m}, {@code 5m}, ...), optionally with "auto", which divides the
 * time range into about {@code autoCount} steps of at least {@code autoMin}.
 */
public record IntervalVariable(
    String name, String label, List<String> intervals, boolean auto, int autoCount, String autoMin)
    implements Variable {
  public IntervalVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    intervals = List.copyOf(intervals);
    Objects.requireNonNull(autoMin, "autoMin");
  }

  public static IntervalVariable of(String name, String... intervals) {
    return new IntervalVariable(name, "", Arrays.asList(intervals), false, 30, "10s");
  }

  @Override
  public String type() {
    return "interval";
  }

  public IntervalVariable label(String label) {
    return new IntervalVariable(name, label, intervals, auto, autoCount, autoMin);
  }

  /** Adds "auto": about {@code count} steps over the time range, none shorter than {@code min}. */
  public IntervalVariable auto(int count, String min) {
    return new IntervalVariable(name, label, intervals, true, count, min);
  }
}
