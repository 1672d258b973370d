package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The cardinality rules of {@link MetricRules#checkLabels}, with their exact messages. */
class MetricLabelRulesTest {
  private static final String TICKS = "ingestion_ticks_received_total";

  private static Counter ticks() {
    return Counter.named(TICKS).help("Market data ticks received.");
  }

  private static String messageOf(Executable declaration) {
    return assertThrows(DefinitionException.class, declaration).getMessage();
  }

  @Test
  void rawInstrumentIdIsRefused() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'instrument_id' is high-cardinality;"
            + " declare it with .hashedLabel(\"instrument_id\") so its values are a bounded set of hash buckets,"
            + " or drop it",
        messageOf(() -> ticks().labels("feed", "instrument_id")));
  }

  @Test
  void hashedInstrumentIdIsAccepted() {
    Counter counter = ticks().labels("feed").hashedLabel("instrument_id");

    assertEquals(List.of(Label.plain("feed"), Label.hashed("instrument_id")), counter.labels());
    assertEquals(List.of("feed", "instrument_id"), counter.labelNames());
  }

  @Test
  void otherUnboundedIdentifiersNeedHashingToo() {
    assertEquals(
        "metric 'gateway_open_connections': label 'user_id' is high-cardinality;"
            + " declare it with .hashedLabel(\"user_id\") so its values are a bounded set of hash buckets,"
            + " or drop it",
        messageOf(
            () ->
                Gauge.named("gateway_open_connections")
                    .help("Open connections.")
                    .labels("user_id")));
  }

  @Test
  void traceIdIsRefused() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'trace_id' takes a new value on every request"
            + " and would create a series per request; carry it in exemplars or logs instead",
        messageOf(() -> ticks().labels("trace_id")));
  }

  @Test
  void traceIdIsRefusedEvenWhenHashed() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'trace_id' takes a new value on every request"
            + " and would create a series per request; carry it in exemplars or logs instead",
        messageOf(() -> ticks().hashedLabel("trace_id")));
  }

  @Test
  void leIsReservedByPrometheus() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': label 'le' is reserved by Prometheus; choose another name",
        messageOf(
            () ->
                Histogram.named("gateway_http_request_duration_seconds")
                    .help("Request latency.")
                    .buckets(0.1, 1)
                    .labels("le")));
  }

  @Test
  void quantileIsReservedByPrometheus() {
    assertEquals(
        "metric 'gateway_open_connections': label 'quantile' is reserved by Prometheus; choose another name",
        messageOf(
            () ->
                Gauge.named("gateway_open_connections")
                    .help("Open connections.")
                    .labels("quantile")));
  }

  @Test
  void targetLabelJobIsRefused() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'job' is attached by the scrape target;"
            + " do not declare it on the metric",
        messageOf(() -> ticks().labels("job")));
  }

  @Test
  void kubernetesTargetLabelPodIsRefused() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'pod' is attached by the scrape target;"
            + " do not declare it on the metric",
        messageOf(() -> ticks().labels("feed", "pod")));
  }

  @Test
  void duplicateLabelIsRefused() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'feed' is declared twice; declare it once",
        messageOf(() -> ticks().labels("feed", "venue", "feed")));
  }

  @Test
  void labelDeclaredPlainAndHashedIsADuplicate() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'venue' is declared twice; declare it once",
        messageOf(() -> ticks().labels("venue").hashedLabel("venue")));
  }

  @Test
  void labelThatIsNotSnakeCaseIsRefused() {
    assertEquals(
        "metric 'ingestion_ticks_received_total': label 'Feed' is not snake_case; use lower-case words joined by '_'",
        messageOf(() -> ticks().labels("Feed")));
  }

  @Test
  void labelsAccumulateAcrossSteps() {
    Counter counter = ticks().labels("feed").labels("venue");

    assertEquals(List.of("feed", "venue"), counter.labelNames());
  }
}
