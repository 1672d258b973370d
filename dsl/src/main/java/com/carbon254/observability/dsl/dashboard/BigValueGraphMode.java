package com.carbon254.observability.dsl.dashboard;

/** Whether a stat panel draws a sparkline behind its value. */
public enum BigValueGraphMode {
  AREA("area"),
  NONE("none");

  private final String json;

  BigValueGraphMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
