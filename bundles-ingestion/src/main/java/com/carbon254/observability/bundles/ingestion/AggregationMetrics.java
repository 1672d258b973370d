package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;

/**
 * What the bar aggregator (scrape job {@value #JOB}) exports: the seed's bar-build histogram and
 * the bar-compute backlog the normalization pipeline dashboard and the backlog alert read.
 */
public final class AggregationMetrics {
  private AggregationMetrics() {}

  /** The scrape job of the bar aggregator, as its ServiceMonitor names it. */
  public static final String JOB = "aggregation";

  /** Bars are built in milliseconds to a few seconds. */
  public static final Histogram BAR_BUILD_DURATION =
      Histogram.named("aggregation_bar_build_duration_seconds")
          .help("Time to build one bar of the given interval, in seconds.")
          .buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
          .labels("interval");

  /**
   * Jumps at every interval boundary (all instrument groups close a window at once) and drains
   * within seconds when the aggregator keeps up; only a steady rise means it does not.
   */
  public static final Gauge BAR_COMPUTE_BACKLOG =
      Gauge.named("aggregation_bar_compute_backlog")
          .help(
              "Bar windows (one per instrument group and interval) that have closed but whose bar"
                  + " is not built yet.")
          .labels("interval");
}
