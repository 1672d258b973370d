package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Builds a pie chart: each series reduced to one value, as a slice. Queries are instant. */
public final class PieChartPanelBuilder extends PanelBuilder<PieChartPanelBuilder> {
  private ReduceOptions reduce = ReduceOptions.LAST_NOT_NULL;
  private PieChartType pieType = PieChartType.PIE;
  private List<PieChartLabel> displayLabels = List.of();
  private Legend legend = Legend.list().atRight();
  private List<PieChartLegendValue> legendValues = List.of(PieChartLegendValue.PERCENT);
  private Tooltip tooltip = new Tooltip(TooltipDisplayMode.SINGLE, SortOrder.NONE);

  public PieChartPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.PALETTE_CLASSIC));
  }

  public PieChartPanelBuilder reduceCalc(ReducerId reducer) {
    this.reduce = ReduceOptions.calc(reducer);
    return this;
  }

  public PieChartPanelBuilder pieType(PieChartType pieType) {
    this.pieType = Objects.requireNonNull(pieType, "pieType");
    return this;
  }

  /** Labels on the slices; default none. */
  public PieChartPanelBuilder displayLabels(PieChartLabel... labels) {
    this.displayLabels = List.copyOf(Arrays.asList(labels));
    return this;
  }

  public PieChartPanelBuilder legend(Legend legend, PieChartLegendValue... values) {
    this.legend = Objects.requireNonNull(legend, "legend");
    this.legendValues = List.copyOf(Arrays.asList(values));
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.PieChart(reduce, pieType, displayLabels, legend, legendValues, tooltip);
  }
}
