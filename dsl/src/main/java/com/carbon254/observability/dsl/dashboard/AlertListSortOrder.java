package com.carbon254.observability.dsl.dashboard;

/** Order of an alert list. */
public enum AlertListSortOrder {
  ALPHABETICAL_ASC(1),
  ALPHABETICAL_DESC(2),
  IMPORTANCE(3),
  TIME_ASC(4),
  TIME_DESC(5);

  private final int json;

  AlertListSortOrder(int json) {
    this.json = json;
  }

  public int json() {
    return json;
  }
}
