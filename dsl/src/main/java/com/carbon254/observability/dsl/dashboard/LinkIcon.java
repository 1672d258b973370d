package com.carbon254.observability.dsl.dashboard;

/** Icon of a dashboard link. */
public enum LinkIcon {
  EXTERNAL_LINK("external link"),
  DOC("doc"),
  INFO("info"),
  QUESTION("question"),
  DASHBOARD("dashboard"),
  BOLT("bolt"),
  CLOUD("cloud");

  private final String json;

  LinkIcon(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
