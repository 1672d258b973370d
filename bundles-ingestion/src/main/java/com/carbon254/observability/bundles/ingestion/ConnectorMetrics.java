package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;

/**
 * What the connector scheduler (scrape job {@value #JOB}) exports about every connector run. The
 * run-duration histogram is the seed's taxonomy entry; the rest is what the connector health
 * dashboard and the failure and overdue alerts read.
 */
public final class ConnectorMetrics {
  private ConnectorMetrics() {}

  /** The scrape job of the connector scheduler, as its ServiceMonitor names it. */
  public static final String JOB = "ingestion";

  /** Connector runs take seconds to tens of minutes (a full backfill). */
  public static final Histogram RUN_DURATION =
      Histogram.named("ingestion_connector_run_duration_seconds")
          .help(
              "Wall-clock time of one connector run, from start to last record handed on, in"
                  + " seconds.")
          .buckets(1, 5, 10, 30, 60, 120, 300, 600, 1800)
          .labels("connector");

  /** The outcome label takes exactly the two values below. */
  public static final Counter RUNS =
      Counter.named("ingestion_connector_runs_total")
          .help(
              "Connector runs that ended, by connector and outcome (success or failure; a retried"
                  + " run counts once per attempt).")
          .labels("connector", "outcome");

  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";

  public static final Gauge LAST_SUCCESS =
      Gauge.named("ingestion_connector_last_success_timestamp_seconds")
          .help(
              "Unix time at which the connector's last successful run ended, in seconds; set at"
                  + " start-up from the scheduler's state (or to the start time when there is none)"
                  + " so a connector that never succeeds still ages.")
          .labels("connector");

  /**
   * The interval the scheduler runs each connector at: "overdue" is measured in runs missed, so an
   * hourly connector is not called late after ten minutes, nor a per-minute one after an hour.
   */
  public static final Gauge SCHEDULE_INTERVAL =
      Gauge.named("ingestion_connector_schedule_interval_seconds")
          .help("Configured time between two runs of the connector, in seconds.")
          .labels("connector");

  /**
   * Whether a run of the connector is in progress: with {@link #LAST_RUN_SUCCESS} what the
   * connectors health dashboard draws as a state timeline of the runs (running, last run succeeded,
   * last run failed). Counters cannot say it: a run shows in them only once it has ended.
   */
  public static final Gauge RUNNING =
      Gauge.named("ingestion_connector_running")
          .help("1 while a run of the connector is in progress, 0 between runs.")
          .labels("connector");

  /** Set when a run ends, so it holds the outcome of the latest finished run until the next. */
  public static final Gauge LAST_RUN_SUCCESS =
      Gauge.named("ingestion_connector_last_run_success")
          .help(
              "Outcome of the connector's latest finished run: 1 if it succeeded, 0 if it failed;"
                  + " absent until the connector has finished a run since start-up.")
          .labels("connector");

  public static final Counter RECORDS =
      Counter.named("ingestion_connector_records_total")
          .help(
              "Records a connector fetched from its source and handed on to the normalization"
                  + " topic.")
          .labels("connector");
}
