package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a {@link Row}. The panels added to the dashboard after it belong to it. */
public final class RowBuilder {
  private final String title;

  public RowBuilder(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  public Row build() {
    return new Row(title);
  }
}
