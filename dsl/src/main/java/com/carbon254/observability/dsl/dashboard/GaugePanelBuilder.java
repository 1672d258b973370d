package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Builds a gauge: one dial per series, against its thresholds and min..max. Queries are instant.
 */
public final class GaugePanelBuilder extends PanelBuilder<GaugePanelBuilder> {
  private ReduceOptions reduce = ReduceOptions.LAST_NOT_NULL;
  private VizOrientation orientation = VizOrientation.AUTO;
  private boolean showThresholdLabels;
  private boolean showThresholdMarkers = true;

  public GaugePanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public GaugePanelBuilder reduceCalc(ReducerId reducer) {
    this.reduce = ReduceOptions.calc(reducer);
    return this;
  }

  public GaugePanelBuilder reduceOptions(ReduceOptions reduce) {
    this.reduce = Objects.requireNonNull(reduce, "reduce");
    return this;
  }

  public GaugePanelBuilder orientation(VizOrientation orientation) {
    this.orientation = Objects.requireNonNull(orientation, "orientation");
    return this;
  }

  /** Threshold values written around the dial; default off. */
  public GaugePanelBuilder showThresholdLabels(boolean show) {
    this.showThresholdLabels = show;
    return this;
  }

  /** The threshold band around the dial; default on. */
  public GaugePanelBuilder showThresholdMarkers(boolean show) {
    this.showThresholdMarkers = show;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Gauge(reduce, orientation, showThresholdLabels, showThresholdMarkers);
  }
}
