package com.carbon254.observability.dsl.dashboard;

/** Dashboard {@code graphTooltip}: whether hovering one panel shows the time in the others. */
public enum DashboardCursorSync {
  OFF(0),
  CROSSHAIR(1),
  TOOLTIP(2);

  private final int json;

  DashboardCursorSync(int json) {
    this.json = json;
  }

  public int json() {
    return json;
  }
}
