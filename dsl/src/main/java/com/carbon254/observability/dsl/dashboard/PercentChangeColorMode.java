package com.carbon254.observability.dsl.dashboard;

/**
 * How a stat panel colors its percent change: up is good (standard), up is bad (inverted), or as
 * the value.
 */
public enum PercentChangeColorMode {
  STANDARD("standard"),
  INVERTED("inverted"),
  SAME_AS_VALUE("same_as_value");

  private final String json;

  PercentChangeColorMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
