package com.carbon254.observability.dsl.dashboard;

/** What a stat panel colors with its threshold color. */
public enum BigValueColorMode {
  VALUE("value"),
  BACKGROUND("background"),
  BACKGROUND_SOLID("background_solid"),
  NONE("none");

  private final String json;

  BigValueColorMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
