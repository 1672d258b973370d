package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Builds a bar chart: categories on one axis (the first string field, e.g. a label of an instant
 * table-format query), values as bars.
 */
public final class BarChartPanelBuilder extends PanelBuilder<BarChartPanelBuilder> {
  private VizOrientation orientation = VizOrientation.AUTO;
  private VisibilityMode showValue = VisibilityMode.AUTO;
  private StackingMode stacking = StackingMode.NONE;
  private double groupWidth = 0.7;
  private double barWidth = 0.97;
  private int xTickLabelRotation;
  private Legend legend = Legend.list();
  private Tooltip tooltip = Tooltip.ALL_DESCENDING;
  private int lineWidth = 1;
  private int fillOpacity = 80;
  private GraphGradientMode gradientMode = GraphGradientMode.NONE;
  private AxisPlacement axisPlacement = AxisPlacement.AUTO;

  public BarChartPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.PALETTE_CLASSIC));
  }

  public BarChartPanelBuilder orientation(VizOrientation orientation) {
    this.orientation = Objects.requireNonNull(orientation, "orientation");
    return this;
  }

  public BarChartPanelBuilder showValue(VisibilityMode showValue) {
    this.showValue = Objects.requireNonNull(showValue, "showValue");
    return this;
  }

  public BarChartPanelBuilder stacking(StackingMode stacking) {
    this.stacking = Objects.requireNonNull(stacking, "stacking");
    return this;
  }

  /** Share of the space a group of bars takes (0..1) and of a bar within it (0..1). */
  public BarChartPanelBuilder widths(double groupWidth, double barWidth) {
    this.groupWidth = groupWidth;
    this.barWidth = barWidth;
    return this;
  }

  /** Rotation of the category labels, -90..90 degrees. */
  public BarChartPanelBuilder xTickLabelRotation(int degrees) {
    this.xTickLabelRotation = degrees;
    return this;
  }

  public BarChartPanelBuilder legend(Legend legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
    return this;
  }

  public BarChartPanelBuilder tooltip(TooltipDisplayMode mode, SortOrder sort) {
    this.tooltip = new Tooltip(mode, sort);
    return this;
  }

  public BarChartPanelBuilder lineWidth(int lineWidth) {
    this.lineWidth = lineWidth;
    return this;
  }

  public BarChartPanelBuilder fillOpacity(int fillOpacity) {
    this.fillOpacity = fillOpacity;
    return this;
  }

  public BarChartPanelBuilder gradientMode(GraphGradientMode gradientMode) {
    this.gradientMode = Objects.requireNonNull(gradientMode, "gradientMode");
    return this;
  }

  public BarChartPanelBuilder axisPlacement(AxisPlacement axisPlacement) {
    this.axisPlacement = Objects.requireNonNull(axisPlacement, "axisPlacement");
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.BarChart(
        orientation,
        showValue,
        stacking,
        groupWidth,
        barWidth,
        xTickLabelRotation,
        legend,
        tooltip,
        lineWidth,
        fillOpacity,
        gradientMode,
        axisPlacement);
  }
}
