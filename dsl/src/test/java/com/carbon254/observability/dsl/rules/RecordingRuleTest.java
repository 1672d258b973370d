package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.promql.Promql.avgOverTime;
import static com.carbon254.observability.dsl.rules.GatewayRules.ERRORS_PROMQL;
import static com.carbon254.observability.dsl.rules.GatewayRules.TOTAL_PROMQL;
import static com.carbon254.observability.dsl.rules.GatewayRules.errorRatio;
import static com.carbon254.observability.dsl.rules.GatewayRules.totalByRoute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordingRuleTest {

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(
      strings = {
        "gateway_http_requests_rate5m",
        "route:gateway_http_requests",
        "Route:gateway_http_requests:rate5m",
        "route:gateway_http_requests:rate5m:extra",
        "route::rate5m",
        "route:gateway-http-requests:rate5m"
      })
  void nameMustReadLevelMetricOperations(String name) {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> RecordingRule.named(name).expr(totalByRoute()));

    assertEquals(
        "recording rule '"
            + name
            + "': name must read level:metric:operations,"
            + " as in 'route:gateway_http_requests:rate5m'",
        e.getMessage());
  }

  @Test
  void missingExpressionIsRefused() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> RecordingRule.named("route:gateway_http_requests:rate5m").expr(null));

    assertEquals(
        "recording rule 'route:gateway_http_requests:rate5m': has no expression; pass one to .expr(...)",
        e.getMessage());
  }

  @Test
  void recordsTheExpression() {
    RecordingRule rule = errorRatio();

    assertEquals("route:gateway_http_requests:error_ratio_rate5m", rule.name());
    assertEquals(ERRORS_PROMQL + " / " + TOTAL_PROMQL, rule.expr().promql());
    assertEquals(
        "recording rule 'route:gateway_http_requests:error_ratio_rate5m'", rule.describe());
  }

  @Test
  void recordedSeriesCarriesExactlyTheResultLabels() {
    var series = errorRatio().series();

    assertEquals("route:gateway_http_requests:error_ratio_rate5m", series.promql());
    assertEquals(Set.of("route"), series.labels());
    assertEquals(Set.of("route:gateway_http_requests:error_ratio_rate5m"), series.metricNames());
  }

  @Test
  void recordedSeriesHasNoTargetLabels() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> errorRatio().series().where("job", "gateway"));

    assertEquals(
        "metric 'route:gateway_http_requests:error_ratio_rate5m': query selects label 'job',"
            + " which route:gateway_http_requests:error_ratio_rate5m does not have (its labels: route);"
            + " use one of them or declare the label on the metric",
        e.getMessage());
  }

  @Test
  void constantLabelNarrowsTheRecordedSeries() {
    RecordingRule p95 = errorRatio().label("quantile", "0.95");

    assertEquals(Map.of("quantile", "0.95"), p95.labels());
    assertEquals(
        "route:gateway_http_requests:error_ratio_rate5m{quantile=\"0.95\"}", p95.series().promql());
    assertEquals(Set.of("quantile", "route"), p95.series().labels());
    assertEquals(
        "recording rule 'route:gateway_http_requests:error_ratio_rate5m{quantile=0.95}'",
        p95.describe());
  }

  @Test
  void recordedSeriesCanBeReadOverAWindow() {
    assertEquals(
        "avg_over_time(route:gateway_http_requests:error_ratio_rate5m[1h])",
        avgOverTime(errorRatio().series().over("1h")).promql());
  }
}
