package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * One big number per series. Its queries are range queries when it draws a sparkline, and instant
 * queries otherwise, which cost Prometheus one sample instead of a whole range.
 */
public record StatPanel(PanelCore core, StatOptions options) implements Panel {
  public StatPanel {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(options, "options");
  }

  @Override
  public String type() {
    return "stat";
  }

  public boolean instantQueries() {
    return options.graphMode() == BigValueGraphMode.NONE;
  }
}
