package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class HistogramBucketsTest {
  private static final String NAME = "gateway_http_request_duration_seconds";

  private static Histogram.Described latency() {
    return Histogram.named(NAME).help("Time to serve a request, in seconds.");
  }

  private static String messageOf(Executable declaration) {
    return assertThrows(DefinitionException.class, declaration).getMessage();
  }

  @Test
  void emptyBucketsAreRefused() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': a histogram needs bucket bounds; pass them to .buckets(...)",
        messageOf(() -> latency().buckets()));
  }

  @Test
  void decreasingBoundsAreRefused() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': bucket bounds must be strictly increasing,"
            + " but 0.05 follows 0.1; sort them and drop duplicates",
        messageOf(() -> latency().buckets(0.1, 0.05, 1)));
  }

  @Test
  void repeatedBoundIsRefused() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': bucket bounds must be strictly increasing,"
            + " but 0.25 follows 0.25; sort them and drop duplicates",
        messageOf(() -> latency().buckets(0.1, 0.25, 0.25)));
  }

  @Test
  void negativeBoundIsRefused() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': bucket bound -0.5 must be a positive finite number"
            + " (+Inf is implied)",
        messageOf(() -> latency().buckets(-0.5, 0.1)));
  }

  @Test
  void zeroBoundIsRefused() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> latency().buckets(0, 0.1));

    assertTrue(e.problem().startsWith("bucket bound 0"), e.problem());
    assertTrue(
        e.problem().endsWith(" must be a positive finite number (+Inf is implied)"), e.problem());
  }

  @Test
  void zeroBoundIsPrintedLikeOtherNumbers() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': bucket bound 0 must be a positive finite number"
            + " (+Inf is implied)",
        messageOf(() -> latency().buckets(0, 0.1)));
  }

  @Test
  void infiniteBoundIsRefusedBecauseInfIsImplied() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> latency().buckets(0.1, Double.POSITIVE_INFINITY));

    assertTrue(
        e.problem().endsWith(" must be a positive finite number (+Inf is implied)"), e.problem());
  }

  @Test
  void boundsAreKeptInOrderAndMatchedAsDecimals() {
    Histogram histogram = latency().buckets(0.05, 150 / 1000.0, 0.5, 1, 2.5);

    assertEquals(List.of(0.05, 0.15, 0.5, 1.0, 2.5), histogram.buckets());
    assertTrue(histogram.hasBucketBound(0.15));
    assertTrue(histogram.hasBucketBound(0.1 + 0.05));
    assertFalse(histogram.hasBucketBound(0.2));
  }

  @Test
  void bucketSeriesCarriesLeAndTheDeclaredLabels() {
    Histogram histogram = latency().buckets(0.1, 1).labels("route");

    assertEquals("gateway_http_request_duration_seconds_bucket", histogram.bucket().promql());
    assertEquals("gateway_http_request_duration_seconds_count", histogram.count().promql());
    assertEquals("gateway_http_request_duration_seconds_sum", histogram.sum().promql());
    assertTrue(histogram.bucket().labels().containsAll(Set.of("le", "route", "job", "instance")));
    assertFalse(histogram.count().labels().contains("le"));
    assertEquals(Set.of(NAME), histogram.bucket().metricNames());
  }
}
