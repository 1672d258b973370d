package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * The gallery renders as approved (the file is also validated against the foundation SDK's schema
 * by the cli's DashboardSchemaTest), and it really does use every kind the model offers.
 */
class GalleryTest {
  private static String json() {
    return Documents.json(
        DashboardRenderer.render(
            Gallery.dashboard().build(), com.carbon254.observability.dsl.rules.ExampleSite.SITE));
  }

  @Test
  void everyKindOfPanelVariableOverrideAndMapping() {
    Approvals.verify(json());
  }

  @Test
  void rendersTheSameBytesEveryTime() {
    assertEquals(json(), json());
  }

  @Test
  void usesEveryPanelKind() throws Exception {
    Set<String> types = new TreeSet<>();
    for (JsonNode panel : panels()) {
      types.add(panel.get("type").asText());
    }
    Set<String> all =
        new TreeSet<>(
            List.of(
                "row",
                "timeseries",
                "stat",
                "gauge",
                "bargauge",
                "barchart",
                "table",
                "heatmap",
                "histogram",
                "state-timeline",
                "status-history",
                "piechart",
                "text",
                "logs",
                "traces",
                "nodeGraph",
                "alertlist",
                "dashlist"));
    assertTrue(types.containsAll(all), "missing: " + difference(all, types));
    assertTrue(panels().stream().anyMatch(p -> p.has("libraryPanel")), "no library panel");
  }

  @Test
  void usesEveryVariableMatcherAndMappingKind() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json());
    Set<String> variables = new TreeSet<>();
    root.get("templating").get("list").forEach(v -> variables.add(v.get("type").asText()));
    assertEquals(
        new TreeSet<>(
            List.of("datasource", "query", "custom", "constant", "interval", "textbox", "adhoc")),
        variables);
    Set<String> matchers = new TreeSet<>();
    Set<String> mappings = new TreeSet<>();
    for (JsonNode panel : panels()) {
      panel
          .path("fieldConfig")
          .path("overrides")
          .forEach(o -> matchers.add(o.get("matcher").get("id").asText()));
      panel
          .path("fieldConfig")
          .path("defaults")
          .path("mappings")
          .forEach(m -> mappings.add(m.get("type").asText()));
    }
    assertEquals(new TreeSet<>(List.of("byName", "byRegexp", "byFrameRefID", "byType")), matchers);
    assertEquals(new TreeSet<>(List.of("value", "range", "regex", "special")), mappings);
  }

  @Test
  void aCollapsedRowOwnsItsPanelsAndTheFollowingRowSitsRightBelowIt() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json());
    JsonNode collapsed = null;
    JsonNode next = null;
    for (JsonNode panel : root.get("panels")) {
      if (collapsed != null && next == null && panel.get("type").asText().equals("row")) {
        next = panel;
      }
      if (panel.path("collapsed").asBoolean()) {
        collapsed = panel;
      }
    }
    assertEquals(
        List.of("logs", "timeseries", "table", "traces", "nodeGraph"),
        types(collapsed.get("panels")));
    assertEquals(
        collapsed.get("gridPos").get("y").asInt() + 1, next.get("gridPos").get("y").asInt());
    for (JsonNode child : collapsed.get("panels")) {
      assertTrue(child.get("gridPos").get("y").asInt() > collapsed.get("gridPos").get("y").asInt());
    }
  }

  private static List<String> types(JsonNode panels) {
    List<String> types = new ArrayList<>();
    panels.forEach(p -> types.add(p.get("type").asText()));
    return types;
  }

  private static List<JsonNode> panels() throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode panel : new ObjectMapper().readTree(json()).get("panels")) {
      all.add(panel);
      panel.path("panels").forEach(all::add);
    }
    return all;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
