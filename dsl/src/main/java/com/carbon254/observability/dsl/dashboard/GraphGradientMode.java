package com.carbon254.observability.dsl.dashboard;

/** How the fill under a line or bar fades. */
public enum GraphGradientMode {
  NONE("none"),
  OPACITY("opacity"),
  HUE("hue"),
  SCHEME("scheme");

  private final String json;

  GraphGradientMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
