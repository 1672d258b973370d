package com.carbon254.observability.bundles.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.review.PromExpr;
import com.carbon254.observability.dsl.review.PromqlReader;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A domain dashboard as Grafana reads it, with the questions its tests ask of it. */
record DashboardFacts(JsonNode json) {
  static DashboardFacts of(Dashboard dashboard) {
    return new DashboardFacts(DashboardRenderer.render(dashboard, RunbookSite.UNPUBLISHED));
  }

  List<String> variables() {
    List<String> names = new ArrayList<>();
    json.get("templating").get("list").forEach(v -> names.add(v.get("name").asText()));
    return names;
  }

  List<String> links() {
    List<String> titles = new ArrayList<>();
    json.get("links").forEach(l -> titles.add(l.get("title").asText()));
    return titles;
  }

  List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    json.get("panels").forEach(panels::add);
    return panels;
  }

  JsonNode panel(String title) {
    return panels().stream()
        .filter(p -> p.get("title").asText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no panel '" + title + "'"));
  }

  List<String> kinds() {
    return panels().stream().map(p -> p.get("type").asText()).distinct().sorted().toList();
  }

  /** The alert state panel's filter on the alerts' service label. */
  String alertFilter() {
    return panels().stream()
        .filter(p -> p.get("type").asText().equals("alertlist"))
        .findFirst()
        .orElseThrow()
        .get("options")
        .get("alertInstanceLabelFilter")
        .asText();
  }

  /** The threshold steps of a panel, without the base colour. */
  List<Double> thresholdSteps(String title) {
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
  List<JsonNode> targets() {
    List<JsonNode> targets = new ArrayList<>();
    for (JsonNode panel : panels()) {
      if (panel.has("targets")) {
        panel.get("targets").forEach(t -> targets.add(t));
      }
    }
    return targets.stream().filter(t -> !t.get("expr").asText().contains("ALERTS{")).toList();
  }

  List<PromExpr.Selector> selectors() {
    List<PromExpr.Selector> selectors = new ArrayList<>();
    targets().forEach(t -> selectors.addAll(PromqlReader.read(t.get("expr").asText()).selectors()));
    return selectors;
  }

  /**
   * Every selector of a series {@code reads} picks filters {@code label=~"$label"}; and there is at
   * least one, so the check cannot pass on a dashboard that stopped reading the series.
   */
  void assertFilters(Predicate<String> reads, String label) {
    List<PromExpr.Selector> reading =
        selectors().stream().filter(s -> reads.test(s.name().orElse(""))).toList();
    assertFalse(reading.isEmpty(), "no query reads the series that carry " + label);
    for (PromExpr.Selector s : reading) {
      assertTrue(
          s.matchers().stream()
              .anyMatch(
                  m ->
                      m.label().equals(label)
                          && m.op().equals("=~")
                          && m.value().equals("$" + label)),
          s.text() + " does not filter " + label + "=~\"$" + label + "\"");
    }
  }

  /** Raw series (not recorded by a rule) are read per job: they filter {@code job=~"$job"}. */
  void assertRawSeriesFilterJob() {
    assertFilters(name -> !name.contains(":"), "job");
  }

  /**
   * Queries over histogram buckets ask for exemplars, and the panels that draw percentiles link to
   * traces in Tempo.
   */
  void assertLatencyPanelsCarryExemplarsAndTraces(String... latencyPanels) {
    List<JsonNode> buckets =
        targets().stream().filter(t -> t.get("expr").asText().contains("_bucket{")).toList();
    assertFalse(buckets.isEmpty());
    buckets.forEach(t -> assertTrue(t.get("exemplar").asBoolean(), t.get("expr").asText()));
    for (String title : latencyPanels) {
      JsonNode links = panel(title).get("fieldConfig").get("defaults").get("links");
      assertTrue(
          links != null && links.size() > 0 && links.get(0).get("title").asText().contains("Tempo"),
          title + " links to no trace");
    }
  }

  /** Every panel says what it shows; every panel with data has a unit. */
  void assertPanelsDescribedWithUnits() {
    for (JsonNode panel : panels()) {
      String type = panel.get("type").asText();
      if (type.equals("row")) {
        continue;
      }
      String title = panel.get("title").asText();
      assertFalse(panel.path("description").asText().isBlank(), title + " has no description");
      if (!type.equals("alertlist")) {
        assertFalse(
            panel.path("fieldConfig").path("defaults").path("unit").asText().isBlank(),
            title + " has no unit");
      }
    }
  }

  void assertUid(String uid) {
    assertEquals(uid, json.get("uid").asText());
  }
}
