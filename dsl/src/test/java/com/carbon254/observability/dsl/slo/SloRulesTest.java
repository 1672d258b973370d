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
