package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Renders each panel kind's {@code options} and {@code fieldConfig.defaults.custom} with the keys
 * Grafana's panel plugins store (their {@code panelcfg.cue}).
 */
final class OptionsRenderer {
  private OptionsRenderer() {}

  /** Panels without standard field options store an empty {@code defaults}. */
  static boolean hasFieldConfig(PanelOptions options) {
    return !(options instanceof PanelOptions.Text
        || options instanceof PanelOptions.Logs
        || options instanceof PanelOptions.Traces
        || options instanceof PanelOptions.NodeGraph
        || options instanceof PanelOptions.AlertList
        || options instanceof PanelOptions.DashboardList);
  }

  static ObjectNode options(PanelOptions options) {
    ObjectNode json = Documents.object();
    if (options instanceof PanelOptions.Timeseries o) {
      json.set("legend", legend(o.legend()));
      json.set("tooltip", tooltip(o.tooltip()));
    } else if (options instanceof PanelOptions.Stat o) {
      json.set("reduceOptions", reduce(o.reduce()));
      json.put("orientation", o.orientation().json());
      json.put("textMode", o.textMode().json());
      json.put("colorMode", o.colorMode().json());
      json.put("graphMode", o.graphMode().json());
      json.put("justifyMode", o.justifyMode().json());
      json.put("wideLayout", o.wideLayout());
      json.put("showPercentChange", o.showPercentChange());
      if (o.showPercentChange()) {
        json.put("percentChangeColorMode", o.percentChangeColorMode().json());
      }
    } else if (options instanceof PanelOptions.Gauge o) {
      json.set("reduceOptions", reduce(o.reduce()));
      json.put("orientation", o.orientation().json());
      json.put("showThresholdLabels", o.showThresholdLabels());
      json.put("showThresholdMarkers", o.showThresholdMarkers());
      json.put("sizing", "auto");
      json.put("minVizWidth", 75);
      json.put("minVizHeight", 75);
    } else if (options instanceof PanelOptions.BarGauge o) {
      json.set("reduceOptions", reduce(o.reduce()));
      json.put("orientation", o.orientation().json());
      json.put("displayMode", o.displayMode().json());
      json.put("valueMode", o.valueMode().json());
      json.put("namePlacement", o.namePlacement().json());
      json.put("showUnfilled", o.showUnfilled());
      json.put("sizing", o.sizing().json());
      json.put("minVizWidth", o.minVizWidth());
      json.put("minVizHeight", o.minVizHeight());
      json.put("maxVizHeight", o.maxVizHeight());
    } else if (options instanceof PanelOptions.BarChart o) {
      json.put("orientation", o.orientation().json());
      json.put("showValue", o.showValue().json());
      json.put("stacking", o.stacking().json());
      json.put("groupWidth", decimal(o.groupWidth()));
      json.put("barWidth", decimal(o.barWidth()));
      json.put("barRadius", 0);
      json.put("xTickLabelRotation", o.xTickLabelRotation());
      json.put("xTickLabelSpacing", 0);
      json.put("fullHighlight", false);
      json.set("legend", legend(o.legend()));
      json.set("tooltip", tooltip(o.tooltip()));
    } else if (options instanceof PanelOptions.Table o) {
      json.put("showHeader", o.showHeader());
      json.put("cellHeight", o.cellHeight().json());
      ObjectNode footer = json.putObject("footer");
      footer.put("show", o.footer().isPresent());
      footer.putArray("reducer").add(o.footer().orElse(ReducerId.SUM).json());
      footer.put("countRows", false);
      footer.put("fields", "");
      o.sortBy()
          .ifPresent(
              sort ->
                  json.putArray("sortBy")
                      .addObject()
                      .put("displayName", sort.displayName())
                      .put("desc", sort.descending()));
    } else if (options instanceof PanelOptions.Heatmap o) {
      json.put("calculate", o.calculate());
      json.put("cellGap", o.cellGap());
      json.putObject("cellValues");
      ObjectNode color = json.putObject("color");
      color.put("mode", o.colorMode().json());
      color.put("scheme", o.scheme());
      color.put("fill", "dark-orange");
      color.put("scale", o.scale().json());
      color.put("exponent", new BigDecimal("0.5"));
      color.put("steps", o.steps());
      color.put("reverse", false);
      json.putObject("exemplars").put("color", o.exemplarColor().value());
      // Grafana's default: buckets whose upper bound is 1e-9 or less (empty ones) are hidden.
      json.putObject("filterValues").put("le", new BigDecimal("1E-9"));
      json.putObject("legend").put("show", o.showLegend());
      json.putObject("rowsFrame").put("layout", o.layout().json());
      json.putObject("tooltip")
          .put("mode", o.tooltip().json())
          .put("yHistogram", o.yHistogram())
          .put("showColorScale", false);
      json.putObject("yAxis")
          .put("axisPlacement", "left")
          .put("reverse", false)
          .put("unit", o.yAxisUnit());
      json.put("showValue", "auto");
    } else if (options instanceof PanelOptions.Histogram o) {
      o.bucketCount().ifPresent(count -> json.put("bucketCount", count));
      o.bucketSize().ifPresent(size -> json.put("bucketSize", decimal(size)));
      json.put("bucketOffset", 0);
      json.put("combine", o.combine());
      json.set("legend", legend(o.legend()));
      json.set("tooltip", tooltip(o.tooltip()));
    } else if (options instanceof PanelOptions.StateTimeline o) {
      json.put("mergeValues", o.mergeValues());
      json.put("showValue", o.showValue().json());
      json.put("alignValue", "center");
      json.put("rowHeight", decimal(o.rowHeight()));
      json.set("legend", legend(o.legend()));
      json.set("tooltip", tooltip(o.tooltip()));
    } else if (options instanceof PanelOptions.StatusHistory o) {
      json.put("showValue", o.showValue().json());
      json.put("rowHeight", decimal(o.rowHeight()));
      json.put("colWidth", decimal(o.colWidth()));
      json.set("legend", legend(o.legend()));
      json.set("tooltip", tooltip(o.tooltip()));
    } else if (options instanceof PanelOptions.PieChart o) {
      json.set("reduceOptions", reduce(o.reduce()));
      json.put("pieType", o.pieType().json());
      json.set(
          "displayLabels",
          Documents.strings(o.displayLabels().stream().map(PieChartLabel::json).toList()));
      ObjectNode legend = legend(o.legend());
      legend.set(
          "values",
          Documents.strings(o.legendValues().stream().map(PieChartLegendValue::json).toList()));
      json.set("legend", legend);
      json.set("tooltip", tooltip(o.tooltip()));
    } else if (options instanceof PanelOptions.Text o) {
      json.put("mode", o.mode().json());
      json.put("content", o.content());
      json.putObject("code")
          .put("language", "plaintext")
          .put("showLineNumbers", false)
          .put("showMiniMap", false);
    } else if (options instanceof PanelOptions.Logs o) {
      json.put("showTime", o.showTime());
      json.put("showLabels", o.showLabels());
      json.put("showCommonLabels", o.showCommonLabels());
      json.put("wrapLogMessage", o.wrapLogMessage());
      json.put("prettifyLogMessage", o.prettifyLogMessage());
      json.put("enableLogDetails", o.enableLogDetails());
      json.put("enableInfiniteScrolling", false);
      json.put("dedupStrategy", o.dedupStrategy().json());
      json.put("sortOrder", o.sortOrder().json());
    } else if (options instanceof PanelOptions.NodeGraph o) {
      ObjectNode nodes = json.putObject("nodes");
      o.nodeMainStatUnit().ifPresent(u -> nodes.put("mainStatUnit", u));
      o.nodeSecondaryStatUnit().ifPresent(u -> nodes.put("secondaryStatUnit", u));
      ObjectNode edges = json.putObject("edges");
      o.edgeMainStatUnit().ifPresent(u -> edges.put("mainStatUnit", u));
      o.edgeSecondaryStatUnit().ifPresent(u -> edges.put("secondaryStatUnit", u));
    } else if (options instanceof PanelOptions.AlertList o) {
      json.put("viewMode", o.viewMode().json());
      json.put("groupMode", o.groupMode().json());
      json.set("groupBy", Documents.strings(o.groupBy()));
      json.put("maxItems", o.maxItems());
      json.put("sortOrder", o.sortOrder().json());
      json.put("dashboardAlerts", o.dashboardAlerts());
      json.put("alertName", o.alertName());
      json.put("alertInstanceLabelFilter", o.alertInstanceLabelFilter());
      json.putObject("stateFilter")
          .put("firing", o.firing())
          .put("pending", o.pending())
          .put("noData", o.noData())
          .put("normal", o.normal())
          .put("error", o.error());
    } else if (options instanceof PanelOptions.DashboardList o) {
      json.put("showStarred", o.showStarred());
      json.put("showRecentlyViewed", o.showRecentlyViewed());
      json.put("showSearch", o.showSearch());
      json.put("showHeadings", o.showHeadings());
      json.put("maxItems", o.maxItems());
      json.put("query", o.query());
      json.set("tags", Documents.strings(o.tags()));
      json.put("includeVars", o.includeVars());
      json.put("keepTime", o.keepTime());
    }
    return json;
  }

