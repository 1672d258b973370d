package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OpenSLO v1 documents of one file: {@code SLO}s with an inline {@code indicator} or an {@code
 * indicatorRef} to an {@code SLI} document, ratio or threshold metrics on Prometheus, and {@code
 * AlertPolicy} documents whose burn-rate conditions replace the workbook pairs.
 */
final class OpenSlo {
  private static final Pattern SELECTOR = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^{}]*})?");
  private static final Set<String> DOC = Set.of("apiVersion", "kind", "metadata", "spec");
  private static final Set<String> METADATA =
      Set.of("name", "displayName", "labels", "annotations");
  private static final Set<String> SLO_SPEC =
      Set.of(
          "description",
          "service",
          "indicator",
          "indicatorRef",
          "timeWindow",
          "budgetingMethod",
          "objectives",
          "alertPolicies");
  private static final Set<String> SLI_SPEC =
      Set.of("description", "thresholdMetric", "ratioMetric");
  private static final Set<String> RATIO =
      Set.of("counter", "good", "bad", "total", "rawType", "raw");
  private static final Set<String> METRIC = Set.of("metricSource");
  private static final Set<String> SOURCE = Set.of("metricSourceRef", "type", "spec");
  private static final Set<String> OBJECTIVE =
      Set.of(
          "displayName",
          "op",
          "value",
          "target",
          "targetPercent",
          "timeSliceTarget",
          "timeSliceWindow",
          "indicator",
          "indicatorRef",
          "compositeWeight");
  private static final Set<String> WINDOW = Set.of("duration", "isRolling", "calendar");
  private static final Set<String> POLICY_SPEC =
      Set.of(
          "description",
          "alertWhenNoData",
          "alertWhenResolved",
          "alertWhenBreaching",
          "conditions",
          "notificationTargets");
  private static final Set<String> CONDITION_SPEC = Set.of("description", "severity", "condition");
  private static final Set<String> BURN =
      Set.of("kind", "op", "threshold", "lookbackWindow", "alertAfter");

  private static final Set<String> ALPHA_SPEC =
      Set.of("description", "service", "timeWindows", "budgetingMethod", "objectives");
  private static final Set<String> ALPHA_OBJECTIVE =
      Set.of("displayName", "target", "ratioMetrics");
  private static final Set<String> ALPHA_RATIO = Set.of("incremental", "good", "bad", "total");
  private static final Set<String> ALPHA_QUERY = Set.of("source", "queryType", "query");
  private static final Set<String> ALPHA_WINDOW = Set.of("count", "unit", "isRolling");

  private final SloSpecs reader;
  private final List<JsonNode> slos = new ArrayList<>();
  private final Map<String, JsonNode> slis = new LinkedHashMap<>();
  private final Map<String, JsonNode> policies = new LinkedHashMap<>();

  OpenSlo(SloSpecs reader) {
    this.reader = reader;
  }

  void add(JsonNode doc) throws SpecException {
    String kind = doc.path("kind").asText("");
    String name = doc.path("metadata").path("name").asText("");
    reader.fields(doc, kind + " document", name, DOC);
    switch (kind) {
      case "SLO" -> slos.add(doc);
      case "SLI" -> slis.put(name, doc);
      case "AlertPolicy" -> policies.put(name, doc);
      case "Service", "DataSource", "AlertCondition", "AlertNotificationTarget" -> {}
      default ->
          throw reader.error(
              name,
              "OpenSLO kind '"
                  + kind
                  + "' is not one of SLO, SLI, AlertPolicy, Service, DataSource");
    }
  }

  /**
   * An OpenSLO v1alpha {@code SLO}, the version Sloth reads: one SLO per objective, each a ratio of
   * good to total Prometheus queries, named {@code <metadata.name>-<index>} as Sloth names them.
   */
  List<Slo> v1alpha(JsonNode doc) throws SpecException {
    String kind = doc.path("kind").asText("");
    String name = reader.text(doc.path("metadata").path("name"), "metadata.name", "");
    reader.fields(doc, kind + " document", name, DOC);
    if (!kind.equals("SLO")) {
      throw reader.error(
          name, "OpenSLO v1alpha kind '" + kind + "' cannot be converted; only SLO documents can");
    }
    reader.fields(doc.path("metadata"), "metadata", name, METADATA);
    JsonNode spec = doc.path("spec");
    reader.fields(spec, "spec", name, ALPHA_SPEC);
    String service = reader.text(spec.path("service"), "spec.service", name);
    String period = null;
    JsonNode windows = spec.path("timeWindows");
    if (windows.isArray() && windows.size() == 1) {
      JsonNode window = windows.get(0);
      reader.fields(window, "timeWindows[0]", name, ALPHA_WINDOW);
      String unit = window.path("unit").asText("");
      int count = window.path("count").asInt(0);
      if (!window.path("isRolling").asBoolean(true)
          || count <= 0
          || !Set.of("Day", "Week").contains(unit)) {
        throw reader.error(
            name,
            "timeWindows must be one rolling window of whole days or weeks, as in count: 30, unit: Day");
      }
      period = (unit.equals("Week") ? count * 7 : count) + "d";
    } else if (!windows.isMissingNode()) {
      throw reader.error(name, "needs one rolling timeWindows entry");
    }
    JsonNode objectives = spec.path("objectives");
    if (!objectives.isArray() || objectives.isEmpty()) {
      throw reader.error(name, "has no objectives");
    }
    List<Slo> result = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      String sloName = name + "-" + i;
      String id = service + "-" + sloName;
      JsonNode objective = objectives.get(i);
      reader.fields(objective, "objectives[" + i + "]", id, ALPHA_OBJECTIVE);
      if (!objective.path("target").isNumber()) {
        throw reader.error(id, "objectives[" + i + "] has no numeric target, as in 0.999");
      }
      JsonNode ratio = objective.path("ratioMetrics");
      if (ratio.isMissingNode()) {
        throw reader.error(id, "has no query: objectives[" + i + "] needs ratioMetrics");
      }
      reader.fields(ratio, "ratioMetrics", id, ALPHA_RATIO);
      String total = alphaQuery(ratio.path("total"), "ratioMetrics.total", id);
      Sli sli;
      if (ratio.has("bad")) {
        sli = new Sli.EventQueries(alphaQuery(ratio.get("bad"), "ratioMetrics.bad", id), total);
      } else if (ratio.has("good")) {
        String good = alphaQuery(ratio.get("good"), "ratioMetrics.good", id);
        sli = new Sli.EventQueries("(" + total + ") - (" + good + ")", total);
      } else {
        throw reader.error(id, "has no query: ratioMetrics needs good or bad besides total");
      }
      Slo.Builder builder =
          Slo.named(service, sloName)
              .description(
                  spec.path("description")
                      .asText("SLO " + sloName + " of " + service + ", converted from OpenSLO."))
              .objective(
                  Numbers.format(
                      objective.get("target").decimalValue().multiply(BigDecimal.valueOf(100))))
              .sli(sli);
      if (period != null) {
        builder.period(period);
      }
      result.add(reader.build(builder, id));
    }
    return result;
  }

  /** A v1alpha query: Prometheus, written as a template with {@code {{.window}}} or a selector. */
  private String alphaQuery(JsonNode metric, String where, String id) throws SpecException {
    reader.fields(metric, where, id, ALPHA_QUERY);
    String source = metric.path("source").asText("");
    if (!source.equalsIgnoreCase("prometheus")) {
      throw reader.error(
          id, where + " reads from '" + source + "'; only Prometheus sources can be converted");
    }
    return rate(reader.query(metric.path("query"), where + ".query", id), true, id);
  }

  List<Slo> slos() throws SpecException {
    List<Slo> result = new ArrayList<>();
    for (JsonNode doc : slos) {
      result.add(slo(doc));
    }
    return result;
  }

  private Slo slo(JsonNode doc) throws SpecException {
    String name = reader.text(doc.path("metadata").path("name"), "metadata.name", "");
    reader.fields(doc.path("metadata"), "metadata", name, METADATA);
    JsonNode spec = doc.path("spec");
    reader.fields(spec, "spec", name, SLO_SPEC);
    String service = reader.text(spec.path("service"), "spec.service", name);
    String id = service + "-" + name;
    Slo.Builder builder =
        Slo.named(service, name)
            .description(
                spec.path("description")
                    .asText("SLO " + name + " of " + service + ", converted from OpenSLO."));
    SloSpecs.applyLabels(
        builder, reader.labels(doc.path("metadata").path("labels"), "metadata.labels", id));
    JsonNode indicator;
    if (spec.has("indicator")) {
      indicator = spec.get("indicator");
    } else if (spec.has("indicatorRef")) {
      String ref = spec.get("indicatorRef").asText();
      indicator = slis.get(ref);
      if (indicator == null) {
        throw reader.error(id, "refers to SLI '" + ref + "', which this file does not define");
      }
    } else {
      throw reader.error(id, "has no query: give spec.indicator or spec.indicatorRef");
    }
    reader.fields(indicator, "indicator", id, Set.of("apiVersion", "kind", "metadata", "spec"));
    JsonNode sli = indicator.path("spec");
    reader.fields(sli, "indicator.spec", id, SLI_SPEC);
    JsonNode objectives = spec.path("objectives");
    if (!objectives.isArray() || objectives.size() != 1) {
      throw reader.error(id, "needs exactly one objective; write one SLO per objective");
    }
    JsonNode objective = objectives.get(0);
    reader.fields(objective, "objectives[0]", id, OBJECTIVE);
    BigDecimal percent;
    if (objective.has("target")) {
      percent = objective.get("target").decimalValue().multiply(BigDecimal.valueOf(100));
    } else if (objective.has("targetPercent")) {
      percent = objective.get("targetPercent").decimalValue();
    } else {
      throw reader.error(id, "objectives[0] has no target");
    }
    builder.objective(Numbers.format(percent));
    if (sli.has("ratioMetric")) {
      builder.sli(ratio(sli.get("ratioMetric"), id));
    } else if (sli.has("thresholdMetric")) {
      String query = query(sli.get("thresholdMetric"), "thresholdMetric", id);
      String op = objective.path("op").asText("");
      Map<String, String> bad = Map.of("lte", ">", "lt", ">=", "gte", "<", "gt", "<=");
      if (!bad.containsKey(op) || !objective.has("value")) {
        throw reader.error(
            id, "a threshold SLI needs objectives[0].op (lte, lt, gte, gt) and value");
      }
      // The share of minutes in which the value is on the wrong side of the threshold.
      builder.sli(
          new Sli.ErrorRatio(
              "avg_over_time(("
                  + query
                  + " "
                  + bad.get(op)
                  + " bool "
                  + Numbers.format(objective.get("value").decimalValue())
                  + ")["
                  + Sli.EventQueries.WINDOW
                  + ":1m])"));
    } else {
      throw reader.error(
          id, "has no query: the indicator needs a ratioMetric or a thresholdMetric");
    }
    JsonNode windows = spec.path("timeWindow");
    if (windows.isArray() && windows.size() == 1) {
      reader.fields(windows.get(0), "timeWindow[0]", id, WINDOW);
      if (windows.get(0).has("calendar") || !windows.get(0).path("isRolling").asBoolean(true)) {
        throw reader.error(id, "has a calendar window; only rolling windows are supported");
      }
      String duration = windows.get(0).path("duration").asText("");
      if (!duration.matches("[0-9]+[dw]")) {
        throw reader.error(
            id,
            "timeWindow duration '" + duration + "' must be whole days or weeks, as in 30d or 4w");
      }
      builder.period(duration);
    } else if (!windows.isMissingNode()) {
      throw reader.error(id, "needs one rolling timeWindow");
    }
    for (JsonNode ref : spec.path("alertPolicies")) {
      JsonNode policy = ref.isTextual() ? policies.get(ref.asText()) : ref;
      if (policy == null) {
        throw reader.error(
            id, "refers to AlertPolicy '" + ref.asText() + "', which this file does not define");
      }
      builder.burnAlerts(conditions(policy, id));
    }
    return reader.build(builder, id);
  }

  private List<BurnAlert> conditions(JsonNode policy, String id) throws SpecException {
    reader.fields(policy, "AlertPolicy", id, DOC);
    JsonNode spec = policy.path("spec");
    reader.fields(spec, "AlertPolicy spec", id, POLICY_SPEC);
    List<BurnAlert> pairs = new ArrayList<>();
    for (JsonNode c : spec.path("conditions")) {
      JsonNode condition = c.has("spec") ? c.get("spec") : c;
      reader.fields(condition, "alert condition", id, CONDITION_SPEC);
      JsonNode burn = condition.path("condition");
      reader.fields(burn, "alert condition", id, BURN);
      if (!burn.path("kind").asText("").equals("burnrate")
          || !Set.of("gt", "gte").contains(burn.path("op").asText(""))) {
        throw reader.error(id, "only burnrate conditions with op gt or gte can be converted");
      }
      Window longWindow = Window.of(reader.text(burn.path("lookbackWindow"), "lookbackWindow", id));
      // OpenSLO names one window; the short one is a twelfth of it, as in the workbook, on a 5m
      // grid.
      long shortSeconds = Math.max(300, Math.round(longWindow.seconds() / 12.0 / 300) * 300);
      Severity severity =
          condition.path("severity").asText("page").equalsIgnoreCase("page")
              ? Severity.PAGE
              : Severity.WARN;
      pairs.add(
          new BurnAlert(
              longWindow,
              Window.seconds(shortSeconds),
              burn.path("threshold").decimalValue(),
              severity));
    }
    return pairs;
  }

  private Sli ratio(JsonNode ratio, String id) throws SpecException {
    reader.fields(ratio, "ratioMetric", id, RATIO);
    boolean counter = ratio.path("counter").asBoolean(true);
    String total = rate(query(ratio.path("total"), "ratioMetric.total", id), counter, id);
    if (ratio.has("bad")) {
      return new Sli.EventQueries(
          rate(query(ratio.get("bad"), "ratioMetric.bad", id), counter, id), total);
    }
    if (ratio.has("good")) {
      String good = rate(query(ratio.get("good"), "ratioMetric.good", id), counter, id);
      return new Sli.EventQueries("(" + total + ") - (" + good + ")", total);
    }
    throw reader.error(id, "has no query: ratioMetric needs good or bad besides total");
  }

  /**
   * A query as a rate over the window: a template with {{.window}} as is, a counter selector
   * through rate.
   */
  private String rate(String query, boolean counter, String id) throws SpecException {
    if (query.contains(Sli.EventQueries.WINDOW)) {
      return query;
    }
    if (!SELECTOR.matcher(query).matches()) {
      throw reader.error(
          id, "query '" + query + "' is neither a series selector nor a template with {{.window}}");
    }
    return counter
        ? "sum(rate(" + query + "[" + Sli.EventQueries.WINDOW + "]))"
        : "sum(sum_over_time(" + query + "[" + Sli.EventQueries.WINDOW + "]))";
  }

  private String query(JsonNode metric, String where, String id) throws SpecException {
    reader.fields(metric, where, id, METRIC);
    JsonNode source = metric.path("metricSource");
    reader.fields(source, where + ".metricSource", id, SOURCE);
    String type = source.path("type").asText("");
    if (!type.equalsIgnoreCase("prometheus")) {
      throw reader.error(
          id, where + " reads from '" + type + "'; only Prometheus sources can be converted");
    }
    JsonNode spec = source.path("spec");
    return reader.query(spec.path("query"), where + ".metricSource.spec.query", id);
  }
}
