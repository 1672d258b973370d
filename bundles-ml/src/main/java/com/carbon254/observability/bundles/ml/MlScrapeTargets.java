package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/**
 * How Prometheus finds model serving and the embedding service, and the inference latency target.
 */
final class MlScrapeTargets {
  private MlScrapeTargets() {}

  static ScrapeTarget.Builder modelServing() {
    return ScrapeTarget.platformService(InferenceRules.JOB)
        .exports(
            MlMetrics.INFERENCE_LATENCY,
            MlMetrics.INFERENCE_REQUESTS,
            MlMetrics.INFERENCE_ERRORS,
            MlMetrics.MODEL_LOAD_FAILURES);
  }

  static ScrapeTarget.Builder embedding() {
    return ScrapeTarget.platformService(EmbeddingRules.JOB)
        .exports(
            MlMetrics.EMBEDDINGS_GENERATED,
            MlMetrics.EMBEDDING_BATCH_DURATION,
            MlMetrics.EMBEDDING_BATCH_FAILURES);
  }

  /** The p95 objective of ALERT_MODEL_INFERENCE_LATENCY. */
  static LatencyTarget latency() {
    return LatencyTarget.p95(InferenceRules.JOB, InferenceRules.INFERENCE_P95_TARGET_SECONDS);
  }
}
