package com.carbon254.observability.dsl.dashboard;

/** What a pie slice is labelled with. */
public enum PieChartLabel {
  NAME("name"),
  VALUE("value"),
  PERCENT("percent");

  private final String json;

  PieChartLabel(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