  /** {@code fieldConfig.defaults.custom} of the kinds that have one. */
  static Optional<ObjectNode> custom(PanelOptions options) {
    ObjectNode json = Documents.object();
    if (options instanceof PanelOptions.Timeseries o) {
      GraphStyle s = o.style();
      json.put("drawStyle", s.drawStyle().json());
      json.put("lineInterpolation", s.lineInterpolation().json());
      json.put("lineWidth", s.lineWidth());
      json.put("fillOpacity", s.fillOpacity());
      json.put("gradientMode", s.gradientMode().json());
      json.put("showPoints", s.showPoints().json());
      json.put("pointSize", s.pointSize());
      json.put("spanNulls", s.spanNulls());
      json.put("insertNulls", false);
      json.put("barAlignment", 0);
      json.putObject("stacking").put("group", "A").put("mode", s.stacking().json());
      axis(json, s.axisPlacement(), s.axisLabel(), s.axisCenteredZero(), s.logBase());
      json.set("hideFrom", hideFrom());
      json.putObject("thresholdsStyle").put("mode", s.thresholdsStyle().json());
    } else if (options instanceof PanelOptions.BarChart o) {
      json.put("lineWidth", o.lineWidth());
      json.put("fillOpacity", o.fillOpacity());
      json.put("gradientMode", o.gradientMode().json());
      axis(json, o.axisPlacement(), "", false, 0);
      json.set("hideFrom", hideFrom());
      json.putObject("thresholdsStyle").put("mode", GraphThresholdsStyleMode.OFF.json());
    } else if (options instanceof PanelOptions.Histogram o) {
      json.put("lineWidth", o.lineWidth());
      json.put("fillOpacity", o.fillOpacity());
      json.put("gradientMode", o.gradientMode().json());
      axis(json, AxisPlacement.AUTO, "", false, 0);
      json.set("hideFrom", hideFrom());
    } else if (options instanceof PanelOptions.StateTimeline o) {
      json.put("lineWidth", o.lineWidth());
      json.put("fillOpacity", o.fillOpacity());
      json.set("hideFrom", hideFrom());
    } else if (options instanceof PanelOptions.StatusHistory o) {
      json.put("lineWidth", o.lineWidth());
      json.put("fillOpacity", o.fillOpacity());
      json.set("hideFrom", hideFrom());
    } else if (options instanceof PanelOptions.PieChart) {
      json.set("hideFrom", hideFrom());
    } else if (options instanceof PanelOptions.Table o) {
      json.put("align", o.align().json());
      json.putObject("cellOptions").put("type", o.cellType().json());
      json.put("inspect", false);
      json.put("filterable", o.filterable());
    } else if (options instanceof PanelOptions.Heatmap) {
      json.set("hideFrom", hideFrom());
      json.putObject("scaleDistribution").put("type", "linear");
    } else {
      return Optional.empty();
    }
    return Optional.of(json);
  }

