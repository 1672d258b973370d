package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;

/**
 * What the normalizer (scrape job {@value #JOB}) exports: the seed's records-processed counter plus
 * what the normalization pipeline dashboard and the lag and error alerts read.
 */
public final class NormalizationMetrics {
  private NormalizationMetrics() {}

  /** The scrape job of the normalizer, as its ServiceMonitor names it. */
  public static final String JOB = "normalization";

  /**
   * Every record the normalizer finished with, emitted or rejected: the denominator of the error
   * ratio.
   */
  public static final Counter RECORDS_PROCESSED =
      Counter.named("normalization_records_processed_total")
          .help(
              "Records normalized, by market: every record the normalizer finished with, emitted or"
                  + " rejected.")
          .labels("market");

  /** The rejected subset of {@link #RECORDS_PROCESSED}; reason is a short fixed vocabulary. */
  public static final Counter RECORDS_FAILED =
      Counter.named("normalization_records_failed_total")
          .help(
              "Records the normalizer rejected, by market and reason (schema, unknown_instrument,"
                  + " enrichment, out_of_range); a subset of"
                  + " normalization_records_processed_total.")
          .labels("market", "reason");

  /**
   * The seed's "latest processed timestamp". An idle market (no trades overnight) would look behind
   * forever, so the normalizer advances the gauge to its consumer watermark when it has caught up:
   * the gauge then measures lag, not silence.
   */
  public static final Gauge LATEST_PROCESSED =
      Gauge.named("normalization_latest_processed_timestamp_seconds")
          .help(
              "Event time of the newest record normalized for the market, as a Unix time in"
                  + " seconds; advanced to the consumer watermark when the market's input is"
                  + " drained.")
          .labels("market");

  /** Records take milliseconds; a slow enrichment lookup or a Kafka rebalance takes seconds. */
  public static final Histogram PROCESSING_LATENCY =
      Histogram.named("normalization_processing_latency_seconds")
          .help(
              "Time from a raw record read from Kafka to its normalized record produced, in"
                  + " seconds.")
          .buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
          .labels("market");

  public static final Counter ENRICHMENT_CACHE_HITS =
      Counter.named("normalization_enrichment_cache_hits_total")
          .help(
              "Reference-data lookups answered from the enrichment cache, by cache (instrument,"
                  + " calendar, unit).")
          .labels("cache");

  public static final Counter ENRICHMENT_CACHE_MISSES =
      Counter.named("normalization_enrichment_cache_misses_total")
          .help(
              "Reference-data lookups the enrichment cache could not answer and sent to the"
                  + " reference store, by cache.")
          .labels("cache");
}
