package com.carbon254.observability.dsl.dashboard;

/** An alert list as a list or as counts. */
public enum AlertListViewMode {
  LIST("list"),
  STAT("stat");

  private final String json;

  AlertListViewMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
