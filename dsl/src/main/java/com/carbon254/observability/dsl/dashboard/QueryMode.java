package com.carbon254.observability.dsl.dashboard;

/**
 * Whether a query asks for a range of samples, the value at the end of the range, or both. By
 * default the panel decides: graphs read ranges, a stat without sparkline, a gauge, a bar gauge, a
 * pie chart and a table read instant values, which cost Prometheus one sample per series.
 */
public enum QueryMode {
  PANEL_DEFAULT,
  RANGE,
  INSTANT,
  BOTH
}
