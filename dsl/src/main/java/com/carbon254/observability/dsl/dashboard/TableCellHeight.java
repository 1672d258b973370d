package com.carbon254.observability.dsl.dashboard;

/** Table row height. */
public enum TableCellHeight {
  SMALL("sm"),
  MEDIUM("md"),
  LARGE("lg");

  private final String json;

  TableCellHeight(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
