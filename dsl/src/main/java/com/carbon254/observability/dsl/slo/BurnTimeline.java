package com.carbon254.observability.dsl.slo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The window arithmetic behind every expected time of the generated tests: traffic is steady, the
 * burn rate (bad share over the error budget) is piecewise constant, and all counters start at 0 at
 * time 0, so Prometheus' {@code rate} over a window that starts before the data does not
 * extrapolate and the ratio is bad over all events in {@code [max(0, t - w), t]}.
 */
final class BurnTimeline {
  private static final MathContext DIGITS = MathContext.DECIMAL128;

  /** {@code minutes} of traffic burning the budget {@code burn} times as fast as allowed. */
  record Phase(long minutes, BigDecimal burn) {}

  private final List<Phase> phases;

  private BurnTimeline(List<Phase> phases) {
    this.phases = List.copyOf(phases);
  }

  static BurnTimeline of(Phase... phases) {
    return new BurnTimeline(List.of(phases));
  }

  long minutes() {
    return phases.stream().mapToLong(Phase::minutes).sum();
  }

  /** The burn-rate integral over {@code [from, to]}, in burn x minutes. */
  private BigDecimal burnt(long from, long to) {
    BigDecimal sum = BigDecimal.ZERO;
    long start = 0;
    for (Phase p : phases) {
      long end = start + p.minutes();
      long overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap > 0) {
        sum = sum.add(p.burn().multiply(BigDecimal.valueOf(overlap)));
      }
      start = end;
    }
    return sum;
  }

  /** The error ratio over {@code windowMinutes} at minute {@code t}, in multiples of the budget. */
  BigDecimal burnRate(long t, long windowMinutes) {
    long from = Math.max(0, t - windowMinutes);
    return burnt(from, t).divide(BigDecimal.valueOf(t - from), DIGITS);
  }

  static long ceil(long t, long step) {
    return (t + step - 1) / step * step;
  }

  /** The phases, for a test's input series. */
  List<Phase> phases() {
    return new ArrayList<>(phases);
  }
}
