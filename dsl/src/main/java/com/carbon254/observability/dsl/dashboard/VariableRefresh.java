package com.carbon254.observability.dsl.dashboard;

/** When a query variable reloads its values. */
public enum VariableRefresh {
  NEVER(0),
  ON_DASHBOARD_LOAD(1),
  ON_TIME_RANGE_CHANGE(2);

  private final int json;

  VariableRefresh(int json) {
    this.json = json;
  }

  public int json() {
    return json;
  }
}
