package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a time series panel: series over time, drawn as lines, bars or points. */
public final class TimeseriesPanelBuilder extends PanelBuilder<TimeseriesPanelBuilder> {
  private Legend legend = Legend.list();
  private Tooltip tooltip = Tooltip.ALL_DESCENDING;
  private GraphDrawStyle drawStyle = GraphDrawStyle.LINE;
  private LineInterpolation lineInterpolation = LineInterpolation.LINEAR;
  private int lineWidth = 1;
  private int fillOpacity = 10;
  private GraphGradientMode gradientMode = GraphGradientMode.NONE;
  private VisibilityMode showPoints = VisibilityMode.NEVER;
  private int pointSize = 5;
  private boolean spanNulls;
  private StackingMode stacking = StackingMode.NONE;
  private AxisPlacement axisPlacement = AxisPlacement.AUTO;
  private String axisLabel = "";
  private boolean axisCenteredZero;
  private int logBase;
  private GraphThresholdsStyleMode thresholdsStyle;

  public TimeseriesPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.PALETTE_CLASSIC));
  }

  /** Default: a list under the graph, without values. */
  public TimeseriesPanelBuilder legend(Legend legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
    return this;
  }

  /** Default: all series, sorted descending. */
  public TimeseriesPanelBuilder tooltip(TooltipDisplayMode mode, SortOrder sort) {
    this.tooltip = new Tooltip(mode, sort);
    return this;
  }

  public TimeseriesPanelBuilder drawStyle(GraphDrawStyle drawStyle) {
    this.drawStyle = Objects.requireNonNull(drawStyle, "drawStyle");
    return this;
  }

  public TimeseriesPanelBuilder lineInterpolation(LineInterpolation interpolation) {
    this.lineInterpolation = Objects.requireNonNull(interpolation, "interpolation");
    return this;
  }

  /** Line width in pixels, 0..10; default 1. */
  public TimeseriesPanelBuilder lineWidth(int lineWidth) {
    this.lineWidth = lineWidth;
    return this;
  }

  /** Opacity of the area under the line, 0..100; default 10. */
  public TimeseriesPanelBuilder fillOpacity(int fillOpacity) {
    this.fillOpacity = fillOpacity;
    return this;
  }

  public TimeseriesPanelBuilder gradientMode(GraphGradientMode gradientMode) {
    this.gradientMode = Objects.requireNonNull(gradientMode, "gradientMode");
    return this;
  }

  /** Points on the line; default never, with size 5 when shown. */
  public TimeseriesPanelBuilder showPoints(VisibilityMode showPoints, int pointSize) {
    this.showPoints = Objects.requireNonNull(showPoints, "showPoints");
    this.pointSize = pointSize;
    return this;
  }

  /** Draws the line across missing samples instead of breaking it. */
  public TimeseriesPanelBuilder spanNulls() {
    this.spanNulls = true;
    return this;
  }

  public TimeseriesPanelBuilder stacking(StackingMode stacking) {
    this.stacking = Objects.requireNonNull(stacking, "stacking");
    return this;
  }

  public TimeseriesPanelBuilder axis(AxisPlacement placement, String label) {
    this.axisPlacement = Objects.requireNonNull(placement, "placement");
    this.axisLabel = Objects.requireNonNull(label, "label");
    return this;
  }

  /** Zero in the middle of the axis: for values that swing both ways. */
  public TimeseriesPanelBuilder axisCenteredZero() {
    this.axisCenteredZero = true;
    return this;
  }

  /** A logarithmic axis of base 2 or 10. */
  public TimeseriesPanelBuilder logScale(int base) {
    this.logBase = base;
    return this;
  }

  /**
   * How the threshold steps are drawn. Default: dashed lines when the panel has steps, else off;
   * Grafana's own default is off, which makes thresholds set on a time series silently invisible.
   */
  public TimeseriesPanelBuilder thresholdsStyle(GraphThresholdsStyleMode thresholdsStyle) {
    this.thresholdsStyle = Objects.requireNonNull(thresholdsStyle, "thresholdsStyle");
    return this;
  }

  @Override
  PanelOptions options() {
    GraphThresholdsStyleMode style =
        thresholdsStyle != null
            ? thresholdsStyle
            : thresholds().steps().isEmpty()
                ? GraphThresholdsStyleMode.OFF
                : GraphThresholdsStyleMode.DASHED;
    return new PanelOptions.Timeseries(
        legend,
        tooltip,
        new GraphStyle(
            drawStyle,
            lineInterpolation,
            lineWidth,
            fillOpacity,
            gradientMode,
            showPoints,
            pointSize,
            spanNulls,
            stacking,
            axisPlacement,
            axisLabel,
            axisCenteredZero,
            logBase,
            style));
  }
}
