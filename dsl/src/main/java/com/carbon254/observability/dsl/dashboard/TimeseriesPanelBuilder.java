package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a {@link TimeseriesPanel}. */
public final class TimeseriesPanelBuilder extends PanelBuilder<TimeseriesPanel, TimeseriesPanelBuilder> {
  private Legend legend = Legend.list();
  private Tooltip tooltip = Tooltip.ALL_DESCENDING;
  private int lineWidth = 1;
  private int fillOpacity = 10;
  private GraphThresholdsStyleMode thresholdsStyle;

  public TimeseriesPanelBuilder(String title) {
    super(title, FieldColorModeId.PALETTE_CLASSIC);
  }

  @Override
  TimeseriesPanelBuilder self() {
    return this;
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

  /**
   * How the threshold steps are drawn. Default: dashed lines when the panel has steps, else off;
   * Grafana's own default is off, which makes thresholds set on a time series silently invisible.
   */
  public TimeseriesPanelBuilder thresholdsStyle(GraphThresholdsStyleMode thresholdsStyle) {
    this.thresholdsStyle = Objects.requireNonNull(thresholdsStyle, "thresholdsStyle");
    return this;
  }

  @Override
  public TimeseriesPanel build() {
    PanelCore core = core();
    GraphThresholdsStyleMode style = thresholdsStyle != null ? thresholdsStyle
        : core.thresholds().steps().isEmpty() ? GraphThresholdsStyleMode.OFF : GraphThresholdsStyleMode.DASHED;
    return new TimeseriesPanel(core, legend, tooltip, new GraphStyle(lineWidth, fillOpacity, style));
  }
}
