package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link Row}. The panels added to the dashboard after it belong to it. Rows are expanded
 * by default: a collapsed row hides its panels from a first glance at an incident, so collapse only
 * rows of detail.
 */
public final class RowBuilder {
  private final String title;
  private boolean collapsed;
  private String repeat;

  public RowBuilder(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  public RowBuilder collapsed() {
    this.collapsed = true;
    return this;
  }

  /** One copy of the row per selected value of a multi-value or include-all variable. */
  public RowBuilder repeat(String variable) {
    this.repeat = Objects.requireNonNull(variable, "variable");
    return this;
  }

  public Row build() {
    return new Row(title, collapsed, Optional.ofNullable(repeat));
  }
}
