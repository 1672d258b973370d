package com.carbon254.observability.dsl.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SloDashboardsTest {
  private static final RunbookSite SITE =
      new RunbookSite("https://runbooks.example.org/", "https://grafana.example.org/obs");

  private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

  @Test
  void everySloGetsARowOfSliBurnRatesPeriodBudgetAndAlertsThatReadOnlyItsRecordings() {
    Slo availability = SloFixtures.availability().build();
    Slo latency = SloFixtures.latency(0.15).build();
    JsonNode json =
        DashboardRenderer.render(
            SloDashboards.build("access", List.of(availability, latency)), SITE);

    assertEquals("access-slo-error-budgets", json.get("uid").asText());
    assertEquals("Access SLOs: error budgets", json.get("title").asText());
    List<String> titles = new ArrayList<>();
    List<String> metrics = new ArrayList<>();
    for (JsonNode panel : json.get("panels")) {
      titles.add(panel.get("type").asText() + ": " + panel.get("title").asText());
      for (JsonNode target : panel.path("targets")) {
        Matcher m = METRIC.matcher(target.get("expr").asText());
        while (m.find()) {
          metrics.add(m.group(1));
        }
      }
    }
    assertEquals(
        List.of(
            "row: SLO: gateway-availability",
            "timeseries: gateway-availability SLI",
            "timeseries: gateway-availability burn rate",
            "stat: gateway-availability SLI over 30d",
            "stat: gateway-availability error budget left",
            "alertlist: gateway-availability alert state",
            "state-timeline: gateway-availability alerts",
            "row: SLO: gateway-latency",
            "timeseries: gateway-latency SLI",
            "timeseries: gateway-latency burn rate",
            "stat: gateway-latency SLI over 30d",
            "stat: gateway-latency error budget left",
            "alertlist: gateway-latency alert state",
            "state-timeline: gateway-latency alerts"),
        titles);
    assertTrue(
        metrics.stream().allMatch(m -> m.startsWith("slo:") || m.equals("ALERTS")),
        "panels read the SLO recordings, not the raw series: " + metrics);

    JsonNode burn = json.get("panels").get(2);
    List<String> burnQueries = new ArrayList<>();
    burn.get("targets").forEach(t -> burnQueries.add(t.get("legendFormat").asText()));
    assertEquals(List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d"), burnQueries);
    assertEquals(
        "slo:sli_error:ratio_rate1h{slo_name=\"availability\", slo_service=\"gateway\"} / 0.01",
        burn.get("targets").get(2).get("expr").asText());
    assertEquals(
        "1 - slo:sli_error:ratio_rate30d{slo_name=\"availability\", slo_service=\"gateway\"}",
        json.get("panels").get(3).get("targets").get(0).get("expr").asText());
    assertEquals(
        "{slo_name=\"availability\", slo_service=\"gateway\"}",
        json.get("panels").get(5).get("options").get("alertInstanceLabelFilter").asText());
  }

  @Test
  void anSloWithABudgetPerRouteShowsALinePerRoute() {
    Slo perRoute = SloFixtures.availability().groupBy("route").build();
    JsonNode panels =
        DashboardRenderer.render(SloDashboards.build("access", List.of(perRoute)), SITE)
            .get("panels");
    assertEquals("{{route}}", panels.get(1).get("targets").get(0).get("legendFormat").asText());
    assertEquals("1h {{route}}", panels.get(2).get("targets").get(2).get("legendFormat").asText());
  }

  @Test
  void theAlertsOfABundleSloLinkTheViewOnTheConfiguredGrafana() {
    Slo slo = SloFixtures.availability().build();
    RuleGroup alerts =
        SloRules.compile(slo, Optional.of(SloDashboards.ref("access"))).alerts().build();
    assertEquals(5, alerts.alerts().size());
    for (Alert alert : alerts.alerts()) {
      assertEquals(
          "https://grafana.example.org/obs/d/access-slo-error-budgets",
          alert.annotations(SITE).get("dashboard"),
          alert.name());
    }
    RuleGroup unlinked = SloRules.of(slo).untestedAlertGroup();
    assertTrue(
        unlinked.alerts().stream().noneMatch(a -> a.annotations(SITE).containsKey("dashboard")),
        "a converted spec has no dashboard to link");
  }

  @Test
  void aViewWithoutSlosIsRefused() {
    assertEquals(
        "SLO dashboard 'access': has no SLO to show; declare one with d.slo(...) or do not build the"
            + " view",
        assertThrows(DefinitionException.class, () -> SloDashboards.build("access", List.of()))
            .getMessage());
  }
}
