package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;
import java.util.List;

/** ML domain: model serving and embeddings. So far its catalog; dashboards, rules and alerts follow. */
public final class MlBundle implements Bundle {
  /** Online inference answers in milliseconds; the tail up to seconds under load. */
  public static final Histogram INFERENCE_LATENCY =
      Histogram.named("model_serving_inference_latency_seconds")
          .help("Time to answer one inference request, in seconds, by model version.")
          .buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
          .labels("model_version");

  public static final Counter INFERENCE_ERRORS =
      Counter.named("model_serving_inference_errors_total")
          .help("Inference requests that failed, by model version and error type.")
          .labels("model_version", "error_type");

  @Override
  public String name() {
    return "ml";
  }

  @Override
  public void define(BundleDefinition d) {
    d.metrics(() -> List.of(INFERENCE_LATENCY, INFERENCE_ERRORS));
  }
}
