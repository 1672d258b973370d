package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Grafana's "Tooltip" group of a time series panel. */
public record Tooltip(TooltipDisplayMode mode, SortOrder sort) {
  /** All series, highest first: what an on-call engineer scans for the outlier. */
  public static final Tooltip ALL_DESCENDING =
      new Tooltip(TooltipDisplayMode.MULTI, SortOrder.DESCENDING);

  public Tooltip {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(sort, "sort");
  }
}