  private static void axis(
      ObjectNode json, AxisPlacement placement, String label, boolean centeredZero, int logBase) {
    json.put("axisPlacement", placement.json());
    json.put("axisLabel", label);
    json.put("axisCenteredZero", centeredZero);
    json.put("axisColorMode", "text");
    json.put("axisBorderShow", false);
    ObjectNode scale = json.putObject("scaleDistribution");
    if (logBase == 0) {
      scale.put("type", "linear");
    } else {
      scale.put("type", "log").put("log", logBase);
    }
  }

  private static ObjectNode hideFrom() {
    return Documents.object().put("legend", false).put("tooltip", false).put("viz", false);
  }

  private static ObjectNode legend(Legend legend) {
    ObjectNode json = Documents.object();
    json.put("showLegend", legend.show());
    json.put("displayMode", legend.displayMode().json());
    json.put("placement", legend.placement().json());
    json.set("calcs", Documents.strings(legend.calcs().stream().map(ReducerId::json).toList()));
    return json;
  }

  private static ObjectNode tooltip(Tooltip tooltip) {
    return Documents.object().put("mode", tooltip.mode().json()).put("sort", tooltip.sort().json());
  }

  private static ObjectNode reduce(ReduceOptions reduce) {
    ObjectNode json = Documents.object();
    json.put("values", reduce.allValues());
    json.set("calcs", Documents.strings(reduce.calcs().stream().map(ReducerId::json).toList()));
    json.put("fields", reduce.fields());
    if (reduce.allValues() && reduce.limit() > 0) {
      json.put("limit", reduce.limit());
    }
    return json;
  }

  private static BigDecimal decimal(double value) {
    return Numbers.decimal(value);
  }
}
