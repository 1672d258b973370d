package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders a {@link Dashboard} in Grafana's classic dashboard JSON model, schemaVersion 42, which
 * Grafana 11 to 13 import as is. Keys come in a fixed order, optional fields are left out rather
 * than written as null, and nothing depends on time or chance, so the same dashboard always gives
 * the same bytes.
 */
public final class DashboardRenderer {
  /** The model version this renderer writes; Grafana migrates older versions on load, not newer. */
  public static final int SCHEMA_VERSION = 42;

  private DashboardRenderer() {}

  public static ObjectNode render(Dashboard d, RunbookSite site) {
    String object = DefinitionException.name("dashboard", d.uid());
    PanelRenderer panels = new PanelRenderer(object, d.datasource(), site);
    ObjectNode json = Documents.object();
    ArrayNode annotations = json.putObject("annotations").putArray("list");
    annotations.add(builtInAnnotation());
    d.annotations().forEach(a -> annotations.add(annotation(a, d.datasource())));
    json.put("description", d.description());
    json.put("editable", false);
    json.put("fiscalYearStartMonth", 0);
    json.put("graphTooltip", d.tooltip().json());
    // No id: Grafana assigns its own database id on import.
    json.putNull("id");
    json.set("links", Documents.array(d.links().stream().map(l -> link(l, site)).toList()));
    json.set("panels", Documents.array(d.panels().stream().map(panels::render).toList()));
    json.put("refresh", d.refresh());
    json.put("schemaVersion", SCHEMA_VERSION);
    json.set("tags", Documents.strings(d.tags()));
    ArrayNode variables = json.putObject("templating").putArray("list");
    d.variables().forEach(v -> variables.add(variable(v, d.datasource())));
    json.putObject("time").put("from", d.time().from()).put("to", d.time().to());
    json.set("timepicker", timePicker(d.timePicker()));
    json.put("timezone", d.timezone());
    json.put("title", d.title());
    json.put("uid", d.uid());
    json.put("version", 1);
    json.put("weekStart", d.weekStart().json());
    d.raw().ifPresent(raw -> RawJson.mergeInto(json, raw, object, "dashboard"));
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

  private static ObjectNode annotation(Annotation a, DatasourceVariable prometheus) {
    ObjectNode json = Documents.object();
    boolean isPrometheus = a.datasource() == Datasource.PROMETHEUS;
    json.set(
        "datasource",
        PanelRenderer.ref(isPrometheus ? prometheus.ref() : DataSourceRef.of(a.datasource())));
    json.put("enable", a.enable());
    json.put("expr", a.query());
    json.put("hide", false);
    json.put("iconColor", a.iconColor().value());
    json.put("name", a.name());
    if (!a.tagKeys().isEmpty()) {
      json.put("tagKeys", String.join(",", a.tagKeys()));
    }
    if (!a.textFormat().isEmpty()) {
      json.put("textFormat", a.textFormat());
    }
    if (!a.titleFormat().isEmpty()) {
      json.put("titleFormat", a.titleFormat());
    }
    if (isPrometheus) {
      json.put("step", "60s");
    } else {
      // Loki reads annotation queries from the target, as its query editor stores them.
      json.putObject("target").put("expr", a.query()).put("refId", "Anno");
    }
    return json;
  }

  static ObjectNode link(DashboardLink link, RunbookSite site) {
    ObjectNode json = Documents.object();
    json.put("title", link.title());
    json.put("type", link.kind().json());
    json.put("icon", link.icon().json());
    json.put("tooltip", link.tooltip());
    if (link.kind() == DashboardLink.Kind.LINK) {
      json.put("url", link.url(site));
    }
    json.set("tags", Documents.strings(link.tags()));
    json.put("asDropdown", link.asDropdown());
    json.put("targetBlank", link.targetBlank());
    json.put("includeVars", link.includeVars());
    json.put("keepTime", link.keepTime());
    return json;
  }

  private static ObjectNode timePicker(TimePicker picker) {
    ObjectNode json = Documents.object();
    if (picker.hidden()) {
      json.put("hidden", true);
    }
    if (!picker.isDefault()) {
      json.set("refresh_intervals", Documents.strings(picker.refreshIntervals()));
    }
    picker.nowDelay().ifPresent(delay -> json.put("nowDelay", delay));
    return json;
  }

  private static ObjectNode variable(Variable v, DatasourceVariable prometheus) {
    ObjectNode json = Documents.object();
    json.put("type", v.type());
    json.put("name", v.name());
    if (v instanceof DatasourceVariable d) {
      // No "current" value: Grafana then selects the default data source of the plugin type, which
      // is what a dashboard provisioned to several Grafana instances needs.
      json.put("label", d.label());
      json.put("query", d.pluginType());
      json.put("regex", "");
      json.put("hide", VariableHide.DONT_HIDE.json());
      json.put("includeAll", false);
      json.put("multi", false);
      json.put("refresh", VariableRefresh.ON_DASHBOARD_LOAD.json());
      json.putArray("options");
    } else if (v instanceof QueryVariable q) {
      label(json, q.label());
      json.set("datasource", PanelRenderer.ref(prometheus.ref()));
      json.put("query", q.query());
      json.put("definition", q.query());
      json.put("regex", q.regex());
      json.put("sort", q.sort().json());
      json.put("refresh", q.refresh().json());
      json.put("hide", q.hide().json());
      json.put("multi", q.multiValue());
      json.put("includeAll", q.includesAll());
      q.allValue().ifPresent(all -> json.put("allValue", all));
      json.putArray("options");
    } else if (v instanceof CustomVariable c) {
      label(json, c.label());
      json.put("query", c.query());
      json.put("hide", VariableHide.DONT_HIDE.json());
      json.put("multi", c.multiValue());
      json.put("includeAll", c.includesAll());
      json.set("current", current(c.values().get(0)));
      json.set("options", options(c.values()));
    } else if (v instanceof ConstantVariable c) {
      json.put("query", c.value());
      json.put("hide", VariableHide.HIDE_VARIABLE.json());
      json.set("current", current(c.value()));
      json.set("options", options(List.of(c.value())));
    } else if (v instanceof IntervalVariable i) {
      label(json, i.label());
      json.put("query", String.join(",", i.intervals()));
      json.put("hide", VariableHide.DONT_HIDE.json());
      json.put("refresh", VariableRefresh.ON_TIME_RANGE_CHANGE.json());
      json.put("auto", i.auto());
      json.put("auto_count", i.autoCount());
      json.put("auto_min", i.autoMin());
      String first = i.auto() ? "$__auto_interval_" + i.name() : i.intervals().get(0);
      json.set(
          "current", Documents.object().put("text", i.auto() ? "auto" : first).put("value", first));
      json.set("options", options(i.intervals()));
    } else if (v instanceof TextBoxVariable t) {
      label(json, t.label());
      json.put("query", t.defaultValue());
      json.put("hide", VariableHide.DONT_HIDE.json());
      json.set("current", current(t.defaultValue()));
    } else if (v instanceof AdHocVariable a) {
      label(json, a.label());
      json.set("datasource", PanelRenderer.ref(prometheus.ref()));
      json.put("hide", VariableHide.DONT_HIDE.json());
    }
    json.put("skipUrlSync", false);
    return json;
  }

  private static void label(ObjectNode json, String label) {
    if (!label.isEmpty()) {
      json.put("label", label);
    }
  }

  /** The value selected when the dashboard opens. */
  private static ObjectNode current(String value) {
    return Documents.object().put("text", value).put("value", value);
  }

  /** The values offered, the first one selected. */
  private static ArrayNode options(List<String> values) {
    ArrayNode json = Documents.array();
    for (int i = 0; i < values.size(); i++) {
      json.addObject()
          .put("selected", i == 0)
          .put("text", values.get(i))
          .put("value", values.get(i));
    }
    return json;
  }
}
