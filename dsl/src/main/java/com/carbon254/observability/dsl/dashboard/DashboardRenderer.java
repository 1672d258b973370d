package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link Dashboard} in Grafana's classic dashboard JSON model, schemaVersion 42, which
 * Grafana 11 to 13 import as is. Keys come in a fixed order and nothing depends on time or chance,
 * so the same dashboard always gives the same bytes.
 */
public final class DashboardRenderer {
  /** The model version this renderer writes; Grafana migrates older versions on load, not newer. */
  public static final int SCHEMA_VERSION = 42;

  private DashboardRenderer() {}

  public static ObjectNode render(Dashboard d) {
    PanelRenderer panels = new PanelRenderer(d.datasource().ref());
    ObjectNode json = Documents.object();
    json.putObject("annotations").putArray("list").add(builtInAnnotation());
    if (d.description() != null) {
      json.put("description", d.description());
    }
    json.put("editable", false);
    json.put("fiscalYearStartMonth", 0);
    json.put("graphTooltip", d.tooltip().json());
    // No id: Grafana assigns its own database id on import.
    json.putNull("id");
    json.putArray("links");
    json.set("panels", Documents.array(d.panels().stream().map(panels::render).toList()));
    if (d.refresh() != null) {
      json.put("refresh", d.refresh());
    }
    json.put("schemaVersion", SCHEMA_VERSION);
    json.set("tags", Documents.strings(d.tags()));
    json.putObject("templating").putArray("list").add(variable(d.datasource()));
    json.putObject("time").put("from", d.time().from()).put("to", d.time().to());
    json.putObject("timepicker");
    if (d.timezone() != null) {
      json.put("timezone", d.timezone());
    }
    json.put("title", d.title());
    json.put("uid", d.uid());
    json.put("version", 1);
    json.put("weekStart", "");
    return json;
  }

  /** Grafana's own annotations and alerts, which every dashboard shows unless removed. */
  private static ObjectNode builtInAnnotation() {
    ObjectNode annotation = Documents.object();
    annotation.put("builtIn", 1);
    annotation.putObject("datasource").put("type", "grafana").put("uid", "-- Grafana --");
    annotation.put("enable", true);
    annotation.put("hide", true);
    annotation.put("iconColor", "rgba(0, 211, 255, 1)");
    annotation.put("name", "Annotations & Alerts");
    annotation.put("type", "dashboard");
    return annotation;
  }

  // No "current" value: Grafana then selects the default data source of the plugin type, which is
  // what a dashboard provisioned to several Grafana instances needs.
  private static ObjectNode variable(DatasourceVariable v) {
    ObjectNode variable = Documents.object();
    variable.put("type", "datasource");
    variable.put("name", v.name());
    if (v.label() != null) {
      variable.put("label", v.label());
    }
    variable.put("query", v.pluginType());
    variable.put("regex", "");
    variable.put("hide", 0);
    variable.put("includeAll", false);
    variable.put("multi", false);
    variable.put("skipUrlSync", false);
    variable.put("refresh", 1);
    variable.putArray("options");
    return variable;
  }
}
