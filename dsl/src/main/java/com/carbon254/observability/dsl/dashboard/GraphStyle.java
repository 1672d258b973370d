package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Grafana's "Graph styles" group of a time series panel (more options will join it). */
public record GraphStyle(int lineWidth, int fillOpacity, GraphThresholdsStyleMode thresholdsStyle) {
  public GraphStyle {
    Objects.requireNonNull(thresholdsStyle, "thresholdsStyle");
  }
}
