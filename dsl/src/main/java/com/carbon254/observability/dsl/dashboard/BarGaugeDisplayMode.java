package com.carbon254.observability.dsl.dashboard;

/** How a bar gauge fills its bars. */
public enum BarGaugeDisplayMode {
  BASIC("basic"),
  LCD("lcd"),
  GRADIENT("gradient");

  private final String json;

  BarGaugeDisplayMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
