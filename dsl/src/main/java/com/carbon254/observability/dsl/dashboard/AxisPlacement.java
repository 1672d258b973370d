package com.carbon254.observability.dsl.dashboard;

/** Where an axis is drawn. */
public enum AxisPlacement {
  AUTO("auto"),
  LEFT("left"),
  RIGHT("right"),
  TOP("top"),
  BOTTOM("bottom"),
  HIDDEN("hidden");

  private final String json;

  AxisPlacement(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
