package com.carbon254.observability.dsl.dashboard;

/** How a time series panel draws its threshold steps. */
public enum GraphThresholdsStyleMode {
  OFF("off"),
  LINE("line"),
  DASHED("dashed"),
  AREA("area"),
  LINE_AND_AREA("line+area"),
  DASHED_AND_AREA("dashed+area");

  private final String json;

  GraphThresholdsStyleMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
