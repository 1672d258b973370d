package com.carbon254.observability.dsl.dashboard;

/** Which value of a series picks its color on a continuous scheme. */
public enum FieldColorSeriesBy {
  MIN("min"),
  MAX("max"),
  LAST("last");

  private final String json;

  FieldColorSeriesBy(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
