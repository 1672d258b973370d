package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The time picker: the refresh intervals it offers, whether it is hidden, and a "now" delay. */
public record TimePicker(List<String> refreshIntervals, boolean hidden, Optional<String> nowDelay) {
  /** Grafana's default refresh intervals. */
  public static final TimePicker DEFAULT =
      new TimePicker(
          List.of("5s", "10s", "30s", "1m", "5m", "15m", "30m", "1h", "2h", "1d"),
          false,
          Optional.empty());

  public TimePicker {
    refreshIntervals = List.copyOf(refreshIntervals);
    Objects.requireNonNull(nowDelay, "nowDelay");
  }

  public static TimePicker refreshIntervals(String... intervals) {
    return new TimePicker(Arrays.asList(intervals), false, Optional.empty());
  }

  public TimePicker hide() {
    return new TimePicker(refreshIntervals, true, nowDelay);
  }

  /** Moves "now" back, e.g. {@code "1m"}, for data that arrives late. */
  public TimePicker nowDelay(String delay) {
    return new TimePicker(refreshIntervals, hidden, Optional.of(delay));
  }

  /** True when the list carries its default value, which the JSON then leaves out. */
  boolean isDefault() {
    return equals(DEFAULT);
  }
}
