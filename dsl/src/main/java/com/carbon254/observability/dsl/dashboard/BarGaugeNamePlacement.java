package com.carbon254.observability.dsl.dashboard;

/** Where a bar gauge writes each bar's name. */
public enum BarGaugeNamePlacement {
  AUTO("auto"),
  TOP("top"),
  LEFT("left"),
  HIDDEN("hidden");

  private final String json;

  BarGaugeNamePlacement(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
