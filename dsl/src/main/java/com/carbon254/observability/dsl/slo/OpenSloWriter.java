package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes SLOs as OpenSLO v1 {@code SLO} documents with an inline indicator (a ratio of Prometheus
 * counters) and an inline {@code AlertPolicy} of burn-rate conditions, one per pair. OpenSLO names
 * one window per condition; {@link SloSpecs} reads the short window back as a twelfth of it.
 */
public final class OpenSloWriter {
  private OpenSloWriter() {}

  public static List<ObjectNode> documents(List<Slo> slos) {
    List<ObjectNode> docs = new ArrayList<>();
    for (Slo slo : slos) {
      docs.add(document(slo));
    }
    return docs;
  }

  /** Every document as one YAML stream. */
  public static String yaml(List<Slo> slos) {
    StringBuilder out = new StringBuilder();
    for (ObjectNode doc : documents(slos)) {
      out.append("---\n").append(Documents.yaml(doc));
    }
    return out.toString();
  }

  static ObjectNode document(Slo slo) {
    ObjectNode doc = Documents.object();
    doc.put("apiVersion", "openslo/v1");
    doc.put("kind", "SLO");
    ObjectNode metadata = doc.putObject("metadata");
    metadata.put("name", slo.name());
    ObjectNode labels = Documents.object();
    slo.owner().ifPresent(o -> labels.put("owner", o));
    slo.labels().forEach(labels::put);
    if (!labels.isEmpty()) {
      metadata.set("labels", labels);
    }
    ObjectNode spec = doc.putObject("spec");
    spec.put("description", slo.description());
    spec.put("service", slo.service());
    ObjectNode indicator = spec.putObject("indicator");
    indicator.putObject("metadata").put("name", slo.id() + "-sli");
    ObjectNode ratio = indicator.putObject("spec").putObject("ratioMetric");
    ratio.put("counter", true);
    if (slo.sli() instanceof Sli.Events events) {
      ratio.set(events.selectsGood() ? "good" : "bad", metric(events.selected().promql()));
      ratio.set("total", metric(events.total().promql()));
    } else if (slo.sli() instanceof Sli.EventQueries queries) {
      ratio.set("bad", metric(queries.errorQuery()));
      ratio.set("total", metric(queries.totalQuery()));
    } else {
      throw new IllegalArgumentException(
          slo.describe()
              + ": a raw error ratio has no OpenSLO ratio form; declare the SLI as events");
    }
    ArrayNode windows = spec.putArray("timeWindow");
    windows.addObject().put("duration", slo.periodText()).put("isRolling", true);
    spec.put("budgetingMethod", "Occurrences");
    spec.putArray("objectives")
        .addObject()
        .put("displayName", slo.objectiveText())
        .put("target", slo.objectiveRatio());
    ObjectNode policy = spec.putArray("alertPolicies").addObject();
    policy.put("apiVersion", "openslo/v1");
    policy.put("kind", "AlertPolicy");
    policy.putObject("metadata").put("name", slo.id() + "-burn-rate");
    ObjectNode policySpec = policy.putObject("spec");
    policySpec.put("alertWhenNoData", true);
    ArrayNode conditions = policySpec.putArray("conditions");
    for (BurnAlert pair : slo.alerts()) {
      ObjectNode condition = conditions.addObject();
      condition.put("severity", pair.severity().label());
      ObjectNode c = condition.putObject("condition");
      c.put("kind", "burnrate");
      c.put("op", "gt");
      c.put("threshold", pair.factor());
      c.put("lookbackWindow", pair.longWindow().toString());
    }
    return doc;
  }

  private static ObjectNode metric(String query) {
    ObjectNode metric = Documents.object();
    ObjectNode source = metric.putObject("metricSource");
    source.put("type", "Prometheus");
    source.putObject("spec").put("query", query);
    return metric;
  }
}
