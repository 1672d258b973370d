package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/**
 * How Prometheus finds the connectors, normalization and aggregation services, and what each
 * exports.
 */
final class IngestionTargets {
  private IngestionTargets() {}

  static ScrapeTarget.Builder connectors() {
    return ScrapeTarget.platformService(ConnectorMetrics.JOB)
        .exports(
            ConnectorMetrics.RUN_DURATION,
            ConnectorMetrics.RUNS,
            ConnectorMetrics.LAST_SUCCESS,
            ConnectorMetrics.SCHEDULE_INTERVAL,
            ConnectorMetrics.RUNNING,
            ConnectorMetrics.LAST_RUN_SUCCESS,
            ConnectorMetrics.RECORDS);
  }

  static ScrapeTarget.Builder normalization() {
    return ScrapeTarget.platformService(NormalizationMetrics.JOB)
        .exports(
            NormalizationMetrics.RECORDS_PROCESSED,
            NormalizationMetrics.RECORDS_FAILED,
            NormalizationMetrics.LATEST_PROCESSED,
            NormalizationMetrics.PROCESSING_LATENCY,
            NormalizationMetrics.ENRICHMENT_CACHE_HITS,
            NormalizationMetrics.ENRICHMENT_CACHE_MISSES);
  }

  static ScrapeTarget.Builder aggregation() {
    return ScrapeTarget.platformService(AggregationMetrics.JOB)
        .exports(AggregationMetrics.BAR_BUILD_DURATION, AggregationMetrics.BAR_COMPUTE_BACKLOG);
  }
}
