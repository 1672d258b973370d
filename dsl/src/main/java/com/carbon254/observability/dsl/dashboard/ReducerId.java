package com.carbon254.observability.dsl.dashboard;

/**
 * Grafana's reducers: how a series is reduced to one value (stat value, legend columns, table
 * footer).
 */
public enum ReducerId {
  LAST_NOT_NULL("lastNotNull"),
  LAST("last"),
  FIRST_NOT_NULL("firstNotNull"),
  FIRST("first"),
  MEAN("mean"),
  MIN("min"),
  MAX("max"),
  SUM("sum"),
  COUNT("count"),
  DELTA("delta"),
  RANGE("range"),
  /** Last minus first. */
  DIFF("diff"),
  /** Last minus first, as a share of first. */
  DIFF_PERCENT("diffperc"),
  STD_DEV("stdDev"),
  VARIANCE("variance"),
  DISTINCT_COUNT("distinctCount"),
  CHANGE_COUNT("changeCount"),
  /** The smallest step between two samples. */
  STEP("step"),
  ALL_IS_NULL("allIsNull"),
  ALL_IS_ZERO("allIsZero");

  private final String json;

  ReducerId(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
