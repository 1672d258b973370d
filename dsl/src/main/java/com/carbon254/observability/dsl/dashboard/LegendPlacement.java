package com.carbon254.observability.dsl.dashboard;

public enum LegendPlacement {
  BOTTOM("bottom"),
  RIGHT("right");

  private final String json;

  LegendPlacement(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
