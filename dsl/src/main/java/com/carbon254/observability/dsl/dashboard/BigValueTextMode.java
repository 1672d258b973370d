package com.carbon254.observability.dsl.dashboard;

/** What a stat panel writes: the value, the series name, or both. */
public enum BigValueTextMode {
  AUTO("auto"),
  VALUE("value"),
  VALUE_AND_NAME("value_and_name"),
  NAME("name"),
  NONE("none");

  private final String json;

  BigValueTextMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
