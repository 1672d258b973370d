package com.carbon254.observability.dsl.dashboard;

/** Where a stat panel puts its value and name. */
public enum BigValueJustifyMode {
  AUTO("auto"),
  CENTER("center");

  private final String json;

  BigValueJustifyMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
