package com.carbon254.observability.bundles.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.MetricType;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingTest {
  @Test
  void theSeedsTaxonomyEntryIsVerbatim() {
    assertEquals("streaming_active_ws_connections", StreamingMetrics.ACTIVE_CONNECTIONS.name());
    assertEquals(MetricType.GAUGE, StreamingMetrics.ACTIVE_CONNECTIONS.type());
    assertEquals(List.of("tenant_id"), StreamingMetrics.ACTIVE_CONNECTIONS.labelNames());
  }

  @Test
  void theDeliveryCountersCarryTheSameLabelsSoTheirRatioMatches() {
    assertEquals(
        StreamingMetrics.MESSAGES_PUBLISHED.labels(), StreamingMetrics.MESSAGES_DELIVERED.labels());
  }

  @Test
  void theLatencySpikeThresholdIsABucketBound() {
    assertTrue(
        StreamingMetrics.DELIVERY_LATENCY.hasBucketBound(
            StreamingRules.DELIVERY_P95_SPIKE_SECONDS));
  }

  @Test
  void theAccessBundleHasNoProblems() {
    assertEquals(
        List.of(),
        Platform.define(List.of(new AccessBundle())).problems().stream()
            .map(Problem::line)
            .toList());
  }
}
