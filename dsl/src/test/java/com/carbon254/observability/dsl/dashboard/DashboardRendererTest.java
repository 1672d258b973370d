package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

class DashboardRendererTest {
  private static String json(Dashboard dashboard) {
    return Documents.json(
        DashboardRenderer.render(
            dashboard, com.carbon254.observability.dsl.rules.ExampleSite.SITE));
  }

  @Test
  void rendersTheClassicGrafanaModel() {
    Approvals.verify(json(Examples.gateway().build()));
  }

  @Test
  void rendersTheSameBytesEveryTime() {
    assertEquals(json(Examples.gateway().build()), json(Examples.gateway().build()));
    Dashboard once = Examples.gateway().build();
    assertEquals(json(once), json(once));
  }

  @Test
  void everyPanelAndQueryReadsTheDatasourceVariable() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json(Examples.gateway().build()));

    assertEquals(42, root.get("schemaVersion").asInt());
    assertEquals("access-gateway-overview", root.get("uid").asText());
    assertEquals(1, root.get("graphTooltip").asInt());
    assertEquals(false, root.get("editable").asBoolean());
    JsonNode variable = root.get("templating").get("list").get(0);
    assertEquals("datasource", variable.get("name").asText());
    assertEquals("datasource", variable.get("type").asText());
    assertEquals("prometheus", variable.get("query").asText());

    String datasource = "{\"type\":\"prometheus\",\"uid\":\"${datasource}\"}";
    List<String> types = new ArrayList<>();
    for (JsonNode panel : root.get("panels")) {
      types.add(panel.get("type").asText());
      if (panel.get("type").asText().equals("row")) {
        continue;
      }
      assertEquals(datasource, panel.get("datasource").toString());
      for (JsonNode target : panel.get("targets")) {
        assertEquals(datasource, target.get("datasource").toString());
      }
    }
    assertEquals(List.of("row", "timeseries", "stat", "row", "timeseries"), types);
  }

  @Test
  void statQueriesAreInstantOnlyWithoutSparkline() throws Exception {
    Dashboard dashboard =
        new DashboardBuilder("Stats")
            .uid("stats")
            .withPanel(new StatPanelBuilder("With sparkline").withTarget(Examples.ERROR_RATIO))
            .withPanel(
                new StatPanelBuilder("Without")
                    .withTarget(Examples.ERROR_RATIO)
                    .graphMode(BigValueGraphMode.NONE))
            .build();
    JsonNode panels = new ObjectMapper().readTree(json(dashboard)).get("panels");

    assertEquals("true false", range(panels.get(0)));
    assertEquals("false true", range(panels.get(1)));
  }

  private static String range(JsonNode panel) {
    JsonNode target = panel.get("targets").get(0);
    return target.get("range").asBoolean() + " " + target.get("instant").asBoolean();
  }
}
