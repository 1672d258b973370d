package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a status history: a grid of states, one row per series, one column per time bucket. */
public final class StatusHistoryPanelBuilder extends PanelBuilder<StatusHistoryPanelBuilder> {
  private VisibilityMode showValue = VisibilityMode.AUTO;
  private double rowHeight = 0.9;
  private double colWidth = 0.9;
  private Legend legend = Legend.list();
  private Tooltip tooltip = new Tooltip(TooltipDisplayMode.SINGLE, SortOrder.NONE);
  private int lineWidth = 1;
  private int fillOpacity = 70;

  public StatusHistoryPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public StatusHistoryPanelBuilder showValue(VisibilityMode showValue) {
    this.showValue = Objects.requireNonNull(showValue, "showValue");
    return this;
  }

  /** Cell height and width as shares of their row and column, 0..1. */
  public StatusHistoryPanelBuilder cellSize(double rowHeight, double colWidth) {
    this.rowHeight = rowHeight;
    this.colWidth = colWidth;
    return this;
  }

  public StatusHistoryPanelBuilder legend(Legend legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
    return this;
  }

  public StatusHistoryPanelBuilder fillOpacity(int fillOpacity) {
    this.fillOpacity = fillOpacity;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.StatusHistory(
        showValue, rowHeight, colWidth, legend, tooltip, lineWidth, fillOpacity);
  }
}
