package com.carbon254.observability.dsl.dashboard;

/** A full pie or a donut. */
public enum PieChartType {
  PIE("pie"),
  DONUT("donut");

  private final String json;

  PieChartType(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
