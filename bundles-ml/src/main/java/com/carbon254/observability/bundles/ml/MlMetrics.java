package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;

/**
 * The ML domain's metrics: online inference (model serving) and batch embeddings. The first two are
 * the seed's taxonomy entries (section 8), verbatim; the rest follow its conventions.
 */
public final class MlMetrics {
  private MlMetrics() {}

  /**
   * Online inference answers in milliseconds, the tail up to seconds under load. 0.25 s is the
   * latency target of {@code ALERT_MODEL_INFERENCE_LATENCY}, so it is a bound.
   */
  public static final Histogram INFERENCE_LATENCY =
      Histogram.named("model_serving_inference_latency_seconds")
          .help("Time to answer one inference request, in seconds, by model version.")
          .buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
          .labels("model_version");

  /** Every inference request, failed or not: the denominator of the error ratio. */
  public static final Counter INFERENCE_REQUESTS =
      Counter.named("model_serving_inference_requests_total")
          .help("Inference requests received, answered or failed, by model version.")
          .labels("model_version");

  /** Values of the {@code error_type} label of {@link #INFERENCE_ERRORS}. */
  public static final class ErrorType {
    private ErrorType() {}

    /** The caller sent features the model cannot take: the caller's fault, like an HTTP 4xx. */
    public static final String INVALID_INPUT = "invalid_input";

    /** The model did not answer within the request's deadline. */
    public static final String TIMEOUT = "timeout";

    /** The model raised while computing (NaN output, shape mismatch, runtime error). */
    public static final String MODEL_ERROR = "model_error";

    /** The replica ran out of memory or accelerator memory for the request. */
    public static final String OUT_OF_MEMORY = "out_of_memory";
  }

  /** A subset of {@link #INFERENCE_REQUESTS}: each failed request counts once in both. */
  public static final Counter INFERENCE_ERRORS =
      Counter.named("model_serving_inference_errors_total")
          .help(
              "Inference requests that failed, by model version and error type (invalid_input, timeout,"
                  + " model_error, out_of_memory).")
          .labels("model_version", "error_type");

  /**
   * Services create the child of each model version they are told to load at 0 before loading it,
   * so that the first failure is an increase Prometheus can see.
   */
  public static final Counter MODEL_LOAD_FAILURES =
      Counter.named("model_serving_model_load_failures_total")
          .help(
              "Attempts to load a model version into a serving replica that failed (artifact missing or"
                  + " corrupt, out of memory, incompatible runtime), by model version and error type.")
          .labels("model_version", "error_type");

  /** One per vector produced, so the rate is embedding throughput whatever the batch size. */
  public static final Counter EMBEDDINGS_GENERATED =
      Counter.named("embedding_vectors_generated_total")
          .help("Embedding vectors produced by the embedding service, by embedding model version.")
          .labels("model_version");

  /**
   * Batches take from tens of milliseconds (a few documents) to tens of seconds (a full backfill
   * page).
   */
  public static final Histogram EMBEDDING_BATCH_DURATION =
      Histogram.named("embedding_batch_duration_seconds")
          .help(
              "Time to embed one batch, from dequeue to vectors written, in seconds, by embedding model version.")
          .buckets(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
          .labels("model_version");

  /** Values of the {@code error_type} label of {@link #EMBEDDING_BATCH_FAILURES}. */
  public static final class EmbeddingErrorType {
    private EmbeddingErrorType() {}

    /** The batch did not finish within its deadline. */
    public static final String TIMEOUT = "timeout";

    /** The model raised while embedding (input too long for the model, runtime error). */
    public static final String MODEL_ERROR = "model_error";

    /** The worker ran out of memory or accelerator memory for the batch. */
    public static final String OUT_OF_MEMORY = "out_of_memory";

    /** The vectors were computed but could not be written to the vector store. */
    public static final String WRITE_FAILED = "write_failed";
  }

  /**
   * Failed batches are not in {@link #EMBEDDING_BATCH_DURATION} (no vectors were written), so
   * without this counter a failing model version only shows as lower throughput, which looks the
   * same as less work queued.
   */
  public static final Counter EMBEDDING_BATCH_FAILURES =
      Counter.named("embedding_batch_failures_total")
          .help(
              "Embedding batches that failed and wrote no vectors, by embedding model version and error type"
                  + " (timeout, model_error, out_of_memory, write_failed).")
          .labels("model_version", "error_type");
}
