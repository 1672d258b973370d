package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.review.PromExpr;
import com.carbon254.observability.dsl.review.PromqlReader;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A dashboard as Grafana reads it, with the questions a domain dashboard's tests ask of it: its
 * variables, links, panels and queries, and the conventions every domain dashboard keeps (queries
 * filter the chosen jobs, latency panels carry exemplars and trace links, every panel is described
 * and has a unit). A convention is answered as the list of what breaks it, empty when it holds, so
 * a failing test names every offender at once.
 */
public record DashboardFacts(JsonNode json) {
  /** The dashboard rendered as published, with runbook links left unpublished. */
  public static DashboardFacts of(Dashboard dashboard) {
    return new DashboardFacts(DashboardRenderer.render(dashboard, RunbookSite.UNPUBLISHED));
  }

  public String uid() {
    return json.get("uid").asText();
  }

  /** Template variable names, in the order of the dashboard's controls. */
  public List<String> variables() {
    List<String> names = new ArrayList<>();
    json.get("templating").get("list").forEach(v -> names.add(v.get("name").asText()));
    return names;
  }

  /** Titles of the dashboard's header links. */
  public List<String> links() {
    List<String> titles = new ArrayList<>();
    json.get("links").forEach(l -> titles.add(l.get("title").asText()));
    return titles;
  }

  /** Top-level panels and rows, in grid order. */
  public List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    json.get("panels").forEach(panels::add);
    return panels;
  }

  /** The panel with this title; an {@link IllegalArgumentException} when there is none. */
  public JsonNode panel(String title) {
    return panels().stream()
        .filter(p -> p.get("title").asText().equals(title))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no panel '" + title + "'"));
  }

  /** The panel types used, sorted. */
  public List<String> kinds() {
    return panels().stream().map(p -> p.get("type").asText()).distinct().sorted().toList();
  }

  /** The alert state panel's filter on the alerts' service label. */
  public String alertFilter() {
    return panels().stream()
        .filter(p -> p.get("type").asText().equals("alertlist"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no alert state panel"))
        .get("options")
        .get("alertInstanceLabelFilter")
        .asText();
  }

  /** The threshold steps of a panel, without the base colour. */
  public List<Double> thresholdSteps(String title) {
    List<Double> steps = new ArrayList<>();
    panel(title)
        .get("fieldConfig")
        .get("defaults")
        .get("thresholds")
        .get("steps")
        .forEach(
            s -> {
              if (!s.get("value").isNull()) {
                steps.add(s.get("value").asDouble());
              }
            });
    return steps;
  }

  /** Every Prometheus query of the panels below the shared alert-state header. */
  public List<JsonNode> targets() {
    List<JsonNode> targets = new ArrayList<>();
    for (JsonNode panel : panels()) {
      if (panel.has("targets")) {
        panel.get("targets").forEach(targets::add);
      }
    }
    return targets.stream().filter(t -> !t.get("expr").asText().contains("ALERTS{")).toList();
  }

  /** The series selectors of {@link #targets}. */
  public List<PromExpr.Selector> selectors() {
    List<PromExpr.Selector> selectors = new ArrayList<>();
    targets().forEach(t -> selectors.addAll(PromqlReader.read(t.get("expr").asText()).selectors()));
    return selectors;
  }

  /**
   * The selectors of a series {@code reads} picks that do not filter {@code label=~"$label"}; a
   * problem too when no query reads such a series, so the check cannot pass on a dashboard that
   * stopped reading it.
   */
  public List<String> unfiltered(Predicate<String> reads, String label) {
    List<PromExpr.Selector> reading =
        selectors().stream().filter(s -> reads.test(s.name().orElse(""))).toList();
    if (reading.isEmpty()) {
      return List.of("no query reads the series that carry " + label);
    }
    return reading.stream()
        .filter(
            s ->
                s.matchers().stream()
                    .noneMatch(
                        m ->
                            m.label().equals(label)
                                && m.op().equals("=~")
                                && m.value().equals("$" + label)))
        .map(s -> s.text() + " does not filter " + label + "=~\"$" + label + "\"")
        .toList();
  }

  /** Raw series (not recorded by a rule) read without filtering {@code job=~"$job"}. */
  public List<String> rawSeriesUnfilteredByJob() {
    return unfiltered(name -> !name.contains(":"), "job");
  }

  /**
   * Queries over histogram buckets that ask for no exemplars, and the given percentile panels that
   * link to no traces in Tempo; a problem too when no query reads buckets.
   */
  public List<String> latencyPanelsWithoutExemplarsOrTraces(String... latencyPanels) {
    List<JsonNode> buckets =
        targets().stream()
            .filter(
                t ->
                    PromqlReader.read(t.get("expr").asText()).selectors().stream()
                        .anyMatch(s -> s.name().orElse("").endsWith("_bucket")))
            .toList();
    List<String> problems = new ArrayList<>();
    if (buckets.isEmpty()) {
      problems.add("no query reads histogram buckets");
    }
    buckets.stream()
        .filter(t -> !t.path("exemplar").asBoolean())
        .forEach(t -> problems.add(t.get("expr").asText() + " asks for no exemplars"));
    for (String title : latencyPanels) {
      JsonNode links = panel(title).path("fieldConfig").path("defaults").path("links");
      if (links.isEmpty() || !links.get(0).path("title").asText().contains("Tempo")) {
        problems.add(title + " links to no trace");
      }
    }
    return problems;
  }

  /** Panels that do not say what they show, and panels with data but no unit. */
  public List<String> panelsWithoutDescriptionOrUnit() {
    List<String> problems = new ArrayList<>();
    for (JsonNode panel : panels()) {
      String type = panel.get("type").asText();
      if (type.equals("row")) {
        continue;
      }
      String title = panel.get("title").asText();
      if (panel.path("description").asText().isBlank()) {
        problems.add(title + " has no description");
      }
      if (!type.equals("alertlist")
          && panel.path("fieldConfig").path("defaults").path("unit").asText().isBlank()) {
        problems.add(title + " has no unit");
      }
    }
    return problems;
  }
}
