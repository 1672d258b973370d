package com.carbon254.observability.dsl.dashboard;

public enum LegendDisplayMode {
  LIST("list"),
  /** A table with one column per legend calculation. */
  TABLE("table");

  private final String json;

  LegendDisplayMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
