package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Builds a histogram of the values of the queries' series over the time range. */
public final class HistogramPanelBuilder extends PanelBuilder<HistogramPanelBuilder> {
  private OptionalInt bucketCount = OptionalInt.empty();
  private OptionalDouble bucketSize = OptionalDouble.empty();
  private boolean combine;
  private Legend legend = Legend.list();
  private Tooltip tooltip = Tooltip.ALL_DESCENDING;
  private int lineWidth = 1;
  private int fillOpacity = 80;
  private GraphGradientMode gradientMode = GraphGradientMode.NONE;

  public HistogramPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.PALETTE_CLASSIC));
  }

  /** Roughly this many buckets; Grafana's default is 30. */
  public HistogramPanelBuilder bucketCount(int count) {
    this.bucketCount = OptionalInt.of(count);
    return this;
  }

  /** Buckets of this width, in the values' unit. */
  public HistogramPanelBuilder bucketSize(double size) {
    this.bucketSize = OptionalDouble.of(size);
    return this;
  }

  /** One histogram of all series together. */
  public HistogramPanelBuilder combine() {
    this.combine = true;
    return this;
  }

  public HistogramPanelBuilder legend(Legend legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
    return this;
  }

  public HistogramPanelBuilder tooltip(TooltipDisplayMode mode, SortOrder sort) {
    this.tooltip = new Tooltip(mode, sort);
    return this;
  }

  public HistogramPanelBuilder fillOpacity(int fillOpacity) {
    this.fillOpacity = fillOpacity;
    return this;
  }

  public HistogramPanelBuilder lineWidth(int lineWidth) {
    this.lineWidth = lineWidth;
    return this;
  }

  public HistogramPanelBuilder gradientMode(GraphGradientMode gradientMode) {
    this.gradientMode = Objects.requireNonNull(gradientMode, "gradientMode");
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Histogram(
        bucketCount, bucketSize, combine, legend, tooltip, lineWidth, fillOpacity, gradientMode);
  }
}
