package com.carbon254.observability.bundles.ingestion;

import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.FAILURE;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.JOB;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.LAST_SUCCESS;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.RECORDS;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.RUNS;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.RUN_DURATION;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.SCHEDULE_INTERVAL;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.SUCCESS;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static com.carbon254.observability.dsl.promql.Promql.time;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/**
 * Connector recordings (success ratio, age of the last success, run time) and alerts (failures,
 * overdue).
 */
final class ConnectorRules {
  private ConnectorRules() {}

  /**
   * Connectors run every few seconds to every hour: one hour holds at least one run of each, so the
   * ratio and the run-time quantiles exist for all of them.
   */
  static final Window RUN_WINDOW = Window.hours(1);

  static final Window RATE_WINDOW = Window.minutes(5);

  /**
   * More than one run in five failing over an hour: sources fail transiently (a vendor API timing
   * out) and the next run retries, so a few failures are normal; at this ratio the retries no
   * longer hide them and data arrives late or with gaps.
   */
  static final double FAILURE_RATIO = 0.2;

  /**
   * Three scheduled runs without a success: one missed run is a slow source, two can be a retry
   * that failed again; three in a row means the connector is stuck or fails every time.
   */
  static final double OVERDUE_SCHEDULES = 3;

  static final RecordingRule SUCCESS_RATIO =
      RecordingRule.named("job_connector:ingestion_connector_runs:success_ratio1h")
          .expr(
              sum(increase(RUNS.select().where("outcome", SUCCESS).over(RUN_WINDOW)))
                  .by("job", "connector")
                  .div(sum(increase(RUNS.select().over(RUN_WINDOW))).by("job", "connector")));

  /** The connector's lag: seconds since its last successful run ended. */
  static final RecordingRule LAST_SUCCESS_AGE =
      RecordingRule.named("job_connector:ingestion_connector_last_success:age_seconds")
          .expr(time().minus(max(LAST_SUCCESS.select()).by("job", "connector")));

  static final RecordingRule RECORDS_RATE =
      RecordingRule.named("job_connector:ingestion_connector_records:rate5m")
          .expr(sum(rate(RECORDS.select().over(RATE_WINDOW))).by("job", "connector"));

  static final String RUN_DURATION_QUANTILES =
      "job_connector:ingestion_connector_run_duration_seconds:histogram_quantile1h";

  static RecordingRule runDuration(double quantile) {
    return RecordingRule.named(RUN_DURATION_QUANTILES)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(RUN_DURATION.bucket().over(RUN_WINDOW))).by("le", "job", "connector")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule RUN_DURATION_P50 = runDuration(0.5);
  static final RecordingRule RUN_DURATION_P95 = runDuration(0.95);

  /**
   * Runs that ended over the last hour, by outcome: the dashboard's runs and its worst connectors.
   */
  static final RecordingRule RUNS_BY_OUTCOME =
      RecordingRule.named("job_connector_outcome:ingestion_connector_runs:increase1h")
          .expr(sum(increase(RUNS.select().over(RUN_WINDOW))).by("job", "connector", "outcome"));

