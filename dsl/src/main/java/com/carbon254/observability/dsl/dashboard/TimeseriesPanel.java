package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** A graph of series over time. Its queries are range queries. */
public record TimeseriesPanel(PanelCore core, Legend legend, Tooltip tooltip, GraphStyle graphStyle)
    implements Panel {
  public TimeseriesPanel {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(legend, "legend");
    Objects.requireNonNull(tooltip, "tooltip");
    Objects.requireNonNull(graphStyle, "graphStyle");
  }

  @Override
  public String type() {
    return "timeseries";
  }
}
