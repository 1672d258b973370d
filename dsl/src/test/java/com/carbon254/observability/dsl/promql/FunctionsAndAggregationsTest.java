package com.carbon254.observability.dsl.promql;

import static com.carbon254.observability.dsl.promql.Catalog.DURATION;
import static com.carbon254.observability.dsl.promql.Catalog.QUEUE_DEPTH;
import static com.carbon254.observability.dsl.promql.Catalog.REQUESTS;
import static com.carbon254.observability.dsl.promql.Promql.absent;
import static com.carbon254.observability.dsl.promql.Promql.avg;
import static com.carbon254.observability.dsl.promql.Promql.avgOverTime;
import static com.carbon254.observability.dsl.promql.Promql.clampMin;
import static com.carbon254.observability.dsl.promql.Promql.count;
import static com.carbon254.observability.dsl.promql.Promql.deriv;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.maxOverTime;
import static com.carbon254.observability.dsl.promql.Promql.min;
import static com.carbon254.observability.dsl.promql.Promql.predictLinear;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static com.carbon254.observability.dsl.promql.Promql.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionsAndAggregationsTest {

  @Test
  void rateOverAWindow() {
    assertEquals(
        "rate(gateway_http_requests_total[5m])", rate(REQUESTS.select().over("5m")).promql());
  }

  @Test
  void windowIsPrintedInItsLargestWholeUnit() {
    assertEquals(
        "rate(gateway_http_requests_total[5m])", rate(REQUESTS.select().over("300s")).promql());
  }

  @Test
  void increaseOverAWindowObjectWithMatchers() {
    assertEquals(
        "increase(gateway_http_requests_total{route=\"/api\"}[1h])",
        increase(REQUESTS.select().where("route", "/api").over(Window.hours(1))).promql());
  }

  @Test
  void rateKeepsTheLabelsAndMetricOfItsInput() {
    Vector rate = rate(REQUESTS.select().over("5m"));

    assertEquals(REQUESTS.select().labels(), rate.labels());
    assertEquals(Set.of("gateway_http_requests_total"), rate.metricNames());
  }

  @Test
  void gaugeRangeFunctions() {
    assertEquals(
        "avg_over_time(gateway_queue_depth[10m])",
        avgOverTime(QUEUE_DEPTH.select().over("10m")).promql());
    assertEquals(
        "max_over_time(gateway_queue_depth[1h])",
        maxOverTime(QUEUE_DEPTH.select().over("60m")).promql());
    assertEquals(
        "deriv(gateway_queue_depth[15m])", deriv(QUEUE_DEPTH.select().over("15m")).promql());
  }

  @Test
  void predictLinearTakesAGaugeRangeAndAHorizonInSeconds() {
    Vector forecast =
        predictLinear(QUEUE_DEPTH.select().where("route", "/api").over("6h"), Window.hours(24));

    assertEquals(
        "predict_linear(gateway_queue_depth{route=\"/api\"}[6h], 86400)", forecast.promql());
    assertEquals(QUEUE_DEPTH.select().labels(), forecast.labels());
    assertEquals(Set.of("gateway_queue_depth"), forecast.metricNames());
    assertEquals(
        "predict_linear(gateway_queue_depth[6h], 3600) < 0",
        predictLinear(QUEUE_DEPTH.select().over("6h"), Window.hours(1)).below(0).promql());
  }

  @Test
  void equalToKeepsTheSeriesWithThatValue() {
    Vector down = QUEUE_DEPTH.select().equalTo(0);

    assertEquals("gateway_queue_depth == 0", down.promql());
    assertEquals(QUEUE_DEPTH.select().labels(), down.labels());
  }

  @Test
  void sumWithoutGroupingDropsAllLabels() {
    Aggregation total = sum(rate(REQUESTS.select().over("5m")));

    assertEquals("sum(rate(gateway_http_requests_total[5m]))", total.promql());
    assertEquals(Set.of(), total.labels());
  }

  @Test
  void sumByKeepsOnlyTheGroupingLabels() {
    Aggregation errors =
        sum(rate(REQUESTS.select().matching("status", "5..").over("5m"))).by("route");

    assertEquals(
        "sum by (route) (rate(gateway_http_requests_total{status=~\"5..\"}[5m]))", errors.promql());
    assertEquals(Set.of("route"), errors.labels());
  }

  @Test
  void sumByManyLabelsKeepsTheirOrder() {
    assertEquals(
        "sum by (status, route) (rate(gateway_http_requests_total[5m]))",
        sum(rate(REQUESTS.select().over("5m"))).by("status", "route").promql());
  }

  @Test
  void sumWithoutDropsTheNamedLabels() {
    Aggregation perRoute = sum(rate(REQUESTS.select().over("5m"))).without("instance", "pod");

    assertEquals(
        "sum without (instance, pod) (rate(gateway_http_requests_total[5m]))", perRoute.promql());
    assertEquals(
        Set.of("method", "route", "status", "job", "namespace", "container", "service", "endpoint"),
        perRoute.labels());
  }

  @Test
  void otherAggregationOperators() {
    assertEquals(
        "avg by (route) (gateway_queue_depth)", avg(QUEUE_DEPTH.select()).by("route").promql());
    assertEquals("max(gateway_queue_depth)", max(QUEUE_DEPTH.select()).promql());
    assertEquals(
        "min without (pod) (gateway_queue_depth)",
        min(QUEUE_DEPTH.select()).without("pod").promql());
    assertEquals("count(gateway_queue_depth)", count(QUEUE_DEPTH.select()).promql());
  }

  @Test
  void byOnAMissingLabelIsRefused() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> sum(rate(REQUESTS.select().over("5m"))).by("region"));

    assertEquals(
        "query 'rate(gateway_http_requests_total[5m])': sum by (region) names a label the input does not carry"
            + " (it carries: container, endpoint, instance, job, method, namespace, pod, route, service, status);"
            + " group by one of those",
        e.getMessage());
  }

  @Test
  void byOnALabelAnEarlierAggregationDroppedIsRefused() {
    Aggregation perRoute = sum(rate(REQUESTS.select().over("5m"))).by("route");
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> max(perRoute).by("status"));

    assertEquals(
        "query 'sum by (route) (rate(gateway_http_requests_total[5m]))': max by (status) names a label"
            + " the input does not carry (it carries: route); group by one of those",
        e.getMessage());
  }

  @Test
  void withoutOnAMissingLabelIsRefused() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> sum(QUEUE_DEPTH.select()).without("status"));

    assertEquals(
        "query 'gateway_queue_depth': sum without (status) names a label the input does not carry"
            + " (it carries: container, endpoint, instance, job, namespace, pod, route, service); group by one of those",
        e.getMessage());
  }

  @Test
  void histogramQuantileOfBucketsAggregatedByLe() {
    Vector p95 = histogramQuantile(0.95, sum(rate(DURATION.bucket().over("5m"))).by("le", "route"));

    assertEquals(
        "histogram_quantile(0.95, sum by (le, route) (rate(gateway_http_request_duration_seconds_bucket[5m])))",
        p95.promql());
    assertEquals(Set.of("route"), p95.labels());
    assertEquals(Set.of("gateway_http_request_duration_seconds"), p95.metricNames());
  }

  @Test
  void histogramQuantileNeedsLe() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> histogramQuantile(0.95, sum(rate(DURATION.bucket().over("5m"))).by("route")));

    assertEquals(
        "query 'sum by (route) (rate(gateway_http_request_duration_seconds_bucket[5m]))':"
            + " histogram_quantile needs the 'le' label of the buckets; keep it when aggregating,"
            + " as in sum(...).by(\"le\", ...)",
        e.getMessage());
  }

  @Test
  void histogramQuantileAboveOneIsRefused() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> histogramQuantile(95, sum(rate(DURATION.bucket().over("5m"))).by("le")));

    assertEquals(
        "query 'sum by (le) (rate(gateway_http_request_duration_seconds_bucket[5m]))':"
            + " histogram_quantile(95, ...) needs a quantile between 0 and 1",
        e.getMessage());
  }

  @Test
  void histogramQuantileBelowZeroIsRefused() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> histogramQuantile(-0.5, sum(rate(DURATION.bucket().over("5m"))).by("le")));

    assertEquals(
        "query 'sum by (le) (rate(gateway_http_request_duration_seconds_bucket[5m]))':"
            + " histogram_quantile(-0.5, ...) needs a quantile between 0 and 1",
        e.getMessage());
  }

  @Test
  void histogramQuantileAtTheBoundsIsAccepted() {
    Aggregation buckets = sum(rate(DURATION.bucket().over("5m"))).by("le");

    assertEquals(
        "histogram_quantile(0, sum by (le) (rate(gateway_http_request_duration_seconds_bucket[5m])))",
        histogramQuantile(0, buckets).promql());
    assertEquals(
        "histogram_quantile(1, sum by (le) (rate(gateway_http_request_duration_seconds_bucket[5m])))",
        histogramQuantile(1, buckets).promql());
  }

  @Test
  void histogramQuantileOfNaNIsADefinitionError() {
    Aggregation buckets = sum(rate(DURATION.bucket().over("5m"))).by("le");

    assertThrows(DefinitionException.class, () -> histogramQuantile(Double.NaN, buckets));
  }

  @Test
  void absentCarriesTheLabelsOfItsEqualityMatchers() {
    Vector missing = absent(QUEUE_DEPTH.select().where("route", "/api"));

    assertEquals("absent(gateway_queue_depth{route=\"/api\"})", missing.promql());
    assertEquals(Set.of("route"), missing.labels());
    assertEquals(Set.of("gateway_queue_depth"), missing.metricNames());
  }

  @Test
  void absentOfARegexMatcherOrAnAggregationHasNoLabels() {
    assertEquals(Set.of(), absent(QUEUE_DEPTH.select().matching("route", "/api.*")).labels());
    assertEquals(Set.of(), absent(sum(QUEUE_DEPTH.select()).by("route")).labels());
  }

  @Test
  void timeAndClampMin() {
    assertEquals("time()", time().promql());
    assertEquals(
        "clamp_min(sum by (route) (rate(gateway_http_requests_total[5m])), 1)",
        clampMin(sum(rate(REQUESTS.select().over("5m"))).by("route"), 1).promql());
  }
}
