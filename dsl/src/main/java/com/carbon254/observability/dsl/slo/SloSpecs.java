package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads SLO specs written for other tools into {@link Slo}s: Sloth's {@code prometheus/v1} files
 * and its Kubernetes {@code PrometheusServiceLevel}, and OpenSLO v1 ({@code SLO} documents with a
 * ratio or threshold SLI on Prometheus, inline or referenced, and their {@code AlertPolicy}). Every
 * field is checked: an unknown one is refused rather than silently dropped.
 */
public final class SloSpecs {
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** What a file held, and what was read but has no effect here. */
  public record Read(List<Slo> slos, List<String> notes) {
    public Read {
      slos = List.copyOf(slos);
      notes = List.copyOf(notes);
    }
  }

  private final String file;
  private final List<String> notes = new ArrayList<>();

  private SloSpecs(String file) {
    this.file = file;
  }

  /** Reads every document of {@code text}; {@code file} names it in messages. */
  public static Read read(String file, String text) throws SpecException {
    SloSpecs reader = new SloSpecs(file);
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          documents.add(doc);
        }
      }
    } catch (JsonProcessingException | RuntimeException e) {
      throw new SpecException(file + ": not YAML: " + firstLine(e.getMessage()));
    } catch (IOException e) {
      throw new SpecException(file + ": cannot be read: " + e.getMessage());
    }
    if (documents.isEmpty()) {
      throw new SpecException(file + ": holds no document; expected a Sloth or OpenSLO spec");
    }
    List<Slo> slos = new ArrayList<>();
    OpenSlo openSlo = new OpenSlo(reader);
    for (JsonNode doc : documents) {
      String version = doc.path("version").asText("");
      String apiVersion = doc.path("apiVersion").asText("");
      String kind = doc.path("kind").asText("");
      if (version.equals("prometheus/v1") && !doc.has("apiVersion")) {
        slos.addAll(reader.sloth(doc, false));
      } else if (apiVersion.equals("sloth.slok.dev/v1")
          && (kind.equals("PrometheusServiceLevel")
              || kind.equals("ManagedPrometheusServiceLevel"))) {
        // The managed kind (Google Cloud Managed Service for Prometheus) has the same spec; only
        // the resource Sloth wraps the rules in differs.
        reader.fields(doc, "document", "", Set.of("apiVersion", "kind", "metadata", "spec"));
        slos.addAll(reader.sloth(doc.path("spec"), true));
      } else if (apiVersion.equals("sloth.slok.dev/v1") && kind.equals("AlertWindows")) {
        throw new SpecException(
            file
                + ": is Sloth's AlertWindows (the alert windows of a period, for sloth's"
                + " --slo-period-windows-path), not an SLO spec; convert the SLO specs, whose"
                + " alert windows follow the SRE workbook scaled to their period");
      } else if (apiVersion.equals("openslo/v1")) {
        openSlo.add(doc);
      } else if (apiVersion.equals("openslo/v1alpha")) {
        slos.addAll(openSlo.v1alpha(doc));
      } else {
        throw new SpecException(
            file
                + ": a document with version '"
                + version
                + "', apiVersion '"
                + apiVersion
                + "', kind '"
                + kind
                + "' is neither a Sloth spec (version: prometheus/v1, or apiVersion: sloth.slok.dev/v1 with kind:"
                + " PrometheusServiceLevel) nor OpenSLO (apiVersion: openslo/v1 or openslo/v1alpha)");
      }
    }
    slos.addAll(openSlo.slos());
    Set<String> ids = new java.util.TreeSet<>();
    for (Slo slo : slos) {
      if (!ids.add(slo.id())) {
        throw new SpecException(
            file + ": slo '" + slo.id() + "': is defined twice; give each SLO its own name");
      }
    }
    return new Read(slos, reader.notes);
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  SpecException error(String slo, String problem) {
    return new SpecException(file + ": " + (slo.isEmpty() ? "" : "slo '" + slo + "': ") + problem);
  }

  void note(String slo, String text) {
    notes.add(file + ": slo '" + slo + "': " + text);
  }

  /** Refuses fields outside {@code known}: a typo would otherwise change nothing, silently. */
  void fields(JsonNode node, String where, String slo, Set<String> known) throws SpecException {
    if (!node.isObject()) {
      throw error(slo, where + " must be a mapping");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!known.contains(field)) {
        throw error(
            slo,
            "unknown field '"
                + field
                + "' in "
                + where
                + " (known: "
                + new java.util.TreeSet<>(known)
                + ")");
      }
    }
  }

  /** The first of {@code names} present (Sloth's files write both snake_case and camelCase). */
  static JsonNode either(JsonNode node, String... names) {
    for (String name : names) {
      if (node.has(name)) {
        return node.get(name);
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  String text(JsonNode node, String where, String slo) throws SpecException {
    if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
      throw error(slo, "has no " + where);
    }
    if (!node.isValueNode()) {
      throw error(slo, where + " must be a single value");
    }
    return node.asText();
  }

  Map<String, String> labels(JsonNode node, String where, String slo) throws SpecException {
    Map<String, String> labels = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return labels;
    }
    if (!node.isObject()) {
      throw error(slo, where + " must map label names to values");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      labels.put(e.getKey(), e.getValue().asText());
    }
    return labels;
  }

  /** Sloth's labels become the SLO's labels; {@code owner} its owner; severity is ours to set. */
  static void applyLabels(Slo.Builder builder, Map<String, String> labels) {
    for (Map.Entry<String, String> label : labels.entrySet()) {
      switch (label.getKey()) {
        case "owner" -> builder.owner(label.getValue());
        case "severity" -> {}
        default -> builder.label(label.getKey(), label.getValue());
      }
    }
  }

  Slo build(Slo.Builder builder, String slo) throws SpecException {
    try {
      return builder.build();
    } catch (DefinitionException e) {
      throw error(slo, e.problem());
    }
  }

  private static final Set<String> SLOTH_ROOT =
      Set.of("version", "service", "labels", "slos", "slo_plugins", "sloPlugins");
  private static final Set<String> SLOTH_SLO =
      Set.of(
          "name",
          "id",
          "objective",
          "description",
          "labels",
          "sli",
          "alerting",
          "interval",
          "plugins",
          "slo_plugins",
          "sloPlugins");
  private static final Set<String> SLOTH_SLI = Set.of("events", "raw", "plugin");
  private static final Set<String> SLOTH_EVENTS =
      Set.of("error_query", "errorQuery", "total_query", "totalQuery");
  private static final Set<String> SLOTH_RAW = Set.of("error_ratio_query", "errorRatioQuery");
  private static final Set<String> SLOTH_ALERTING =
      Set.of(
          "name",
          "labels",
          "annotations",
          "page_alert",
          "pageAlert",
          "ticket_alert",
          "ticketAlert");
  private static final Set<String> SLOTH_ALERT = Set.of("disable", "labels", "annotations", "for");

  private List<Slo> sloth(JsonNode spec, boolean kubernetes) throws SpecException {
    fields(spec, kubernetes ? "spec" : "the spec", "", SLOTH_ROOT);
    String service = text(spec.path("service"), "service", "");
    Map<String, String> common = labels(spec.path("labels"), "labels", "");
    if (!either(spec, "slo_plugins", "sloPlugins").isMissingNode()) {
      notes.add(
          file
              + ": slo_plugins are Sloth plugins, which are not run here; the SLOs are converted without them");
    }
    JsonNode slos = spec.path("slos");
    if (!slos.isArray() || slos.isEmpty()) {
      throw error("", "has no slos; list them under slos:");
    }
    List<Slo> result = new ArrayList<>();
    for (JsonNode node : slos) {
      String name = node.path("name").asText("");
      String id = service + "-" + name;
      fields(node, "the slo", id, SLOTH_SLO);
      text(node.path("name"), "name", id);
      JsonNode objective = node.path("objective");
      if (!objective.isNumber()) {
        throw error(id, "has no numeric objective; write it in percent, as in objective: 99.9");
      }
      Slo.Builder builder =
          Slo.named(service, name)
              .objective(objective.decimalValue().toPlainString())
              .description(
                  node.path("description")
                      .asText("SLO " + name + " of " + service + ", converted from Sloth."));
      applyLabels(builder, common);
      applyLabels(builder, labels(node.path("labels"), "labels", id));
      JsonNode sli = node.path("sli");
      fields(sli, "sli", id, SLOTH_SLI);
      if (sli.has("plugin")) {
        throw error(
            id,
            "uses an SLI plugin, which cannot be converted; write its queries as sli.events or sli.raw");
      } else if (sli.has("events")) {
        JsonNode events = sli.get("events");
        fields(events, "sli.events", id, SLOTH_EVENTS);
        builder.sli(
            new Sli.EventQueries(
                query(either(events, "error_query", "errorQuery"), "sli.events.error_query", id),
                query(either(events, "total_query", "totalQuery"), "sli.events.total_query", id)));
      } else if (sli.has("raw")) {
        JsonNode raw = sli.get("raw");
        fields(raw, "sli.raw", id, SLOTH_RAW);
        builder.sli(
            new Sli.ErrorRatio(
                query(
                    either(raw, "error_ratio_query", "errorRatioQuery"),
                    "sli.raw.error_ratio_query",
                    id)));
      } else {
        throw error(
            id,
            "has no query: give sli.events (error_query and total_query) or sli.raw (error_ratio_query)");
      }
      if (node.has("interval")) {
        note(
            id,
            "interval is not used; window ratios are recorded every minute and the period every 5 minutes");
      }
      List<Severity> enabled = new ArrayList<>(List.of(Severity.PAGE, Severity.WARN));
      JsonNode alerting = node.path("alerting");
      if (!alerting.isMissingNode()) {
        fields(alerting, "alerting", id, SLOTH_ALERTING);
        applyLabels(builder, labels(alerting.path("labels"), "alerting.labels", id));
        for (Severity severity : List.of(Severity.PAGE, Severity.WARN)) {
          JsonNode alert =
              severity == Severity.PAGE
                  ? either(alerting, "page_alert", "pageAlert")
                  : either(alerting, "ticket_alert", "ticketAlert");
          if (alert.isMissingNode()) {
            continue;
          }
          fields(
              alert,
              severity == Severity.PAGE ? "alerting.page_alert" : "alerting.ticket_alert",
              id,
              SLOTH_ALERT);
          if (alert.path("disable").asBoolean(false)) {
            enabled.remove(severity);
          }
          if (alert.has("for") || alert.has("labels") || alert.has("annotations")) {
            note(
                id,
                "page_alert/ticket_alert for, labels and annotations are not used; the pairs fire without a pending"
                    + " time, as the workbook's do, with severity page or warn");
          }
        }
        if (alerting.has("annotations") || alerting.has("name")) {
          note(
              id,
              "alerting name and annotations are replaced by ALERT_<SERVICE>_<CONDITION> names and generated annotations");
        }
      }
      Slo draft = build(builder, id);
      List<BurnAlert> pairs =
          draft.alerts().stream().filter(a -> enabled.contains(a.severity())).toList();
      if (pairs.isEmpty()) {
        note(
            id,
            "page and ticket alerts are both disabled; only the recordings and the no-data alert are written");
      }
      result.add(
          new Slo(
              draft.service(),
              draft.name(),
              draft.description(),
              draft.objectivePercent(),
              draft.period(),
              draft.labels(),
              draft.owner(),
              draft.sli(),
              draft.groupBy(),
              pairs,
              draft.minEvents(),
              draft.alertFile()));
    }
    return result;
  }

  String query(JsonNode node, String where, String slo) throws SpecException {
    if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
      throw error(slo, "has no query in " + where);
    }
    return node.asText().strip();
  }
}
