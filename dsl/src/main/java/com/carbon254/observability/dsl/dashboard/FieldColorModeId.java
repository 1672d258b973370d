package com.carbon254.observability.dsl.dashboard;

/**
 * How a field picks its color ({@code fieldConfig.defaults.color.mode}): the threshold step of the
 * value, a palette by series, one fixed color, shades of one color, or a continuous scheme by
 * value.
 */
public enum FieldColorModeId {
  THRESHOLDS("thresholds"),
  PALETTE_CLASSIC("palette-classic"),
  PALETTE_CLASSIC_BY_NAME("palette-classic-by-name"),
  FIXED("fixed"),
  SHADES("shades"),
  CONTINUOUS_GREEN_YELLOW_RED("continuous-GrYlRd"),
  CONTINUOUS_RED_YELLOW_GREEN("continuous-RdYlGr"),
  CONTINUOUS_BLUE_YELLOW_RED("continuous-BlYlRd"),
  CONTINUOUS_YELLOW_RED("continuous-YlRd"),
  CONTINUOUS_BLUE_PURPLE("continuous-BlPu"),
  CONTINUOUS_YELLOW_BLUE("continuous-YlBl"),
  CONTINUOUS_BLUES("continuous-blues"),
  CONTINUOUS_REDS("continuous-reds"),
  CONTINUOUS_GREENS("continuous-greens"),
  CONTINUOUS_PURPLES("continuous-purples");

  private final String json;

  FieldColorModeId(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
