package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * The dashboard's default time range, in Grafana's relative syntax ({@code now-6h} .. {@code now}).
 */
public record TimeRange(String from, String to) {
  public static final TimeRange LAST_6_HOURS = new TimeRange("now-6h", "now");

  public TimeRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
