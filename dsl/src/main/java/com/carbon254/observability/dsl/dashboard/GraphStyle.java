package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Grafana's "Graph styles" and "Axis" groups of a time series panel ({@code
 * fieldConfig.defaults.custom}).
 *
 * @param logBase 0 for a linear axis, else 2 or 10
 * @param spanNulls whether a line is drawn across missing samples
 */
public record GraphStyle(
    GraphDrawStyle drawStyle,
    LineInterpolation lineInterpolation,
    int lineWidth,
    int fillOpacity,
    GraphGradientMode gradientMode,
    VisibilityMode showPoints,
    int pointSize,
    boolean spanNulls,
    StackingMode stacking,
    AxisPlacement axisPlacement,
    String axisLabel,
    boolean axisCenteredZero,
    int logBase,
    GraphThresholdsStyleMode thresholdsStyle) {
  public GraphStyle {
    Objects.requireNonNull(drawStyle, "drawStyle");
    Objects.requireNonNull(lineInterpolation, "lineInterpolation");
    Objects.requireNonNull(gradientMode, "gradientMode");
    Objects.requireNonNull(showPoints, "showPoints");
    Objects.requireNonNull(stacking, "stacking");
    Objects.requireNonNull(axisPlacement, "axisPlacement");
    Objects.requireNonNull(axisLabel, "axisLabel");
    Objects.requireNonNull(thresholdsStyle, "thresholdsStyle");
  }
}
