package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.datasource.CorrelationKeys;
import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Grafana's provisioning files: the three data sources with the uids that dashboards and links use
 * ({@link Datasource}), linked so that one click leads from a metric's exemplar to its trace, from
 * a trace to its logs and metrics, and from a log line to its trace (seed section 14); and a
 * dashboards provider with one Grafana folder per domain.
 */
public final class GrafanaProvisioning {
  private GrafanaProvisioning() {}

  public static final String DATASOURCES_PATH =
      "configs/grafana/provisioning/datasources/datasources.yaml";
  public static final String DASHBOARDS_PATH =
      "configs/grafana/provisioning/dashboards/dashboards.yaml";

  /** Where the dashboard sidecar writes each domain's ConfigMaps, one sub-folder per domain. */
  public static final String DASHBOARDS_ROOT = "/var/lib/grafana-dashboards";

  /** The correlation key of section 14: in logs, span attributes and metric exemplars. */
  public static final String TRACE_ID = CorrelationKeys.TRACE_ID;

  /**
   * Traces name their service by {@code service.name}; metrics scraped from that service carry it
   * as {@code job} (the scrape target's job), logs sent through the collector as Loki's {@code
   * service_name}.
   */
  static final String SERVICE_ATTRIBUTE = "service.name";

  /** Grafana expands {@code $NAME} in provisioning files; {@code $$} is a literal {@code $}. */
  private static String literal(String text) {
    return text.replace("$", "$$");
  }

  public static ObjectNode datasources() {
    ObjectNode file = Documents.object();
    file.put("apiVersion", 1);
    ArrayNode list = file.putArray("datasources");
    list.add(prometheus());
    list.add(tempo());
    list.add(loki());
    return file;
  }

  private static ObjectNode datasource(Datasource datasource, StackService service) {
    ObjectNode node = Documents.object();
    node.put("name", datasource.displayName());
    node.put("type", datasource.type());
    node.put("uid", datasource.uid());
    node.put("access", "proxy");
    node.put("url", service.httpUrl());
    node.put("isDefault", datasource == Datasource.PROMETHEUS);
    node.put("editable", false);
    return node;
  }

  private static ObjectNode prometheus() {
    ObjectNode node = datasource(Datasource.PROMETHEUS, StackService.PROMETHEUS);
    ObjectNode json = node.putObject("jsonData");
    json.put("httpMethod", "POST");
    ObjectNode exemplar = json.putArray("exemplarTraceIdDestinations").addObject();
    exemplar.put("name", TRACE_ID);
    exemplar.put("datasourceUid", Datasource.TEMPO.uid());
    return node;
  }

  private static ObjectNode tempo() {
    ObjectNode node = datasource(Datasource.TEMPO, StackService.TEMPO);
    ObjectNode json = node.putObject("jsonData");
    ObjectNode logs = json.putObject("tracesToLogsV2");
    logs.put("datasourceUid", Datasource.LOKI.uid());
    logs.put("spanStartTimeShift", "-5m");
    logs.put("spanEndTimeShift", "5m");
    logs.put("filterByTraceID", true);
    logs.put("filterBySpanID", false);
    logs.set("tags", tags("service_name"));
    ObjectNode metrics = json.putObject("tracesToMetrics");
    metrics.put("datasourceUid", Datasource.PROMETHEUS.uid());
    metrics.put("spanStartTimeShift", "-5m");
    metrics.put("spanEndTimeShift", "5m");
    metrics.set("tags", tags("job"));
    ArrayNode queries = metrics.putArray("queries");
    // The catalog's RED naming (<service>_<area>_requests_total, ..._request_duration_seconds) lets
    // one query serve every service; $__tags becomes job="<service>".
    query(queries, "Request rate", "sum(rate({__name__=~\".+_requests_total\", $__tags}[5m]))");
    query(
        queries,
        "Request duration p95",
        "histogram_quantile(0.95, sum by (le) (rate({__name__=~\".+_request_duration_seconds_bucket\", $__tags}[5m])))");
    json.putObject("nodeGraph").put("enabled", true);
    json.putObject("lokiSearch").put("datasourceUid", Datasource.LOKI.uid());
    return node;
  }

  private static ObjectNode loki() {
    ObjectNode node = datasource(Datasource.LOKI, StackService.LOKI);
    ObjectNode json = node.putObject("jsonData");
    json.put("maxLines", 1000);
    ObjectNode field = json.putArray("derivedFields").addObject();
    field.put("name", TRACE_ID);
    // The log schema's field, in the JSON line as the services write it.
    field.put("matcherRegex", "\"" + TRACE_ID + "\"\\s*:\\s*\"([0-9a-f]+)\"");
    field.put("datasourceUid", Datasource.TEMPO.uid());
    field.put("url", literal("${__value.raw}"));
    field.put("urlDisplayLabel", "View trace");
    return node;
  }

  private static ArrayNode tags(String label) {
    ArrayNode tags = Documents.array();
    ObjectNode tag = tags.addObject();
    tag.put("key", SERVICE_ATTRIBUTE);
    tag.put("value", label);
    return tags;
  }

  private static void query(ArrayNode queries, String name, String promql) {
    ObjectNode query = queries.addObject();
    query.put("name", name);
    query.put("query", literal(promql));
  }

  /** One file provider per domain folder, each a Grafana folder named after the domain. */
  public static ObjectNode dashboards(Collection<String> folders) {
    ObjectNode file = Documents.object();
    file.put("apiVersion", 1);
    ArrayNode providers = file.putArray("providers");
    for (String folder : new TreeSet<>(folders)) {
      ObjectNode provider = providers.addObject();
      provider.put("name", folder);
      provider.put("folder", folderTitle(folder));
      provider.put("folderUid", Manifests.kubernetesName(folder));
      provider.put("type", "file");
      provider.put("disableDeletion", false);
      // Dashboards are code: an edit in the UI would be lost on the next sync, so it is refused.
      provider.put("allowUiUpdates", false);
      provider.put("updateIntervalSeconds", 30);
      provider.putObject("options").put("path", DASHBOARDS_ROOT + "/" + folder);
    }
    return file;
  }

  /** {@code data_processing} is shown as {@code Data processing}. */
  static String folderTitle(String folder) {
    String words = folder.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
