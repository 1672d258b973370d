package com.carbon254.observability.dsl.dashboard;

import java.util.List;

/** A visualization. Each kind is a record holding the common {@link PanelCore} and its own options. */
public sealed interface Panel extends DashboardElement permits TimeseriesPanel, StatPanel {
  PanelCore core();

  /** Grafana's plugin id of the visualization, the panel's {@code type}. */
  String type();

  @Override
  default String title() {
    return core().title();
  }

  default List<Target> targets() {
    return core().targets();
  }
}
