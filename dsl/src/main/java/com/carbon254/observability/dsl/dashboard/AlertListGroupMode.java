package com.carbon254.observability.dsl.dashboard;

/** Alerts grouped by rule group (default) or by the groupBy labels (custom). */
public enum AlertListGroupMode {
  DEFAULT("default"),
  CUSTOM("custom");

  private final String json;

  AlertListGroupMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
