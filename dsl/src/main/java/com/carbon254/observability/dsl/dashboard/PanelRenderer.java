package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders rows and panels: the common panel fields, then the options of each panel kind. */
final class PanelRenderer {
  private final DataSourceRef datasource;

  PanelRenderer(DataSourceRef datasource) {
    this.datasource = datasource;
  }

  ObjectNode render(GridItem item) {
    ObjectNode json = Documents.object();
    if (item.element() instanceof Row row) {
      json.put("type", "row");
      json.put("id", item.id());
      json.put("title", row.title());
      json.put("collapsed", false);
      json.set("gridPos", gridPos(item.gridPos()));
      json.putArray("panels");
      return json;
    }
    Panel panel = (Panel) item.element();
    PanelCore core = panel.core();
    json.put("type", panel.type());
    json.put("id", item.id());
    json.put("title", core.title());
    if (core.description() != null) {
      json.put("description", core.description());
    }
    json.set("datasource", datasource());
    json.set("gridPos", gridPos(item.gridPos()));
    ArrayNode targets = json.putArray("targets");
    core.targets().forEach(t -> targets.add(target(t, instant(panel))));
    ObjectNode fieldConfig = json.putObject("fieldConfig");
    fieldConfig.set("defaults", defaults(panel));
    fieldConfig.putArray("overrides");
    json.set("options", options(panel));
    return json;
  }

  private ObjectNode datasource() {
    return Documents.object().put("type", datasource.type()).put("uid", datasource.uid());
  }

  private static boolean instant(Panel panel) {
    return panel instanceof StatPanel stat && stat.instantQueries();
  }

  private static ObjectNode gridPos(GridPos pos) {
    return Documents.object().put("h", pos.h()).put("w", pos.w()).put("x", pos.x()).put("y", pos.y());
  }

  private ObjectNode target(Target target, boolean instant) {
    ObjectNode json = Documents.object();
    json.set("datasource", datasource());
    json.put("editorMode", "code");
    json.put("expr", target.expr().promql());
    json.put("instant", instant);
    if (target.legendFormat() != null) {
      json.put("legendFormat", target.legendFormat());
    }
    json.put("range", !instant);
    json.put("refId", target.refId());
    return json;
  }

  private static ObjectNode defaults(Panel panel) {
    StandardOptions standard = panel.core().standard();
    ObjectNode defaults = Documents.object();
    defaults.put("unit", standard.unit());
    standard.min().ifPresent(min -> defaults.put("min", Numbers.decimal(min)));
    standard.max().ifPresent(max -> defaults.put("max", Numbers.decimal(max)));
    standard.decimals().ifPresent(decimals -> defaults.put("decimals", decimals));
    defaults.set("thresholds", thresholds(panel.core().thresholds()));
    defaults.putObject("color").put("mode", standard.colorScheme().json());
    if (panel instanceof TimeseriesPanel timeseries) {
      GraphStyle style = timeseries.graphStyle();
      ObjectNode custom = defaults.putObject("custom");
      custom.put("lineWidth", style.lineWidth());
      custom.put("fillOpacity", style.fillOpacity());
      custom.putObject("thresholdsStyle").put("mode", style.thresholdsStyle().json());
    }
    return defaults;
  }

  // The base step has no value: Grafana reads null as minus infinity, which JSON cannot write.
  private static ObjectNode thresholds(Thresholds thresholds) {
    ObjectNode json = Documents.object();
    json.put("mode", thresholds.mode().json());
    ArrayNode steps = json.putArray("steps");
    steps.addObject().put("color", thresholds.base().value()).putNull("value");
    for (Thresholds.Step step : thresholds.steps()) {
      steps.addObject().put("color", step.color().value()).put("value", Numbers.decimal(step.value()));
    }
    return json;
  }

  private static ObjectNode options(Panel panel) {
    if (panel instanceof TimeseriesPanel timeseries) {
      return timeseriesOptions(timeseries);
    }
    if (panel instanceof StatPanel stat) {
      return statOptions(stat.options());
    }
    throw new IllegalStateException("no renderer for panel type " + panel.type());
  }

  private static ObjectNode timeseriesOptions(TimeseriesPanel panel) {
    Legend legend = panel.legend();
    Tooltip tooltip = panel.tooltip();
    ObjectNode options = Documents.object();
    ObjectNode legendJson = options.putObject("legend");
    legendJson.put("showLegend", legend.show());
    legendJson.put("displayMode", legend.displayMode().json());
    legendJson.put("placement", legend.placement().json());
    legendJson.set("calcs", Documents.strings(legend.calcs().stream().map(ReducerId::json).toList()));
    options.putObject("tooltip").put("mode", tooltip.mode().json()).put("sort", tooltip.sort().json());
    return options;
  }

  private static ObjectNode statOptions(StatOptions options) {
    ObjectNode json = Documents.object();
    ObjectNode reduce = json.putObject("reduceOptions");
    reduce.put("values", false);
    reduce.putArray("calcs").add(options.reduce().json());
    reduce.put("fields", "");
    json.put("orientation", "auto");
    json.put("textMode", options.textMode().json());
    json.put("colorMode", options.colorMode().json());
    json.put("graphMode", options.graphMode().json());
    json.put("justifyMode", "auto");
    json.put("wideLayout", true);
    json.put("showPercentChange", false);
    return json;
  }
}
