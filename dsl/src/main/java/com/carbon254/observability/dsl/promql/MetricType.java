package com.carbon254.observability.dsl.promql;

import java.util.Locale;

public enum MetricType {
  COUNTER,
  GAUGE,
  HISTOGRAM;

  /** The word used in messages and in Prometheus' {@code # TYPE} line. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
