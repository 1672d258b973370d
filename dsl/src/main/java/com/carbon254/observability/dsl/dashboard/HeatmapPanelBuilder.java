package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Builds a heatmap. For a Prometheus histogram, query {@code sum by (le) (rate(x_bucket[5m]))} with
 * {@link QueryFormat#HEATMAP} and legend {@code {{le}}}: the buckets are then drawn as they are
 * ({@link HeatmapCellLayout#LE}), not bucketed again.
 */
public final class HeatmapPanelBuilder extends PanelBuilder<HeatmapPanelBuilder> {
  private boolean calculate;
  private HeatmapColorMode colorMode = HeatmapColorMode.SCHEME;
  private String scheme = "Oranges";
  private HeatmapColorScale scale = HeatmapColorScale.EXPONENTIAL;
  private int steps = 64;
  private HeatmapCellLayout layout = HeatmapCellLayout.LE;
  private String yAxisUnit = Units.SHORT.id();
  private int cellGap = 1;
  private boolean showLegend = true;
  private TooltipDisplayMode tooltip = TooltipDisplayMode.SINGLE;
  private boolean yHistogram;
  private Color exemplarColor = Color.PURPLE;

  public HeatmapPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  /** Lets Grafana bucket raw values itself, for data that is not a histogram. */
  public HeatmapPanelBuilder calculate() {
    this.calculate = true;
    this.layout = HeatmapCellLayout.AUTO;
    return this;
  }

  /** A color scheme of d3's, e.g. {@code "Oranges"}, {@code "Spectral"}, {@code "Blues"}. */
  public HeatmapPanelBuilder scheme(String scheme, HeatmapColorScale scale) {
    this.colorMode = HeatmapColorMode.SCHEME;
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.scale = Objects.requireNonNull(scale, "scale");
    return this;
  }

  /** One color at varying opacity instead of a scheme. */
  public HeatmapPanelBuilder opacityColors() {
    this.colorMode = HeatmapColorMode.OPACITY;
    return this;
  }

  public HeatmapPanelBuilder steps(int steps) {
    this.steps = steps;
    return this;
  }

  public HeatmapPanelBuilder cellLayout(HeatmapCellLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
    return this;
  }

  /** The unit of the bucket bounds on the y axis, e.g. seconds for a latency histogram. */
  public HeatmapPanelBuilder yAxisUnit(Unit unit) {
    this.yAxisUnit = unit.id();
    return this;
  }

  public HeatmapPanelBuilder cellGap(int pixels) {
    this.cellGap = pixels;
    return this;
  }

  public HeatmapPanelBuilder hideLegend() {
    this.showLegend = false;
    return this;
  }

  /** Tooltip with the histogram of the hovered column. */
  public HeatmapPanelBuilder tooltipWithHistogram() {
    this.tooltip = TooltipDisplayMode.SINGLE;
    this.yHistogram = true;
    return this;
  }

  /** Color of the exemplar markers, when the queries ask for exemplars. */
  public HeatmapPanelBuilder exemplarColor(Color color) {
    this.exemplarColor = Objects.requireNonNull(color, "color");
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Heatmap(
        calculate,
        colorMode,
        scheme,
        scale,
        steps,
        layout,
        yAxisUnit,
        cellGap,
        showLegend,
        tooltip,
        yHistogram,
        exemplarColor);
  }
}
