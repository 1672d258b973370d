package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleFile.AlertClass;
import java.util.List;

/** ML domain: model serving (online inference, model loads) and embeddings. */
public final class MlBundle implements Bundle {
  @Override
  public String name() {
    return "ml";
  }

  @Override
  public void define(BundleDefinition d) {
    // Suppliers, so a broken constant is reported and the other declarations are still checked.
    d.metrics(
        () ->
            List.of(
                MlMetrics.INFERENCE_LATENCY,
                MlMetrics.INFERENCE_ERRORS,
                MlMetrics.INFERENCE_REQUESTS,
                MlMetrics.MODEL_LOAD_FAILURES,
                MlMetrics.EMBEDDINGS_GENERATED,
                MlMetrics.EMBEDDING_BATCH_DURATION,
                MlMetrics.EMBEDDING_BATCH_FAILURES));
    d.recordings(InferenceRules::recordings);
    d.recordings(EmbeddingRules::recordings);
    // The seed's one ML alert file holds the two inference symptom alerts, latency and errors.
    d.rules(RuleFile.of(AlertClass.ML, "inference_error_ratio"), InferenceRules::alerts);
    d.rules(RuleFile.of(AlertClass.ML, "model_serving"), InferenceRules::loadAlerts);
    d.rules(RuleFile.of(AlertClass.ML, "ml_targets"), MlTargets::alerts);
    d.scrapeTarget(MlScrapeTargets::modelServing);
    d.scrapeTarget(MlScrapeTargets::embedding);
    d.latencyTarget(MlScrapeTargets::latency);
    d.dashboard("ml", "model_serving_latency", ModelServingDashboard::build);
    d.dashboard("ml", "embedding_throughput", EmbeddingDashboard::build);
  }
}
