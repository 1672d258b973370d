package com.carbon254.observability.dsl.dashboard;

/** Whether heatmap cells take a color scheme or one color at varying opacity. */
public enum HeatmapColorMode {
  SCHEME("scheme"),
  OPACITY("opacity");

  private final String json;

  HeatmapColorMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
