package com.carbon254.observability.dsl.dashboard;

/** Whether bar sizes follow the panel or fixed minimums. */
public enum BarGaugeSizing {
  AUTO("auto"),
  MANUAL("manual");

  private final String json;

  BarGaugeSizing(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
