package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.render.Doc;
import java.util.ArrayList;
import java.util.List;

/** Renders rows and panels: the common panel fields, then the options of each panel kind. */
final class PanelRenderer {
  private final Doc datasource;

  PanelRenderer(DataSourceRef datasource) {
    this.datasource = Doc.map().put("type", datasource.type()).put("uid", datasource.uid()).build();
  }

  Doc render(GridItem item) {
    if (item.element() instanceof Row row) {
      return Doc.map()
          .put("type", "row")
          .put("id", item.id())
          .put("title", row.title())
          .put("collapsed", false)
          .put("gridPos", gridPos(item.gridPos()))
          .put("panels", Doc.list(List.of()))
          .build();
    }
    Panel panel = (Panel) item.element();
    PanelCore core = panel.core();
    return Doc.map()
        .put("type", panel.type())
        .put("id", item.id())
        .put("title", core.title())
        .put("description", core.description())
        .put("datasource", datasource)
        .put("gridPos", gridPos(item.gridPos()))
        .put("targets", Doc.list(core.targets().stream().map(t -> target(t, instant(panel))).toList()))
        .put("fieldConfig", Doc.map()
            .put("defaults", defaults(panel))
            .put("overrides", Doc.list(List.of()))
            .build())
        .put("options", options(panel))
        .build();
  }

  private static boolean instant(Panel panel) {
    return panel instanceof StatPanel stat && stat.instantQueries();
  }

  private static Doc gridPos(GridPos pos) {
    return Doc.map().put("h", pos.h()).put("w", pos.w()).put("x", pos.x()).put("y", pos.y()).build();
  }

  private Doc target(Target target, boolean instant) {
    return Doc.map()
        .put("datasource", datasource)
        .put("editorMode", "code")
        .put("expr", target.expr().promql())
        .put("instant", instant)
        .put("legendFormat", target.legendFormat())
        .put("range", !instant)
        .put("refId", target.refId())
        .build();
  }

  private static Doc defaults(Panel panel) {
    StandardOptions standard = panel.core().standard();
    Doc.MapBuilder defaults = Doc.map().put("unit", standard.unit());
    standard.min().ifPresent(min -> defaults.put("min", min));
    standard.max().ifPresent(max -> defaults.put("max", max));
    standard.decimals().ifPresent(decimals -> defaults.put("decimals", decimals));
    return defaults
        .put("thresholds", thresholds(panel.core().thresholds()))
        .put("color", Doc.map().put("mode", standard.colorScheme().json()).build())
        .putIfNotEmpty("custom", custom(panel))
        .build();
  }

  // The base step has no value: Grafana reads null as minus infinity, which JSON cannot write.
  private static Doc thresholds(Thresholds thresholds) {
    List<Doc> steps = new ArrayList<>();
    steps.add(Doc.map().put("color", thresholds.base().value()).put("value", Doc.nul()).build());
    for (Thresholds.Step step : thresholds.steps()) {
      steps.add(Doc.map().put("color", step.color().value()).put("value", step.value()).build());
    }
    return Doc.map().put("mode", thresholds.mode().json()).put("steps", Doc.list(steps)).build();
  }

  private static Doc.DocMap custom(Panel panel) {
    if (panel instanceof TimeseriesPanel timeseries) {
      GraphStyle style = timeseries.graphStyle();
      return Doc.map()
          .put("lineWidth", style.lineWidth())
          .put("fillOpacity", style.fillOpacity())
          .put("thresholdsStyle", Doc.map().put("mode", style.thresholdsStyle().json()).build())
          .build();
    }
    return Doc.map().build();
  }

  private static Doc options(Panel panel) {
    if (panel instanceof TimeseriesPanel timeseries) {
      return timeseriesOptions(timeseries);
    }
    if (panel instanceof StatPanel stat) {
      return statOptions(stat.options());
    }
    throw new IllegalStateException("no renderer for panel type " + panel.type());
  }

  private static Doc timeseriesOptions(TimeseriesPanel panel) {
    Legend legend = panel.legend();
    Tooltip tooltip = panel.tooltip();
    return Doc.map()
        .put("legend", Doc.map()
            .put("showLegend", legend.show())
            .put("displayMode", legend.displayMode().json())
            .put("placement", legend.placement().json())
            .put("calcs", Doc.strings(legend.calcs().stream().map(ReducerId::json).toList()))
            .build())
        .put("tooltip", Doc.map().put("mode", tooltip.mode().json()).put("sort", tooltip.sort().json()).build())
        .build();
  }

  private static Doc statOptions(StatOptions options) {
    return Doc.map()
        .put("reduceOptions", Doc.map()
            .put("values", false)
            .put("calcs", Doc.strings(List.of(options.reduce().json())))
            .put("fields", "")
            .build())
        .put("orientation", "auto")
        .put("textMode", options.textMode().json())
        .put("colorMode", options.colorMode().json())
        .put("graphMode", options.graphMode().json())
        .put("justifyMode", "auto")
        .put("wideLayout", true)
        .put("showPercentChange", false)
        .build();
  }
}
