package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a bar gauge: one bar per series, filled to its value. Queries are instant. */
public final class BarGaugePanelBuilder extends PanelBuilder<BarGaugePanelBuilder> {
  private ReduceOptions reduce = ReduceOptions.LAST_NOT_NULL;
  private VizOrientation orientation = VizOrientation.HORIZONTAL;
  private BarGaugeDisplayMode displayMode = BarGaugeDisplayMode.GRADIENT;
  private BarGaugeValueMode valueMode = BarGaugeValueMode.COLOR;
  private BarGaugeNamePlacement namePlacement = BarGaugeNamePlacement.AUTO;
  private boolean showUnfilled = true;
  private BarGaugeSizing sizing = BarGaugeSizing.AUTO;
  private int minVizWidth = 8;
  private int minVizHeight = 16;
  private int maxVizHeight = 300;

  public BarGaugePanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public BarGaugePanelBuilder reduceCalc(ReducerId reducer) {
    this.reduce = ReduceOptions.calc(reducer);
    return this;
  }

  public BarGaugePanelBuilder reduceOptions(ReduceOptions reduce) {
    this.reduce = Objects.requireNonNull(reduce, "reduce");
    return this;
  }

  /** Default horizontal bars, which keep long series names readable. */
  public BarGaugePanelBuilder orientation(VizOrientation orientation) {
    this.orientation = Objects.requireNonNull(orientation, "orientation");
    return this;
  }

  public BarGaugePanelBuilder displayMode(BarGaugeDisplayMode displayMode) {
    this.displayMode = Objects.requireNonNull(displayMode, "displayMode");
    return this;
  }

  public BarGaugePanelBuilder valueMode(BarGaugeValueMode valueMode) {
    this.valueMode = Objects.requireNonNull(valueMode, "valueMode");
    return this;
  }

  public BarGaugePanelBuilder namePlacement(BarGaugeNamePlacement namePlacement) {
    this.namePlacement = Objects.requireNonNull(namePlacement, "namePlacement");
    return this;
  }

  public BarGaugePanelBuilder showUnfilled(boolean show) {
    this.showUnfilled = show;
    return this;
  }

  /** Fixed minimum bar width and height, and a maximum height, in pixels. */
  public BarGaugePanelBuilder manualSizing(int minWidth, int minHeight, int maxHeight) {
    this.sizing = BarGaugeSizing.MANUAL;
    this.minVizWidth = minWidth;
    this.minVizHeight = minHeight;
    this.maxVizHeight = maxHeight;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.BarGauge(
        reduce,
        orientation,
        displayMode,
        valueMode,
        namePlacement,
        showUnfilled,
        sizing,
        minVizWidth,
        minVizHeight,
        maxVizHeight);
  }
}
