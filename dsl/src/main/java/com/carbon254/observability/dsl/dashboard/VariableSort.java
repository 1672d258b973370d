package com.carbon254.observability.dsl.dashboard;

/** Order of a query variable's values. */
public enum VariableSort {
  DISABLED(0),
  ALPHABETICAL_ASC(1),
  ALPHABETICAL_DESC(2),
  NUMERICAL_ASC(3),
  NUMERICAL_DESC(4),
  ALPHABETICAL_CASE_INSENSITIVE_ASC(5),
  ALPHABETICAL_CASE_INSENSITIVE_DESC(6),
  NATURAL_ASC(7),
  NATURAL_DESC(8);

  private final int json;

  VariableSort(int json) {
    this.json = json;
  }

  public int json() {
    return json;
  }
}
