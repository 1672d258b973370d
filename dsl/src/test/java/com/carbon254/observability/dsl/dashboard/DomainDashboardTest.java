package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.ExampleSite;
import com.carbon254.observability.dsl.rules.Runbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainDashboardTest {
  private static final Runbook RUNBOOK =
      new Runbook("high-api-error-rate", "High API error rate", "# High API error rate\n");

  private static JsonNode render(DashboardBuilder builder) throws Exception {
    return new ObjectMapper()
        .readTree(Documents.json(DashboardRenderer.render(builder.build(), ExampleSite.SITE)));
  }

  private static DomainDashboard gateway() {
    return DomainDashboard.of("access", "Gateway overview", "gateway-overview")
        .jobs(REQUESTS.select())
        .keyLabel("route", "Route", REQUESTS.select().matching("job", "$job"))
        .services("gateway", "streaming")
        .runbook(RUNBOOK)
        .runbook(RUNBOOK);
  }

  @Test
  void everyDomainDashboardOpensWithTheSameControlsAndTheAlertState() throws Exception {
    JsonNode root = render(gateway().builder());

    List<String> variables = new ArrayList<>();
    root.get("templating").get("list").forEach(v -> variables.add(v.get("name").asText()));
    assertEquals(List.of("datasource", "job", "route"), variables);
    assertEquals("Environment", root.get("templating").get("list").get(0).get("label").asText());
    assertEquals("access", root.get("tags").get(0).asText());

    List<String> links = new ArrayList<>();
    root.get("links").forEach(l -> links.add(l.get("title").asText()));
    assertEquals(List.of("Access dashboards", "Runbook: High API error rate"), links);

    JsonNode panels = root.get("panels");
    assertEquals("Alerts", panels.get(0).get("title").asText());
    assertEquals(
        "{service=~\"gateway|streaming\"}",
        panels.get(1).get("options").get("alertInstanceLabelFilter").asText());
    assertEquals(
        "max by (alertname) (2 * ALERTS{alertstate=\"firing\", service=~\"gateway|streaming\"}"
            + " or ALERTS{alertstate=\"pending\", service=~\"gateway|streaming\"})",
        panels.get(2).get("targets").get(0).get("expr").asText());
    assertEquals(
        "ALERTS{alertstate=\"firing\", service=~\"gateway|streaming\"}",
        root.get("annotations").get("list").get(1).get("expr").asText());
  }

  @Test
  void aDomainDashboardWithoutJobsOrServicesSaysWhatToAdd() {
    IllegalStateException noJobs =
        assertThrows(
            IllegalStateException.class,
            () -> DomainDashboard.of("access", "Gateway", "gw").services("gateway").builder());
    assertEquals(
        "dashboard 'Gateway': call jobs(selector) so the dashboard can filter by job",
        noJobs.getMessage());
    IllegalStateException noServices =
        assertThrows(
            IllegalStateException.class,
            () -> DomainDashboard.of("access", "Gateway", "gw").jobs(REQUESTS.select()).builder());
    assertEquals(
        "dashboard 'Gateway': call services(...) with the service labels of the alerts it is about",
        noServices.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> DomainDashboard.of("Access", "Gateway", "gw"));
    assertThrows(
        IllegalArgumentException.class,
        () -> DomainDashboard.of("access", "Gateway", "gw").services("Gateway Service"));
  }
}
