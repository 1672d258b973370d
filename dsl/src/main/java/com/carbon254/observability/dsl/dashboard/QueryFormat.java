package com.carbon254.observability.dsl.dashboard;

/**
 * How Prometheus results are framed: series over time, one table, or heatmap buckets (le sorted,
 * de-accumulated).
 */
public enum QueryFormat {
  TIME_SERIES("time_series"),
  TABLE("table"),
  HEATMAP("heatmap");

  private final String json;

  QueryFormat(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