  /**
   * The scheduled intervals since the last success, as the overdue alert measures them, for the
   * dashboard to draw against {@link #OVERDUE_SCHEDULES}. The alert reads the expression itself, so
   * it is not one evaluation late.
   */
  static final RecordingRule OVERDUE_INTERVALS =
      RecordingRule.named("job_connector:ingestion_connector_last_success:age_intervals")
          .expr(overdueRatio());

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("ingestion-connector-recordings")
        .rule(SUCCESS_RATIO)
        .rule(LAST_SUCCESS_AGE)
        .rule(RECORDS_RATE)
        .rule(RUN_DURATION_P50)
        .rule(RUN_DURATION_P95)
        .rule(RUNS_BY_OUTCOME)
        .rule(OVERDUE_INTERVALS)
        .scenario(oneConnectorOverAnHour());
  }

  private static final String CONNECTOR = "eex_spot_prices";
  private static final String HOURLY_CONNECTOR = "ice_futures_settlements";
  private static final Map<String, String> ON_CONNECTOR =
      Map.of("job", JOB, "connector", CONNECTOR);

  /**
   * A connector on a five-minute schedule, 12 runs an hour, 3 of them failing; per hour 3 runs
   * within 30 s, 8 within 60 s, 10 within 120 s, all within 300 s: p50 is 48 s (rank 6 of 12, 3/5
   * of the way from 30 s to 60 s) and p95 246 s (rank 11.4, 1.4/2 of the way from 120 s to 300 s),
   * by linear interpolation as histogram_quantile computes it. Its last success stays 45 s old,
   * 0.15 of its interval.
   */
  private static RecordingScenario.Builder oneConnectorOverAnHour() {
    return RecordingScenario.named(
            "one connector, 12 runs an hour, 3 failing, last success 45s ago")
        .input(runs(CONNECTOR, SUCCESS).rising(9.0 / 60, 90))
        .input(runs(CONNECTOR, FAILURE).rising(3.0 / 60, 90))
        .input(
            TestSeries.of(LAST_SUCCESS.select().where("job", JOB).where("connector", CONNECTOR))
                .from(-45)
                .rising(60, 90))
        .input(schedule(CONNECTOR, 300, 90))
        .input(
            TestSeries.of(RECORDS.select().where("job", JOB).where("connector", CONNECTOR))
                .rising(600, 90))
        .inputs(
            TestSeries.histogram(
                RUN_DURATION,
                ON_CONNECTOR,
                90,
                0,
                0,
                0,
                3.0 / 60,
                8.0 / 60,
                10.0 / 60,
                12.0 / 60,
                12.0 / 60,
                12.0 / 60,
                12.0 / 60))
        .expect("75m", SUCCESS_RATIO, ON_CONNECTOR, 0.75)
        .expect("75m", LAST_SUCCESS_AGE, ON_CONNECTOR, 45)
        .expect("75m", RECORDS_RATE, ON_CONNECTOR, 10)
        .expect("75m", RUN_DURATION_P50, ON_CONNECTOR, 48)
        .expect("75m", RUN_DURATION_P95, ON_CONNECTOR, 246)
        .expect("75m", RUNS_BY_OUTCOME, withOutcome(SUCCESS), 9)
        .expect("75m", RUNS_BY_OUTCOME, withOutcome(FAILURE), 3)
        .expect("75m", OVERDUE_INTERVALS, ON_CONNECTOR, 0.15);
  }

  private static Map<String, String> withOutcome(String outcome) {
    return Map.of("job", JOB, "connector", CONNECTOR, "outcome", outcome);
  }

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("ingestion-connector-red").rule(failures());
  }

  static RuleGroup.Builder freshnessAlerts() {
    return RuleGroup.named("ingestion-connector-freshness").rule(overdue());
  }

  static Vector failureRatio() {
    return SUCCESS_RATIO.series().complement();
  }

  /**
   * Cause for the data: the connector runs but its source or hand-off fails. A connector with no
   * run in the hour has no ratio; {@link #overdue()} covers it. The steady scenarios spread runs
   * evenly over the hour, so the ratio does not depend on the evaluation time.
   */
  static Alert.Builder failures() {
    return Alert.named("ALERT_INGESTION_CONNECTOR_FAILURES")
        .when(failureRatio().above(FAILURE_RATIO))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("connectors")
        .summary(
            "Connector {{ $labels.connector }} failed more than 20% of its runs over the last"
                + " hour.")
        .description(
            "More than one run in five of connector {{ $labels.connector }} (job {{ $labels.job }})"
                + " failed over the last hour, for 10 minutes. Its data arrives late or with gaps;"
                + " check the connector's runs on the connectors health dashboard and the"
                + " connector's logs for the source's error.")
        .runbook(Runbook.fromResource(ConnectorRules.class, "connector-run-failures"))
        .scenario(
            steadyRuns("fires when 3 of 12 runs an hour fail", 9, 3)
                .observing(0.25)
                .firesAt("30m", ON_CONNECTOR))
        .scenario(
            steadyRuns("stays quiet when 2 of 12 runs an hour fail", 10, 2)
                .observing(ON_CONNECTOR, 2.0 / 12)
                .quietAt("30m"))
        // A per-minute connector fails every run from 60m on: k minutes later the hour holds k
        // failures of 60 runs, so the ratio passes 20% at 73m (13/60) and the alert fires at 83m.
        .scenario(
            startsFailingAt60m("fires ten minutes after the failure ratio passes 20%")
                .checking("72m", failureRatio().isAbove(FAILURE_RATIO), ON_CONNECTOR, false)
                .checking("73m", failureRatio().isAbove(FAILURE_RATIO), ON_CONNECTOR, true)
                .observing(23.0 / 60)
                .firesAt("83m", ON_CONNECTOR))
        .scenario(
            startsFailingAt60m("is still pending nine minutes after")
                .observing(ON_CONNECTOR, 22.0 / 60)
                .quietAt("82m"));
  }

  private static AlertScenario.Builder steadyRuns(String name, int okPerHour, int failedPerHour) {
    return AlertScenario.named(name)
        .input(runs(CONNECTOR, SUCCESS).rising(okPerHour / 60.0, 60))
        .input(runs(CONNECTOR, FAILURE).rising(failedPerHour / 60.0, 60));
  }

  private static AlertScenario.Builder startsFailingAt60m(String name) {
    return AlertScenario.named(name)
        .input(runs(CONNECTOR, SUCCESS).rising(1, 60).flat(30))
        .input(runs(CONNECTOR, FAILURE).flat(60).rising(1, 30));
  }

  private static TestSeries runs(String connector, String outcome) {
    return TestSeries.of(
        RUNS.select().where("job", JOB).where("connector", connector).where("outcome", outcome));
  }

  static Vector overdueRatio() {
    return LAST_SUCCESS_AGE.series().div(max(SCHEDULE_INTERVAL.select()).by("job", "connector"));
  }

  /**
   * Quality: the connector's data is stale. Measured in scheduled intervals, read from the
   * scheduler, so every connector gets its own limit.
   */
  static Alert.Builder overdue() {
    return Alert.named("ALERT_INGESTION_CONNECTOR_OVERDUE")
        .when(overdueRatio().above(OVERDUE_SCHEDULES))
        // Five more minutes for a run that is merely slow to finish before anyone is told.
        .pendingFor("5m")
        .severity(Severity.WARN)
        .service("connectors")
        .summary(
            "Connector {{ $labels.connector }} has not completed a successful run for three of its"
                + " intervals.")
        .description(
            "Connector {{ $labels.connector }} (job {{ $labels.job }}) last succeeded more than"
                + " three scheduled intervals ago: the data it feeds is stale and normalization"
                + " will fall behind for its markets. Check whether it runs and fails"
                + " (ALERT_INGESTION_CONNECTOR_FAILURES) or does not run at all.")
        .runbook(Runbook.fromResource(ConnectorRules.class, "connector-runs-overdue"))
        // Five-minute schedule, last success at 10m: three intervals pass at 25m, the ratio is
        // above 3 from 26m (960 s / 300 s), so the alert fires at 31m. The hourly connector beside
        // it last succeeded at 0m and is two intervals behind at 2h: quiet, by its own schedule.
        .scenario(
            stopsSucceedingAt10m("fires five minutes after three intervals passed without success")
                .checking("25m", overdueRatio().isAbove(OVERDUE_SCHEDULES), ON_CONNECTOR, false)
                .checking("26m", overdueRatio().isAbove(OVERDUE_SCHEDULES), ON_CONNECTOR, true)
                .observing(4.2)
                .firesAt("31m", ON_CONNECTOR))
        .scenario(
            stopsSucceedingAt10m("is still pending four minutes after")
                .observing(ON_CONNECTOR, 4)
                .quietAt("30m"))
        .scenario(
            stopsSucceedingAt10m("stays quiet at 2.8 intervals")
                .observing(ON_CONNECTOR, 2.8)
                .quietAt("24m"))
        .scenario(
            AlertScenario.named(
                    "stays quiet while a five-minute connector succeeds on schedule for two hours")
                .input(schedule(CONNECTOR, 300, 130))
                .input(onSchedule(CONNECTOR, 5, 26))
                .checking("120m", overdueRatio().isAbove(0.9), ON_CONNECTOR, false)
                .observing(ON_CONNECTOR, 0)
                .quietAt("120m"))
        .scenario(
            AlertScenario.named(
                    "stays quiet for an hourly connector two hours after its last success")
                .input(schedule(HOURLY_CONNECTOR, 3600, 130))
                .input(lastSuccess(HOURLY_CONNECTOR).flat(130))
                .checking(
                    "120m",
                    overdueRatio().isAbove(1.9),
                    Map.of("job", JOB, "connector", HOURLY_CONNECTOR),
                    true)
                .observing(Map.of("connector", "ice_futures_settlements", "job", "ingestion"), 2)
                .quietAt("120m"));
  }

  /** The five-minute connector succeeds at 0, 5 and 10m, then never again. */
  private static AlertScenario.Builder stopsSucceedingAt10m(String name) {
    return AlertScenario.named(name)
        .input(schedule(CONNECTOR, 300, 40))
        .input(lastSuccess(CONNECTOR).flat(4).rising(300, 1).flat(4).rising(300, 1).flat(30));
  }

  /**
   * Succeeds every {@code everyMinutes}, {@code runs} times: the gauge steps up by one interval
   * each time.
   */
  private static TestSeries onSchedule(String connector, int everyMinutes, int runs) {
    TestSeries series = lastSuccess(connector);
    for (int i = 0; i < runs; i++) {
      series = series.flat(everyMinutes - 1).rising(everyMinutes * 60, 1);
    }
    return series;
  }

  private static TestSeries lastSuccess(String connector) {
    return TestSeries.of(LAST_SUCCESS.select().where("job", JOB).where("connector", connector));
  }

  private static TestSeries schedule(String connector, double seconds, int minutes) {
    return TestSeries.of(SCHEDULE_INTERVAL.select().where("job", JOB).where("connector", connector))
        .from(seconds)
        .flat(minutes);
  }
}
