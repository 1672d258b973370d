package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/**
 * How Prometheus finds model serving and the embedding service, and the inference latency target.
 */
final class MlScrapeTargets {
  private MlScrapeTargets() {}

  private static ScrapeTarget.Builder service(String job) {
    return ScrapeTarget.job(job).service("app.kubernetes.io/name", job).port("http-metrics");
  }

  static ScrapeTarget.Builder modelServing() {
    return service(InferenceRules.JOB)
        .exports(
            MlMetrics.INFERENCE_LATENCY,
            MlMetrics.INFERENCE_REQUESTS,
            MlMetrics.INFERENCE_ERRORS,
            MlMetrics.MODEL_LOAD_FAILURES);
  }

  static ScrapeTarget.Builder embedding() {
    return service(EmbeddingRules.JOB)
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
