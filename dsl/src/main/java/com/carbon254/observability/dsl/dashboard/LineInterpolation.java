package com.carbon254.observability.dsl.dashboard;

/** How a line joins two points. */
public enum LineInterpolation {
  LINEAR("linear"),
  SMOOTH("smooth"),
  STEP_BEFORE("stepBefore"),
  STEP_AFTER("stepAfter");

  private final String json;

  LineInterpolation(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
