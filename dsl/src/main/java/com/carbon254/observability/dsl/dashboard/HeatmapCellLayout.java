package com.carbon254.observability.dsl.dashboard;

/** How a heatmap reads bucket bounds: le for Prometheus histograms (upper bounds). */
public enum HeatmapCellLayout {
  AUTO("auto"),
  LE("le"),
  GE("ge"),
  UNKNOWN("unknown");

  private final String json;

  HeatmapCellLayout(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
