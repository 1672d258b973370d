package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders rows, panels, library panels and queries; options of each kind come from {@link
 * OptionsRenderer}.
 */
final class PanelRenderer {
  private final String object;
  private final DatasourceVariable prometheus;
  private final RunbookSite site;

  PanelRenderer(String object, DatasourceVariable prometheus, RunbookSite site) {
    this.object = object;
    this.prometheus = prometheus;
    this.site = site;
  }

  ObjectNode render(GridItem item) {
    if (item.element() instanceof Row row) {
      return row(item, row);
    }
    if (item.element() instanceof LibraryPanel library) {
      ObjectNode json = Documents.object();
      json.put("type", library.type());
      json.put("id", item.id());
      json.put("title", library.name());
      json.set("gridPos", gridPos(item.gridPos()));
      json.putObject("libraryPanel").put("uid", library.uid()).put("name", library.name());
      return json;
    }
    return panel(item, (Panel) item.element());
  }

  private ObjectNode row(GridItem item, Row row) {
    ObjectNode json = Documents.object();
    json.put("type", "row");
    json.put("id", item.id());
    json.put("title", row.title());
    json.put("collapsed", row.collapsed());
    json.set("gridPos", gridPos(item.gridPos()));
    json.set("panels", Documents.array(item.panels().stream().map(this::render).toList()));
    row.repeat().ifPresent(variable -> json.put("repeat", variable));
    return json;
  }

  private ObjectNode panel(GridItem item, Panel panel) {
    PanelCore core = panel.core();
    String where = "panel '" + panel.title() + "'";
    ObjectNode json = Documents.object();
    json.put("type", panel.type());
    json.put("id", item.id());
    json.put("title", core.title());
    json.put("description", core.description());
    if (!core.targets().isEmpty()) {
      json.set("datasource", ref(panelDatasource(core)));
    }
    json.set("gridPos", gridPos(item.gridPos()));
    if (!core.panelLinks().isEmpty()) {
      json.set(
          "links",
          Documents.array(
              core.panelLinks().stream().map(l -> DashboardRenderer.link(l, site)).toList()));
    }
    core.repeat()
        .ifPresent(
            repeat -> {
              json.put("repeat", repeat.variable());
              json.put("repeatDirection", repeat.direction().json());
              repeat.maxPerRow().ifPresent(max -> json.put("maxPerRow", max));
            });
    if (core.transparent()) {
      json.put("transparent", true);
    }
    QueryOptions query = core.queryOptions();
    query.interval().ifPresent(interval -> json.put("interval", interval));
    query.maxDataPoints().ifPresent(max -> json.put("maxDataPoints", max));
    query.timeFrom().ifPresent(from -> json.put("timeFrom", from));
    query.timeShift().ifPresent(shift -> json.put("timeShift", shift));
    if (!core.targets().isEmpty()) {
      ArrayNode targets = json.putArray("targets");
      for (Target target : core.targets()) {
        ObjectNode rendered = target(target, panel.options());
        target
            .raw()
            .ifPresent(
                raw ->
                    RawJson.mergeInto(rendered, raw, object, where + " query " + target.refId()));
        targets.add(rendered);
      }
    }
    ObjectNode fieldConfig = json.putObject("fieldConfig");
    ObjectNode defaults =
        OptionsRenderer.hasFieldConfig(panel.options())
            ? FieldConfigRenderer.standard(core)
            : Documents.object();
    OptionsRenderer.custom(panel.options()).ifPresent(custom -> defaults.set("custom", custom));
    core.rawFieldConfig()
        .ifPresent(
            raw -> RawJson.mergeInto(defaults, raw, object, where + " fieldConfig.defaults"));
    fieldConfig.set("defaults", defaults);
    fieldConfig.set("overrides", FieldConfigRenderer.overrides(core.overrides()));
    ObjectNode options = OptionsRenderer.options(panel.options());
    core.rawOptions().ifPresent(raw -> RawJson.mergeInto(options, raw, object, where + " options"));
    json.set("options", options);
    core.rawPanel().ifPresent(raw -> RawJson.mergeInto(json, raw, object, where));
    return json;
  }

  /** The panel's own data source, that of all its queries, or Grafana's mixed one. */
  private DataSourceRef panelDatasource(PanelCore core) {
    if (core.datasource().isPresent()) {
      return ref(core.datasource().get());
    }
    List<Datasource> used = core.targets().stream().map(Target::datasource).distinct().toList();
    return used.size() == 1 ? ref(used.get(0)) : DataSourceRef.MIXED;
  }

  /**
   * Prometheus through the dashboard's data source variable; Loki and Tempo by their fixed uids.
   */
  private DataSourceRef ref(Datasource datasource) {
    return datasource == Datasource.PROMETHEUS ? prometheus.ref() : DataSourceRef.of(datasource);
  }

  static ObjectNode ref(DataSourceRef ref) {
    return Documents.object().put("type", ref.type()).put("uid", ref.uid());
  }

  static ObjectNode gridPos(GridPos pos) {
    return Documents.object()
        .put("h", pos.h())
        .put("w", pos.w())
        .put("x", pos.x())
        .put("y", pos.y());
  }

  private ObjectNode target(Target target, PanelOptions options) {
    ObjectNode json = Documents.object();
    json.set("datasource", ref(ref(target.datasource())));
    if (target instanceof PrometheusTarget prometheus) {
      QueryMode mode = resolve(prometheus.mode(), options);
      json.put("editorMode", "code");
      json.put("exemplar", prometheus.exemplar());
      json.put("expr", prometheus.query().promql());
      json.put("format", prometheus.format().json());
      if (prometheus.hide()) {
        json.put("hide", true);
      }
      json.put("instant", mode == QueryMode.INSTANT || mode == QueryMode.BOTH);
      prometheus.interval().ifPresent(interval -> json.put("interval", interval));
      json.put("legendFormat", prometheus.legendFormat());
      json.put("range", mode == QueryMode.RANGE || mode == QueryMode.BOTH);
    } else if (target instanceof LokiTarget loki) {
      QueryMode mode = loki.query().metric() ? resolve(loki.mode(), options) : QueryMode.RANGE;
      json.put("editorMode", "code");
      json.put("expr", loki.query().text());
      if (!loki.legendFormat().isEmpty()) {
        json.put("legendFormat", loki.legendFormat());
      }
      loki.maxLines().ifPresent(max -> json.put("maxLines", max));
      json.put("queryType", mode == QueryMode.INSTANT ? "instant" : "range");
    } else if (target instanceof TempoTarget tempo) {
      if (tempo.query().isPresent()) {
        json.put("limit", tempo.limit());
        json.put("query", tempo.query().get().text());
        json.put("queryType", "traceql");
        json.put("tableType", "traces");
      } else {
        json.put("queryType", "serviceMap");
      }
    }
    json.put("refId", target.refId());
    return json;
  }

  /**
   * What the panel reads by default: instant values for the kinds that show one value per series.
   */
  private static QueryMode resolve(QueryMode mode, PanelOptions options) {
    if (mode != QueryMode.PANEL_DEFAULT) {
      return mode;
    }
    boolean oneValue =
        (options instanceof PanelOptions.Stat stat && stat.graphMode() == BigValueGraphMode.NONE)
            || options instanceof PanelOptions.Gauge
            || options instanceof PanelOptions.BarGauge
            || options instanceof PanelOptions.PieChart
            || options instanceof PanelOptions.Table
            || options instanceof PanelOptions.BarChart;
    return oneValue ? QueryMode.INSTANT : QueryMode.RANGE;
  }
}
