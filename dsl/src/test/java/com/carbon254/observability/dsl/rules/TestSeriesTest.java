package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.rules.GatewayRules.REQUESTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.api.Test;

class TestSeriesTest {
  private static final TestSeries API_ERRORS =
      TestSeries.of(REQUESTS.select().where("route", "/api").where("status", "500"));

  @Test
  void seriesIsTheSelectorText() {
    assertEquals(
        "gateway_http_requests_total{route=\"/api\", status=\"500\"}", API_ERRORS.series());
  }

  @Test
  void steadyRise() {
    TestSeries series = API_ERRORS.rising(97, 60);

    assertEquals("0+97x60", series.values());
    assertEquals(60, series.minutes());
  }

  @Test
  void segmentsContinueFromTheLastSample() {
    TestSeries series = API_ERRORS.flat(40).rising(4, 3).flat(17);

    assertEquals("0+0x40 4+4x2 12+0x16", series.values());
    assertEquals(60, series.minutes());
  }

  @Test
  void oneMinuteSegmentIsASingleSample() {
    assertEquals("0+0.5x2 2", API_ERRORS.rising(0.5, 2).rising(1, 1).values());
  }

  @Test
  void fractionalIncrementsKeepTheirDecimals() {
    assertEquals("0+0.1x3 0.5+0.2x1", API_ERRORS.rising(0.1, 3).rising(0.2, 2).values());
  }

  @Test
  void startValueAndFallingSegmentOfAGauge() {
    com.carbon254.observability.dsl.promql.Gauge depth =
        com.carbon254.observability.dsl.promql.Gauge.named("gateway_queue_depth")
            .help("Queued requests.");

    assertEquals("100-2x10", TestSeries.of(depth.select()).from(100).rising(-2, 10).values());
  }

  @Test
  void aCounterCannotFall() {
    com.carbon254.observability.dsl.validation.DefinitionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            com.carbon254.observability.dsl.validation.DefinitionException.class,
            () -> API_ERRORS.from(100).rising(-2, 10));

    assertEquals(
        "a counter never decreases (a drop reads as a restart); add 0 or more per minute",
        e.problem());
  }

  @Test
  void sampleValuesAreFinite() {
    org.junit.jupiter.api.Assertions.assertThrows(
        com.carbon254.observability.dsl.validation.DefinitionException.class,
        () -> API_ERRORS.rising(Double.POSITIVE_INFINITY, 10));
  }

  @Test
  void seriesWithoutSegmentsIsItsStartValue() {
    assertEquals("0", API_ERRORS.values());
    assertEquals("7", API_ERRORS.from(7).values());
  }

  @Test
  void regexMatcherIsRefused() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> TestSeries.of(REQUESTS.select().matching("status", "5..")));

    assertEquals(
        "test series 'gateway_http_requests_total{status=~\"5..\"}': a test series needs exact labels;"
            + " use where(label, value) only",
        e.getMessage());
  }

  @Test
  void emptySegmentIsRefused() {
    DefinitionException e = assertThrows(DefinitionException.class, () -> API_ERRORS.rising(1, 0));

    assertEquals(
        "test series 'gateway_http_requests_total{route=\"/api\", status=\"500\"}': a segment needs at least one minute",
        e.getMessage());
  }
}
