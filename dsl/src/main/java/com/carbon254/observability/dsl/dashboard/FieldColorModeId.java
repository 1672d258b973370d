package com.carbon254.observability.dsl.dashboard;

/** How a field picks its color ({@code fieldConfig.defaults.color.mode}). */
public enum FieldColorModeId {
  /** The color of the threshold step the value falls in. */
  THRESHOLDS("thresholds"),
  /** One palette color per series, by series index. */
  PALETTE_CLASSIC("palette-classic"),
  /** One palette color per series, by series name, so a series keeps its color across panels. */
  PALETTE_CLASSIC_BY_NAME("palette-classic-by-name");

  private final String json;

  FieldColorModeId(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
