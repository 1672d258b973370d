package com.carbon254.observability.dsl.dashboard;

/** How counts map to colors. */
public enum HeatmapColorScale {
  LINEAR("linear"),
  EXPONENTIAL("exponential");

  private final String json;

  HeatmapColorScale(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
