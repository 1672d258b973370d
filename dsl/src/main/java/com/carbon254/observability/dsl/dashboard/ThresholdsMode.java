package com.carbon254.observability.dsl.dashboard;

/** Whether threshold values are absolute, or percentages of the field's min..max range. */
public enum ThresholdsMode {
  ABSOLUTE("absolute"),
  PERCENTAGE("percentage");

  private final String json;

  ThresholdsMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
