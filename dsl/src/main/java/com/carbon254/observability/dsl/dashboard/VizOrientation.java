package com.carbon254.observability.dsl.dashboard;

/** Which way gauges, bars and stats run. */
public enum VizOrientation {
  AUTO("auto"),
  HORIZONTAL("horizontal"),
  VERTICAL("vertical");

  private final String json;

  VizOrientation(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
