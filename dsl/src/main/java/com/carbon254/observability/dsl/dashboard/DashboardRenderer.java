package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.render.Doc;
import java.util.List;

/**
 * Renders a {@link Dashboard} in Grafana's classic dashboard JSON model, schemaVersion 42, which
 * Grafana 11 to 13 import as is. Keys come in a fixed order and nothing depends on time or chance,
 * so the same dashboard always gives the same bytes.
 */
public final class DashboardRenderer {
  /** The model version this renderer writes; Grafana migrates older versions on load, not newer. */
  public static final int SCHEMA_VERSION = 42;

  private DashboardRenderer() {}

  public static Doc.DocMap render(Dashboard d) {
    PanelRenderer panels = new PanelRenderer(d.datasource().ref());
    return Doc.map()
        .put("annotations", Doc.map().put("list", Doc.list(List.of(builtInAnnotation()))).build())
        .put("description", d.description())
        .put("editable", false)
        .put("fiscalYearStartMonth", 0)
        .put("graphTooltip", d.tooltip().json())
        // No id: Grafana assigns its own database id on import.
        .put("id", Doc.nul())
        .put("links", Doc.list(List.of()))
        .put("panels", Doc.list(d.panels().stream().map(panels::render).toList()))
        .put("refresh", d.refresh())
        .put("schemaVersion", SCHEMA_VERSION)
        .put("tags", Doc.strings(d.tags()))
        .put("templating", Doc.map().put("list", Doc.list(List.of(variable(d.datasource())))).build())
        .put("time", Doc.map().put("from", d.time().from()).put("to", d.time().to()).build())
        .put("timepicker", Doc.map().build())
        .put("timezone", d.timezone())
        .put("title", d.title())
        .put("uid", d.uid())
        .put("version", 1)
        .put("weekStart", "")
        .build();
  }

  /** Grafana's own annotations and alerts, which every dashboard shows unless removed. */
  private static Doc builtInAnnotation() {
    return Doc.map()
        .put("builtIn", 1)
        .put("datasource", Doc.map().put("type", "grafana").put("uid", "-- Grafana --").build())
        .put("enable", true)
        .put("hide", true)
        .put("iconColor", "rgba(0, 211, 255, 1)")
        .put("name", "Annotations & Alerts")
        .put("type", "dashboard")
        .build();
  }

  // No "current" value: Grafana then selects the default data source of the plugin type, which is
  // what a dashboard provisioned to several Grafana instances needs.
  private static Doc variable(DatasourceVariable v) {
    return Doc.map()
        .put("type", "datasource")
        .put("name", v.name())
        .put("label", v.label())
        .put("query", v.pluginType())
        .put("regex", "")
        .put("hide", 0)
        .put("includeAll", false)
        .put("multi", false)
        .put("skipUrlSync", false)
        .put("refresh", 1)
        .put("options", Doc.list(List.of()))
        .build();
  }
}
