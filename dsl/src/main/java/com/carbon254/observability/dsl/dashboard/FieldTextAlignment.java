package com.carbon254.observability.dsl.dashboard;

/** Alignment of a table column. */
public enum FieldTextAlignment {
  AUTO("auto"),
  LEFT("left"),
  CENTER("center"),
  RIGHT("right");

  private final String json;

  FieldTextAlignment(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
