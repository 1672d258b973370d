package com.carbon254.observability.bundles.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.dashboard.DashboardFacts;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.rules.Alert;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The key facts of security/policy_decisions.json: controls, filters, panel kinds, exemplars, and
 * that its thresholds and runbooks are the alerts' own.
 */
class PolicyDecisionsDashboardTest {
  private static final DashboardFacts DASHBOARD =
      DashboardFacts.of(PolicyDecisionsDashboard.build());

  @Test
  void filtersByJobFailureReasonAndPolicy() {
    assertEquals("security-policy-decisions", DASHBOARD.uid());
    assertEquals(List.of("datasource", "job", "reason", "policy"), DASHBOARD.variables());
    assertEquals(List.of(), DASHBOARD.rawSeriesUnfilteredByJob());
    assertEquals(
        List.of(), DASHBOARD.unfiltered(SecurityMetrics.AUTH_FAILURES.name()::equals, "reason"));
    assertEquals(
        List.of(), DASHBOARD.unfiltered(name -> name.contains("security_opa_decision"), "policy"));
    assertEquals("{service=~\"auth|entitlements|opa|security\"}", DASHBOARD.alertFilter());
  }

  @Test
  void linksTheRunbookOfEverySecurityAlert() {
    Set<String> expected = new TreeSet<>();
    Platform.define(List.of(new SecurityBundle()))
        .bundles()
        .get(0)
        .groups()
        .forEach(
            p ->
                p.group().alerts().stream()
                    .map(Alert::runbook)
                    .forEach(r -> expected.add("Runbook: " + r.title())));
    assertEquals(
        expected,
        new TreeSet<>(DASHBOARD.links().stream().filter(l -> l.startsWith("Runbook: ")).toList()));
  }

  @Test
  void drawsTheAlertsThresholdsAndLatencyWithExemplars() {
    assertEquals(
        List.of("alertlist", "heatmap", "row", "stat", "state-timeline", "table", "timeseries"),
        DASHBOARD.kinds());
    assertEquals(
        List.of(),
        DASHBOARD.latencyPanelsWithoutExemplarsOrTraces(
            "OPA decision latency p50, p95, p99 by policy"));
    assertEquals(
        "heatmap",
        DASHBOARD
            .panel("OPA decision time distribution")
            .get("targets")
            .get(0)
            .get("format")
            .asText());
    assertEquals(
        List.of(SecurityRules.ENTITLEMENT_CACHE_MISS_RATIO),
        DASHBOARD.thresholdSteps("Entitlement cache miss ratio"));
    assertEquals(
        List.of(SecurityRules.AUTH_FAILURE_RATIO_SPIKE),
        DASHBOARD.thresholdSteps("Auth failure ratio"));
    assertEquals(
        List.of(SecurityRules.OPA_DECISION_P95_SECONDS),
        DASHBOARD.thresholdSteps("OPA decision latency p50, p95, p99 by policy"));
    assertEquals(List.of(), DASHBOARD.panelsWithoutDescriptionOrUnit());
  }

  @Test
  void topDeniedPoliciesKeepsTheMostDenyingRows() {
    var panel = DASHBOARD.panel("Top denied policies");
    assertEquals("table", panel.get("type").asText());
    assertEquals(
        "policy_result:security_opa_decisions:rate5m{policy=~\"$policy\", result=\"deny\"}",
        panel.get("targets").get(0).get("expr").asText());
    var transformations = panel.get("transformations");
    assertEquals("sortBy", transformations.get(1).get("id").asText());
    assertEquals(
        PolicyDecisionsDashboard.TOP,
        transformations.get(2).get("options").get("limitField").asInt());
  }
}
