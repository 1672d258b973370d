package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** The "Query options" of a panel: min interval, max data points, relative time and time shift. */
public record QueryOptions(
    Optional<String> interval,
    OptionalInt maxDataPoints,
    Optional<String> timeFrom,
    Optional<String> timeShift) {
  public static final QueryOptions DEFAULT =
      new QueryOptions(Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

  public QueryOptions {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(maxDataPoints, "maxDataPoints");
    Objects.requireNonNull(timeFrom, "timeFrom");
    Objects.requireNonNull(timeShift, "timeShift");
  }
}
