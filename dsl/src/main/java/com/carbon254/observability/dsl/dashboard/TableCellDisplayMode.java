package com.carbon254.observability.dsl.dashboard;

/** How a table cell shows its value (cell type). */
public enum TableCellDisplayMode {
  AUTO("auto"),
  COLOR_TEXT("color-text"),
  COLOR_BACKGROUND("color-background"),
  GAUGE("gauge"),
  SPARKLINE("sparkline"),
  JSON_VIEW("json-view"),
  DATA_LINKS("data-links"),
  IMAGE("image");

  private final String json;

  TableCellDisplayMode(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
