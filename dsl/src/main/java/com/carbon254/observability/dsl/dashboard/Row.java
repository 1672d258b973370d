package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * A row header. The panels that follow it in the dashboard, up to the next row, belong to it.
 * Rows stay expanded: a collapsed row hides its panels from a first glance at an incident.
 */
public record Row(String title) implements DashboardElement {
  public Row {
    Objects.requireNonNull(title, "title");
  }
}
