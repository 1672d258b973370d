package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Builds a stat panel: one big number per series. Its queries are range queries when it draws a
 * sparkline, and instant queries otherwise, which cost Prometheus one sample instead of a range.
 */
public final class StatPanelBuilder extends PanelBuilder<StatPanelBuilder> {
  private ReduceOptions reduce = ReduceOptions.LAST_NOT_NULL;
  private VizOrientation orientation = VizOrientation.AUTO;
  private BigValueTextMode textMode = BigValueTextMode.AUTO;
  private BigValueColorMode colorMode = BigValueColorMode.VALUE;
  private BigValueGraphMode graphMode = BigValueGraphMode.AREA;
  private BigValueJustifyMode justifyMode = BigValueJustifyMode.AUTO;
  private boolean showPercentChange;
  private PercentChangeColorMode percentChangeColorMode = PercentChangeColorMode.STANDARD;

  public StatPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  /** How each series is reduced to the one value shown; default last non-null value. */
  public StatPanelBuilder reduceCalc(ReducerId reducer) {
    this.reduce = ReduceOptions.calc(reducer);
    return this;
  }

  public StatPanelBuilder reduceOptions(ReduceOptions reduce) {
    this.reduce = Objects.requireNonNull(reduce, "reduce");
    return this;
  }

  public StatPanelBuilder orientation(VizOrientation orientation) {
    this.orientation = Objects.requireNonNull(orientation, "orientation");
    return this;
  }

  /** What takes the threshold color; default the value. */
  public StatPanelBuilder colorMode(BigValueColorMode colorMode) {
    this.colorMode = Objects.requireNonNull(colorMode, "colorMode");
    return this;
  }

  /** Sparkline or not; default a sparkline. Without one, the queries are instant queries. */
  public StatPanelBuilder graphMode(BigValueGraphMode graphMode) {
    this.graphMode = Objects.requireNonNull(graphMode, "graphMode");
    return this;
  }

  public StatPanelBuilder textMode(BigValueTextMode textMode) {
    this.textMode = Objects.requireNonNull(textMode, "textMode");
    return this;
  }

  public StatPanelBuilder justifyMode(BigValueJustifyMode justifyMode) {
    this.justifyMode = Objects.requireNonNull(justifyMode, "justifyMode");
    return this;
  }

  /** Shows the change over the time range in percent, colored as {@code colorMode} says. */
  public StatPanelBuilder showPercentChange(PercentChangeColorMode colorMode) {
    this.showPercentChange = true;
    this.percentChangeColorMode = Objects.requireNonNull(colorMode, "colorMode");
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Stat(
        reduce,
        orientation,
        textMode,
        colorMode,
        graphMode,
        justifyMode,
        true,
        showPercentChange,
        percentChangeColorMode);
  }
}
