package com.carbon254.observability.bundles.ml;

import static com.carbon254.observability.bundles.ml.MlMetrics.EMBEDDINGS_GENERATED;
import static com.carbon254.observability.bundles.ml.MlMetrics.EMBEDDING_BATCH_DURATION;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/** Embedding throughput and batch duration by embedding model version. */
final class EmbeddingRules {
  private EmbeddingRules() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /** The embedding service's scrape job (the Service's name, as the ServiceMonitor sets it). */
  static final String JOB = "embedding";

  /** Embedding throughput: vectors a second. */
  static final RecordingRule THROUGHPUT =
      RecordingRule.named("model_version:embedding_vectors_generated:rate5m")
          .expr(sum(rate(EMBEDDINGS_GENERATED.select().over(RATE_WINDOW))).by("model_version"));

  /**
   * Batches a second: with {@link #THROUGHPUT} it gives the mean batch size, which tells a backfill
   * (few large batches) from interactive traffic (many small ones).
   */
  static final RecordingRule BATCHES =
      RecordingRule.named("model_version:embedding_batches:rate5m")
          .expr(sum(rate(EMBEDDING_BATCH_DURATION.count().over(RATE_WINDOW))).by("model_version"));

  static final String BATCH_QUANTILES =
      "model_version:embedding_batch_duration_seconds:histogram_quantile5m";

  static RecordingRule batchDuration(double quantile) {
    return RecordingRule.named(BATCH_QUANTILES)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(EMBEDDING_BATCH_DURATION.bucket().over(RATE_WINDOW)))
                    .by("le", "model_version")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule BATCH_P50 = batchDuration(0.5);
  static final RecordingRule BATCH_P95 = batchDuration(0.95);

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("embedding-recordings")
        .rule(THROUGHPUT)
        .rule(BATCHES)
        .rule(BATCH_P50)
        .rule(BATCH_P95)
        .scenario(oneModel());
  }

  private static final String MODEL = "text-embed-3";

  /**
   * 1200 vectors a minute in 10 batches; of every 10 batches 1 within 100 ms, 3 within 250 ms, 5
   * within 500 ms, 8 within 1 s, 9 within 2.5 s, all within 5 s: p50 is 0.5 s and p95 2.5 + 1/2 x
   * 2.5 = 3.75 s.
   */
  private static RecordingScenario.Builder oneModel() {
    Map<String, String> labels = Map.of("job", JOB, "model_version", MODEL);
    return RecordingScenario.named(
            "one embedding model, 20 vectors a second in 10 batches a minute")
        .input(
            TestSeries.of(
                    EMBEDDINGS_GENERATED.select().where("job", JOB).where("model_version", MODEL))
                .rising(1200, 60))
        .inputs(
            TestSeries.histogram(
                EMBEDDING_BATCH_DURATION, labels, 60, 0, 1, 3, 5, 8, 9, 10, 10, 10, 10))
        .input(
            TestSeries.of(
                    EMBEDDING_BATCH_DURATION
                        .count()
                        .where("job", JOB)
                        .where("model_version", MODEL))
                .rising(10, 60))
        .expect("30m", THROUGHPUT, Map.of("model_version", MODEL), 20)
        .expect("30m", BATCHES, Map.of("model_version", MODEL), 10.0 / 60)
        .expect("30m", BATCH_P50, Map.of("model_version", MODEL), 0.5)
        .expect("30m", BATCH_P95, Map.of("model_version", MODEL), 3.75);
  }
}
