package com.carbon254.observability.dsl.dashboard;

/** How a logs panel folds repeated lines. */
public enum LogsDedupStrategy {
  NONE("none"),
  EXACT("exact"),
  NUMBERS("numbers"),
  SIGNATURE("signature");

  private final String json;

  LogsDedupStrategy(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
