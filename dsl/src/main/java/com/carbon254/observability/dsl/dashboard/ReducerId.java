package com.carbon254.observability.dsl.dashboard;

/** Grafana's reducers: how a series is reduced to one value (stat value, legend columns). */
public enum ReducerId {
  LAST_NOT_NULL("lastNotNull"),
  LAST("last"),
  FIRST_NOT_NULL("firstNotNull"),
  MEAN("mean"),
  MIN("min"),
  MAX("max"),
  SUM("sum"),
  COUNT("count"),
  DELTA("delta"),
  RANGE("range");

  private final String json;

  ReducerId(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
