package com.carbon254.observability.dsl.dashboard;

/** Order of the series in a multi-series tooltip. */
public enum SortOrder {
  NONE("none"),
  ASCENDING("asc"),
  DESCENDING("desc");

  private final String json;

  SortOrder(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
