package com.carbon254.observability.dsl.dashboard;

/** The special values a value mapping can match. */
public enum SpecialValue {
  TRUE("true"),
  FALSE("false"),
  NULL("null"),
  NAN("nan"),
  NULL_AND_NAN("null+nan"),
  EMPTY("empty");

  private final String json;

  SpecialValue(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
