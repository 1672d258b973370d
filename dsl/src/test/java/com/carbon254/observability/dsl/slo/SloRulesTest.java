package com.carbon254.observability.dsl.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class SloRulesTest {
  @Test
  void theWindowRatiosAreRatiosOfSumsAndThePeriodSumsFiveMinuteIncreases() {
    SloRules rules = SloRules.of(SloFixtures.availability().build());
    assertEquals(
        "sum(rate(gateway_http_requests_total{status=~\"5..\"}[1h])) / sum(rate(gateway_http_requests_total[1h]))",
        rules.ratio(com.carbon254.observability.dsl.promql.Window.hours(1)).expr().promql());
    assertEquals(
        "sum(sum_over_time(slo:sli_error_events:increase5m{slo_name=\"availability\", slo_service=\"gateway\"}[30d:5m]))",
        rules.periodErrors().orElseThrow().expr().promql());
  }

  @Test
  void aMinimumEventCountGuardsThePageAlertsAndIsTestedOnBothSides() {
    Slo slo = SloFixtures.availability().minEvents(600).build();
    RuleGroup alerts = SloRules.of(slo).alertGroup().build();
    Alert fastPage = alerts.alerts().get(0);
    assertTrue(
        fastPage
            .expr()
            .promql()
            .endsWith("and on ()\nsum(increase(gateway_http_requests_total[1h])) >= 600"),
        fastPage.expr().promql());
    List<String> scenarios = fastPage.scenarios().stream().map(AlertScenario::name).toList();
    assertTrue(
        scenarios.contains("an outage with 125% of the minimum events in 1h pages"),
        scenarios.toString());
    assertTrue(
        scenarios.contains("an outage with 75% of the minimum events in 1h does not page"),
        scenarios.toString());
    assertTrue(
        alerts.alerts().get(2).expr().promql().indexOf("increase") < 0,
        "warn alerts are not guarded");
  }

  @Test
  void everyScenarioStatesWhatEachClauseMeasuresFromItsOwnTimeline() {
    Slo slo = SloFixtures.availability().minEvents(600).build();
    List<Alert> alerts = SloRules.of(slo).alertGroup().build().alerts();
    Alert slowPage = alerts.get(1);
    AlertScenario lowTraffic =
        slowPage.scenarios().stream()
            .filter(s -> s.name().startsWith("an outage with 125%"))
            .findFirst()
            .orElseThrow();
    // 6h healthy, then everything fails: at 6h25m 25 of the 360 minutes and 25 of the last 30
    // were bad; the 6h window holds 72 steps of 10.421875 events (600 x 1.25 / 72, in 64ths).
    assertEquals(385 * 60, lowTraffic.evalAt().seconds());
    AlertScenario.Observation observed = lowTraffic.observation().orElseThrow();
    assertEquals(3, observed.measured().size());
    assertEquals(25.0 / 360, observed.measured().get(0), 1e-15);
    assertEquals(25.0 / 30, observed.measured().get(1), 1e-15);
    assertEquals(750.375, observed.measured().get(2), 1e-12);
    assertEquals(
        "sum(increase(gateway_http_requests_total[6h]))", observed.queries().get(2).promql());

    AlertScenario steady =
        alerts.get(0).scenarios().stream()
            .filter(s -> s.name().startsWith("a steady burn of 2"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(0.02, 0.02, 60000.0), steady.observation().orElseThrow().measured());

    // The burn's own scenario checks its quiet times too: before detection and after recovery.
    AlertScenario burn = alerts.get(0).scenarios().get(0);
    assertEquals(2 * 3, burn.checks().size(), burn.name());
    assertEquals(
        List.of(burn.alsoQuietAt().get(0), burn.alsoQuietAt().get(1)),
        burn.checks().stream().map(AlertScenario.Check::at).distinct().toList());

    Alert noData = alerts.get(alerts.size() - 1);
    assertTrue(
        Double.isNaN(noData.scenarios().get(0).observation().orElseThrow().measured().get(0)));
    assertEquals(List.of(1.0), noData.scenarios().get(1).observation().orElseThrow().measured());
  }

  @Test
  void anOpenSloThresholdSliBecomesTheShareOfMinutesOnTheWrongSide() throws Exception {
    String openslo =
        """
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: latency
        spec:
          service: search
          indicator:
            metadata:
              name: p95
            spec:
              thresholdMetric:
                metricSource:
                  type: Prometheus
                  spec:
                    query: histogram_quantile(0.95, sum by (le) (rate(search_duration_seconds_bucket[5m])))
          timeWindow:
            - duration: 7d
              isRolling: true
          objectives:
            - op: lte
              value: 0.3
              target: 0.99
        """;
    Slo slo = SloSpecs.read("search.yaml", openslo).slos().get(0);
    assertEquals("7d", slo.periodText());
    assertEquals(
        "avg_over_time((histogram_quantile(0.95, sum by (le) (rate(search_duration_seconds_bucket[5m]))) > bool 0.3)[1h:1m])",
        slo.sli()
            .errorRatio(com.carbon254.observability.dsl.promql.Window.hours(1), List.of())
            .promql());
    assertEquals("3.36", slo.alerts().get(0).factor().toPlainString());
  }
}
