package com.carbon254.observability.dsl.dashboard;

/** Builds a {@link StatPanel}. */
public final class StatPanelBuilder extends PanelBuilder<StatPanel, StatPanelBuilder> {
  private StatOptions options = StatOptions.DEFAULT;

  public StatPanelBuilder(String title) {
    super(title, FieldColorModeId.THRESHOLDS);
  }

  @Override
  StatPanelBuilder self() {
    return this;
  }

  /** How each series is reduced to the one value shown; default last non-null value. */
  public StatPanelBuilder reduceCalc(ReducerId reducer) {
    options = options.withReduce(reducer);
    return this;
  }

  /** What takes the threshold color; default the value. */
  public StatPanelBuilder colorMode(BigValueColorMode colorMode) {
    options = options.withColorMode(colorMode);
    return this;
  }

  /** Sparkline or not; default a sparkline. Without one, the queries are instant queries. */
  public StatPanelBuilder graphMode(BigValueGraphMode graphMode) {
    options = options.withGraphMode(graphMode);
    return this;
  }

  public StatPanelBuilder textMode(BigValueTextMode textMode) {
    options = options.withTextMode(textMode);
    return this;
  }

  @Override
  public StatPanel build() {
    return new StatPanel(core(), options);
  }
}
