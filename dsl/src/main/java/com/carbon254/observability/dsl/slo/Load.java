package com.carbon254.observability.dsl.slo;

/**
 * Steady traffic for a stretch of a generated test: {@code steps} input samples, each adding {@code
 * events} to the total and {@code errors} of them to the bad events. {@code restart}: the counters
 * start again from zero at the first of them (a process restart); {@code missing}: the series
 * report nothing for these steps.
 */
public record Load(int steps, double events, double errors, boolean restart, boolean missing) {
  public Load {
    if (steps <= 0 || !(events >= 0) || !(errors >= 0) || errors > events) {
      throw new IllegalArgumentException(
          "a load needs steps > 0 and 0 <= errors <= events, not "
              + steps
              + ", "
              + events
              + ", "
              + errors);
    }
  }

  public static Load of(int steps, double events, double errors) {
    return new Load(steps, events, errors, false, false);
  }

  public static Load restarted(int steps, double events, double errors) {
    return new Load(steps, events, errors, true, false);
  }

  public static Load gap(int steps) {
    return new Load(steps, 0, 0, false, true);
  }
}
