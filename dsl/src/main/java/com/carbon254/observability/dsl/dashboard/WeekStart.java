package com.carbon254.observability.dsl.dashboard;

/** First day of the week in the time picker; BROWSER follows the user's locale. */
public enum WeekStart {
  BROWSER(""),
  MONDAY("monday"),
  SATURDAY("saturday"),
  SUNDAY("sunday");

  private final String json;

  WeekStart(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
