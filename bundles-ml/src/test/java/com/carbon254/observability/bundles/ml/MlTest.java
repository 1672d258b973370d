package com.carbon254.observability.bundles.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.MetricType;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MlTest {
  @Test
  void theSeedsTaxonomyEntriesAreVerbatim() {
    assertEquals("model_serving_inference_latency_seconds", MlMetrics.INFERENCE_LATENCY.name());
    assertEquals(MetricType.HISTOGRAM, MlMetrics.INFERENCE_LATENCY.type());
    assertEquals(List.of("model_version"), MlMetrics.INFERENCE_LATENCY.labelNames());
    assertEquals("model_serving_inference_errors_total", MlMetrics.INFERENCE_ERRORS.name());
    assertEquals(MetricType.COUNTER, MlMetrics.INFERENCE_ERRORS.type());
    assertEquals(List.of("model_version", "error_type"), MlMetrics.INFERENCE_ERRORS.labelNames());
  }

  @Test
  void theLatencyTargetIsABucketBound() {
    assertTrue(
        MlMetrics.INFERENCE_LATENCY.hasBucketBound(InferenceRules.INFERENCE_P95_TARGET_SECONDS));
  }

  @Test
  void theMlBundleHasNoProblems() {
    assertEquals(
        List.of(),
        Platform.define(List.of(new MlBundle())).problems().stream().map(Problem::line).toList());
  }
}
