package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The options of each panel kind, grouped as Grafana's panel editor groups them. One record per
 * visualization; its {@link #type()} is Grafana's plugin id. The builders fill them; the renderer
 * writes {@code options} and {@code fieldConfig.defaults.custom} from them.
 */
public sealed interface PanelOptions {
  default String type() {
    return GrafanaIds.of(this);
  }

  /** Time series: Legend, Tooltip, and the Graph styles and Axis groups. */
  @GrafanaId("timeseries")
  record Timeseries(Legend legend, Tooltip tooltip, GraphStyle style) implements PanelOptions {
    public Timeseries {
      Objects.requireNonNull(legend, "legend");
      Objects.requireNonNull(tooltip, "tooltip");
      Objects.requireNonNull(style, "style");
    }
  }

  /** Stat: Value options (reduce), then Stat styles. */
  @GrafanaId("stat")
  record Stat(
      ReduceOptions reduce,
      VizOrientation orientation,
      BigValueTextMode textMode,
      BigValueColorMode colorMode,
      BigValueGraphMode graphMode,
      BigValueJustifyMode justifyMode,
      boolean wideLayout,
      boolean showPercentChange,
      PercentChangeColorMode percentChangeColorMode)
      implements PanelOptions {}

  /** Gauge: Value options, then Gauge (threshold markers and labels). */
  @GrafanaId("gauge")
  record Gauge(
      ReduceOptions reduce,
      VizOrientation orientation,
      boolean showThresholdLabels,
      boolean showThresholdMarkers)
      implements PanelOptions {}

  /** Bar gauge: Value options, then Bar gauge (display mode, value, names, sizing). */
  @GrafanaId("bargauge")
  record BarGauge(
      ReduceOptions reduce,
      VizOrientation orientation,
      BarGaugeDisplayMode displayMode,
      BarGaugeValueMode valueMode,
      BarGaugeNamePlacement namePlacement,
      boolean showUnfilled,
      BarGaugeSizing sizing,
      int minVizWidth,
      int minVizHeight,
      int maxVizHeight)
      implements PanelOptions {}

  /** Bar chart: Bar chart group, Legend, Tooltip, and the bars' Graph styles. */
  @GrafanaId("barchart")
  record BarChart(
      VizOrientation orientation,
      VisibilityMode showValue,
      StackingMode stacking,
      double groupWidth,
      double barWidth,
      int xTickLabelRotation,
      Legend legend,
      Tooltip tooltip,
      int lineWidth,
      int fillOpacity,
      GraphGradientMode gradientMode,
      AxisPlacement axisPlacement)
      implements PanelOptions {}

  /** Table: Table group, Table footer, and the cell options of every column. */
  @GrafanaId("table")
  record Table(
      boolean showHeader,
      TableCellHeight cellHeight,
      Optional<ReducerId> footer,
      Optional<SortBy> sortBy,
      FieldTextAlignment align,
      TableCellDisplayMode cellType,
      boolean filterable)
      implements PanelOptions {}

  /** A table's initial sort: a column by its display name. */
  record SortBy(String displayName, boolean descending) {
    public SortBy {
      Objects.requireNonNull(displayName, "displayName");
    }
  }

  /**
   * Heatmap of pre-bucketed data (Prometheus histograms, query format heatmap, layout le) or of raw
   * values bucketed by Grafana ({@code calculate}).
   */
  @GrafanaId("heatmap")
  record Heatmap(
      boolean calculate,
      HeatmapColorMode colorMode,
      String scheme,
      HeatmapColorScale scale,
      int steps,
      HeatmapCellLayout layout,
      String yAxisUnit,
      int cellGap,
      boolean showLegend,
      TooltipDisplayMode tooltip,
      boolean yHistogram,
      Color exemplarColor)
      implements PanelOptions {}

  /** Histogram of values: Histogram group (bucket size, count, offset), Legend, Graph styles. */
  @GrafanaId("histogram")
  record Histogram(
      OptionalInt bucketCount,
      OptionalDouble bucketSize,
      boolean combine,
      Legend legend,
      Tooltip tooltip,
      int lineWidth,
      int fillOpacity,
      GraphGradientMode gradientMode)
      implements PanelOptions {}

  /** State timeline: one bar per series, colored by state (via mappings or thresholds). */
  @GrafanaId("state-timeline")
  record StateTimeline(
      boolean mergeValues,
      VisibilityMode showValue,
      double rowHeight,
      Legend legend,
      Tooltip tooltip,
      int lineWidth,
      int fillOpacity)
      implements PanelOptions {}

  /** Status history: a grid of states per series and time bucket. */
  @GrafanaId("status-history")
  record StatusHistory(
      VisibilityMode showValue,
      double rowHeight,
      double colWidth,
      Legend legend,
      Tooltip tooltip,
      int lineWidth,
      int fillOpacity)
      implements PanelOptions {}

  /** Pie chart: Value options, Pie chart group (type, labels), Legend with values, Tooltip. */
  @GrafanaId("piechart")
  record PieChart(
      ReduceOptions reduce,
      PieChartType pieType,
      List<PieChartLabel> displayLabels,
      Legend legend,
      List<PieChartLegendValue> legendValues,
      Tooltip tooltip)
      implements PanelOptions {
    public PieChart {
      displayLabels = List.copyOf(displayLabels);
      legendValues = List.copyOf(legendValues);
    }
  }

  /** Text: markdown (default), HTML or code. */
  @GrafanaId("text")
  record Text(TextMode mode, String content) implements PanelOptions {
    public Text {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(content, "content");
    }
  }

  /** Logs: what each line shows, and how lines are folded and ordered. */
  @GrafanaId("logs")
  record Logs(
      boolean showTime,
      boolean showLabels,
      boolean showCommonLabels,
      boolean wrapLogMessage,
      boolean prettifyLogMessage,
      boolean enableLogDetails,
      LogsDedupStrategy dedupStrategy,
      LogsSortOrder sortOrder)
      implements PanelOptions {}

  /** Traces: one trace's spans; it has no options of its own. */
  @GrafanaId("traces")
  record Traces() implements PanelOptions {}

  /**
   * Node graph (Tempo's service graph): units of the nodes' and edges' main and secondary stats.
   */
  @GrafanaId("nodeGraph")
  record NodeGraph(
      Optional<String> nodeMainStatUnit,
      Optional<String> nodeSecondaryStatUnit,
      Optional<String> edgeMainStatUnit,
      Optional<String> edgeSecondaryStatUnit)
      implements PanelOptions {}

  /** Alert list (Grafana alerting): which alerts, how grouped and ordered. */
  @GrafanaId("alertlist")
  record AlertList(
      AlertListViewMode viewMode,
      AlertListGroupMode groupMode,
      List<String> groupBy,
      int maxItems,
      AlertListSortOrder sortOrder,
      boolean dashboardAlerts,
      String alertName,
      String alertInstanceLabelFilter,
      boolean firing,
      boolean pending,
      boolean noData,
      boolean normal,
      boolean error)
      implements PanelOptions {
    public AlertList {
      groupBy = List.copyOf(groupBy);
    }
  }

  /** Dashboard list: starred, recent and searched dashboards. */
  @GrafanaId("dashlist")
  record DashboardList(
      boolean showStarred,
      boolean showRecentlyViewed,
      boolean showSearch,
      boolean showHeadings,
      int maxItems,
      String query,
      List<String> tags,
      boolean includeVars,
      boolean keepTime)
      implements PanelOptions {
    public DashboardList {
      tags = List.copyOf(tags);
    }
  }
}
