package com.carbon254.observability.dsl.dashboard;

/** Values shown beside a pie chart's legend entries. */
public enum PieChartLegendValue {
  VALUE("value"),
  PERCENT("percent");

  private final String json;

  PieChartLegendValue(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
