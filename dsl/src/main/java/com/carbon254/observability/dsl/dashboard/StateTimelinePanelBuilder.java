package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Builds a state timeline: one band per series, colored by state. Give states names and colors with
 * value mappings (e.g. {@code 1} as "firing" in red) or thresholds.
 */
public final class StateTimelinePanelBuilder extends PanelBuilder<StateTimelinePanelBuilder> {
  private boolean mergeValues = true;
  private VisibilityMode showValue = VisibilityMode.AUTO;
  private double rowHeight = 0.9;
  private Legend legend = Legend.list();
  private Tooltip tooltip = new Tooltip(TooltipDisplayMode.SINGLE, SortOrder.NONE);
  private int lineWidth;
  private int fillOpacity = 70;

  public StateTimelinePanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  /** Keeps equal neighbouring values apart instead of merging them into one band. */
  public StateTimelinePanelBuilder keepValuesApart() {
    this.mergeValues = false;
    return this;
  }

  public StateTimelinePanelBuilder showValue(VisibilityMode showValue) {
    this.showValue = Objects.requireNonNull(showValue, "showValue");
    return this;
  }

  /** Height of a band as a share of its row, 0..1. */
  public StateTimelinePanelBuilder rowHeight(double rowHeight) {
    this.rowHeight = rowHeight;
    return this;
  }

  public StateTimelinePanelBuilder legend(Legend legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
    return this;
  }

  public StateTimelinePanelBuilder fillOpacity(int fillOpacity) {
    this.fillOpacity = fillOpacity;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.StateTimeline(
        mergeValues, showValue, rowHeight, legend, tooltip, lineWidth, fillOpacity);
  }
}
