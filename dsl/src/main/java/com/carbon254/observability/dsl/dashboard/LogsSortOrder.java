package com.carbon254.observability.dsl.dashboard;

/** Newest or oldest log lines first. */
public enum LogsSortOrder {
  DESCENDING("Descending"),
  ASCENDING("Ascending");

  private final String json;

  LogsSortOrder(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
