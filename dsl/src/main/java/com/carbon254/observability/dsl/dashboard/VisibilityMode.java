package com.carbon254.observability.dsl.dashboard;

/** Whether points or values are drawn: always, never, or when there is room. */
public enum VisibilityMode {
  AUTO("auto"),
  NEVER("never"),
  ALWAYS("always");

  private final String json;

  VisibilityMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
