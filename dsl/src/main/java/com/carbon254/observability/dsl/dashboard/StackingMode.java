package com.carbon254.observability.dsl.dashboard;

/** Whether series stack on each other, in absolute values or as shares of 100%. */
public enum StackingMode {
  NONE("none"),
  NORMAL("normal"),
  PERCENT("percent");

  private final String json;

  StackingMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
