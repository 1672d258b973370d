package com.carbon254.observability.dsl.promql;

import static com.carbon254.observability.dsl.promql.Catalog.QUEUE_DEPTH;
import static com.carbon254.observability.dsl.promql.Catalog.REQUESTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectorTest {

  @Test
  void bareSelectorIsTheSeriesName() {
    assertEquals("gateway_http_requests_total", REQUESTS.select().promql());
  }

  @Test
  void matchersRenderInTheOrderWritten() {
    Selector<SeriesKind.Counting> selector =
        REQUESTS
            .select()
            .where("method", "GET")
            .whereNot("route", "/health")
            .matching("status", "5..")
            .notMatching("route", "/internal/.*");

    assertEquals(
        "gateway_http_requests_total{method=\"GET\", route!=\"/health\", status=~\"5..\", route!~\"/internal/.*\"}",
        selector.promql());
  }

  @Test
  void matcherValuesAreEscaped() {
    assertEquals(
        "gateway_queue_depth{route=\"/a\\\"b\\\\c\\nd\"}",
        QUEUE_DEPTH.select().where("route", "/a\"b\\c\nd").promql());
  }

  @Test
  void targetLabelsMayBeSelectedWithoutDeclaringThem() {
    assertEquals(
        "gateway_http_requests_total{job=\"gateway\", namespace=\"edge\"}",
        REQUESTS.select().where("job", "gateway").where("namespace", "edge").promql());
  }

  @Test
  void selectorCarriesDeclaredAndTargetLabels() {
    assertEquals(
        Set.of(
            "method",
            "route",
            "status",
            "job",
            "instance",
            "namespace",
            "pod",
            "container",
            "service",
            "endpoint"),
        REQUESTS.select().labels());
    assertEquals(Set.of("gateway_http_requests_total"), REQUESTS.select().metricNames());
  }

  @Test
  void unknownLabelIsRefusedWithTheLabelsTheMetricHas() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> REQUESTS.select().where("region", "eu-west-1"));

    assertEquals(
        "metric 'gateway_http_requests_total': query selects label 'region', which gateway_http_requests_total"
            + " does not have (its labels: method, route, status and the target labels);"
            + " use one of them or declare the label on the metric",
        e.getMessage());
  }

  @Test
  void unknownLabelInARegexMatcherIsRefusedToo() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> QUEUE_DEPTH.select().matching("le", "0.1"));

    assertEquals(
        "metric 'gateway_queue_depth': query selects label 'le', which gateway_queue_depth"
            + " does not have (its labels: route and the target labels);"
            + " use one of them or declare the label on the metric",
        e.getMessage());
  }

  @Test
  void invalidRegexIsRefused() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> REQUESTS.select().matching("status", "5..("));

    assertEquals(
        "metric 'gateway_http_requests_total': matcher status=~\"5..(\" is not a valid RE2 regex"
            + " (missing closing ): `5..(`)",
        e.getMessage());
  }

  @Test
  void selectorsAreImmutable() {
    Selector<SeriesKind.Counting> all = REQUESTS.select();
    all.where("status", "500");

    assertEquals("gateway_http_requests_total", all.promql());
  }
}
