package com.carbon254.observability.dsl.dashboard;

/** Whether the variable picker is shown, without its label, or not at all. */
public enum VariableHide {
  DONT_HIDE(0),
  HIDE_LABEL(1),
  HIDE_VARIABLE(2);

  private final int json;

  VariableHide(int json) {
    this.json = json;
  }

  public int json() {
    return json;
  }
}
