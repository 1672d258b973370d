package com.carbon254.observability.dsl.dashboard;

/** Lines, bars or points (time series, Graph styles). */
public enum GraphDrawStyle {
  LINE("line"),
  BARS("bars"),
  POINTS("points");

  private final String json;

  GraphDrawStyle(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
