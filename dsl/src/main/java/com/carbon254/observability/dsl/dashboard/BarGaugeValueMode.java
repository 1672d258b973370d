package com.carbon254.observability.dsl.dashboard;

/** How a bar gauge writes its value: in the threshold color, in the text color, or not at all. */
public enum BarGaugeValueMode {
  COLOR("color"),
  TEXT("text"),
  HIDDEN("hidden");

  private final String json;

  BarGaugeValueMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
