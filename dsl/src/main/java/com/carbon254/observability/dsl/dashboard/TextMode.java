package com.carbon254.observability.dsl.dashboard;

/** How a text panel reads its content. */
public enum TextMode {
  MARKDOWN("markdown"),
  HTML("html"),
  CODE("code");

  private final String json;

  TextMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
