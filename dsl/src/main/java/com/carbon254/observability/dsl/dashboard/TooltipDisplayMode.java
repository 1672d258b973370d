package com.carbon254.observability.dsl.dashboard;

public enum TooltipDisplayMode {
  /** Only the hovered series. */
  SINGLE("single"),
  /** All series at the hovered time. */
  MULTI("multi"),
  NONE("none");

  private final String json;

  TooltipDisplayMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
