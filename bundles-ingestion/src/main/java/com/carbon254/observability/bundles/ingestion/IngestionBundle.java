package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;
import java.util.List;

/** Ingestion (connectors) and data processing (normalization, aggregation). So far its catalog; dashboards, rules and alerts follow. */
public final class IngestionBundle implements Bundle {
  /** Connector runs take seconds to tens of minutes (a full backfill). */
  public static final Histogram CONNECTOR_RUN_DURATION =
      Histogram.named("ingestion_connector_run_duration_seconds")
          .help("Wall-clock time of one connector run, from start to last record handed on, in seconds.")
          .buckets(1, 5, 10, 30, 60, 120, 300, 600, 1800)
          .labels("connector");

  public static final Counter NORMALIZATION_RECORDS_PROCESSED =
      Counter.named("normalization_records_processed_total")
          .help("Records normalized, by market.")
          .labels("market");

  /** Bars are built in milliseconds to a few seconds. */
  public static final Histogram AGGREGATION_BAR_BUILD_DURATION =
      Histogram.named("aggregation_bar_build_duration_seconds")
          .help("Time to build one bar of the given interval, in seconds.")
          .buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
          .labels("interval");

  @Override
  public String name() {
    return "ingestion";
  }

  @Override
  public void define(BundleDefinition d) {
    d.metrics(() -> List.of(CONNECTOR_RUN_DURATION, NORMALIZATION_RECORDS_PROCESSED, AGGREGATION_BAR_BUILD_DURATION));
  }
}
