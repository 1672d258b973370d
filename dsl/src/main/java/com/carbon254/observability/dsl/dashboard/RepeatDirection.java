package com.carbon254.observability.dsl.dashboard;

/** Whether repeated panels go side by side or one below the other. */
public enum RepeatDirection {
  HORIZONTAL("h"),
  VERTICAL("v");

  private final String json;

  RepeatDirection(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
