package com.carbon254.observability.dsl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer.FileUnderTest;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class RecordingScenarioTest {
  private static final Histogram DURATION =
      Histogram.named("gateway_http_request_duration_seconds")
          .help("Time to serve a request, in seconds.")
          .buckets(0.1, 0.25)
          .labels("route");

  @Test
  void histogramSeriesHaveOneBucketPerBoundAndInf() {
    List<TestSeries> series =
        TestSeries.histogram(DURATION, Map.of("route", "/api"), 10, 50, 90, 100);

    assertEquals(
        List.of(
            "gateway_http_request_duration_seconds_bucket{route=\"/api\", le=\"0.1\"}",
            "gateway_http_request_duration_seconds_bucket{route=\"/api\", le=\"0.25\"}",
            "gateway_http_request_duration_seconds_bucket{route=\"/api\", le=\"+Inf\"}"),
        series.stream().map(TestSeries::series).toList());
    assertEquals("0+90x10", series.get(1).values());
  }

  @Test
  void histogramSeriesNeedACountPerBoundAndInf() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> TestSeries.histogram(DURATION, Map.of("route", "/api"), 10, 50, 90));

    assertEquals(
        "test series 'gateway_http_request_duration_seconds': needs 3 cumulative counts (one per bucket bound and +Inf), got 2",
        e.getMessage());
  }

  @Test
  void histogramCountsAreCumulative() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> TestSeries.histogram(DURATION, Map.of("route", "/api"), 10, 50, 40, 100));

    assertEquals(
        "test series 'gateway_http_request_duration_seconds': bucket counts are cumulative and cannot decrease; check count 2",
        e.getMessage());
  }

  @Test
  void anExpectationNamesEveryRecordedLabel() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                RecordingScenario.named("errors")
                    .input(GatewayRules.requests("500", 3, 60))
                    .expect("30m", GatewayRules.errorRatio(), Map.of(), 0.03));

    assertEquals(
        "scenario 'errors': expects recording rule 'route:gateway_http_requests:error_ratio_rate5m' with labels []"
            + ", but it records [route]; give a value for each recorded label",
        e.getMessage());
  }

  @Test
  void anExpectationPastTheEndOfTheInputIsRefused() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                RecordingScenario.named("errors")
                    .input(GatewayRules.requests("500", 3, 20))
                    .expect("30m", GatewayRules.errorRatio(), Map.of("route", "/api"), 0.03)
                    .build());

    assertEquals(
        "scenario 'errors': expects a value at 30m but series gateway_http_requests_total{route=\"/api\", status=\"500\"}"
            + " ends after 20m; extend the series",
        e.getMessage());
  }

  @Test
  @SuppressWarnings("unchecked")
  void rendersAToleranceCheckPerExpectation() {
    RecordingRule ratio = GatewayRules.errorRatio();
    RuleGroup group =
        RuleGroup.named("gateway-recordings")
            .rule(ratio)
            .scenario(
                RecordingScenario.named("3% errors")
                    .input(GatewayRules.requests("500", 3, 60))
                    .input(GatewayRules.requests("200", 97, 60))
                    .expect("30m", ratio, Map.of("route", "/api"), 0.03))
            .build();

    String yaml =
        Documents.yaml(
            PromtoolTestRenderer.render(
                "tests/k8s/prometheus/rules/recording-rules_test.yaml",
                List.of(
                    new FileUnderTest("k8s/prometheus/rules/recording-rules.yaml", List.of(group))),
                List.of(),
                group.scenarios(),
                ExampleSite.SITE));
    Map<String, Object> test =
        ((List<Map<String, Object>>) ((Map<String, Object>) new Yaml().load(yaml)).get("tests"))
            .get(0);
    Map<String, Object> check = ((List<Map<String, Object>>) test.get("promql_expr_test")).get(0);

    assertEquals("recordings: 3% errors", test.get("name"));
    assertEquals(
        "abs(route:gateway_http_requests:error_ratio_rate5m{route=\"/api\"} - 0.03) < bool 0.000000001",
        check.get("expr"));
    assertEquals(
        List.of(Map.of("labels", "{route=\"/api\"}", "value", 1)), check.get("exp_samples"));
  }
}
