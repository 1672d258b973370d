package com.carbon254.observability.bundles.ingestion;

import static com.carbon254.observability.bundles.ingestion.AggregationMetrics.BAR_BUILD_DURATION;
import static com.carbon254.observability.bundles.ingestion.AggregationMetrics.BAR_COMPUTE_BACKLOG;
import static com.carbon254.observability.bundles.ingestion.AggregationMetrics.JOB;
import static com.carbon254.observability.dsl.promql.Promql.deriv;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

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

/** Bar aggregation recordings (build time, bars built, backlog) and the backlog-growth alert. */
final class AggregationRules {
  private AggregationRules() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /**
   * The trend is read over 15 minutes: the backlog jumps at every interval boundary and drains
   * within seconds, and a least-squares slope over three 5m boundaries averages that sawtooth out.
   */
  static final Window TREND_WINDOW = Window.minutes(15);

  /**
   * 1000 windows: below it the backlog is the burst of windows that close together at a boundary (a
   * few hundred instrument groups times the intervals ending then), which drains on its own.
   */
  static final double BACKLOG_FLOOR = 1000;

  /**
   * Half a window a second, 30 more every minute, sustained over the trend window: the aggregator
   * loses ground, 450 windows in 15 minutes, and bars reach the curve jobs later every minute.
   */
  static final double BACKLOG_GROWTH_PER_SECOND = 0.5;

  static final RecordingRule BUILD_RATE =
      RecordingRule.named("job_interval:aggregation_bars_built:rate5m")
          .expr(sum(rate(BAR_BUILD_DURATION.count().over(RATE_WINDOW))).by("job", "interval"));

  /** The aggregator's replicas split the instrument groups: their backlogs add up. */
  static final RecordingRule BACKLOG =
      RecordingRule.named("job_interval:aggregation_bar_compute_backlog:sum")
          .expr(sum(BAR_COMPUTE_BACKLOG.select()).by("job", "interval"));

  static final String BUILD_QUANTILES =
      "job_interval:aggregation_bar_build_duration_seconds:histogram_quantile5m";

  static RecordingRule buildDuration(double quantile) {
    return RecordingRule.named(BUILD_QUANTILES)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(BAR_BUILD_DURATION.bucket().over(RATE_WINDOW)))
                    .by("le", "job", "interval")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule BUILD_P50 = buildDuration(0.5);
  static final RecordingRule BUILD_P95 = buildDuration(0.95);
  static final RecordingRule BUILD_P99 = buildDuration(0.99);

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("aggregation-recordings")
        .rule(BUILD_RATE)
        .rule(BACKLOG)
        .rule(BUILD_P50)
        .rule(BUILD_P95)
        .rule(BUILD_P99)
        .scenario(oneIntervalOnTwoReplicas());
  }

  private static final String INTERVAL = "1m";
  private static final Map<String, String> ON_INTERVAL = Map.of("job", JOB, "interval", INTERVAL);

  /**
   * 100 one-minute bars built a minute; per minute 20 within 5 ms, 50 within 10 ms, 80 within 25
   * ms, 90 within 50 ms, 96 within 100 ms, 99 within 250 ms, all within 500 ms: p50 is 10 ms (the
   * 50th bar ends the 10 ms bucket), p95 is 50 + 50 * 5/6 ms and p99 250 ms. Two replicas hold 300
   * and 200 windows.
   */
  private static RecordingScenario.Builder oneIntervalOnTwoReplicas() {
    return RecordingScenario.named(
            "one-minute bars, 100 a minute, two replicas with 300 and 200 windows behind")
        .inputs(
            TestSeries.histogram(
                BAR_BUILD_DURATION,
                ON_INTERVAL,
                40,
                20,
                50,
                80,
                90,
                96,
                99,
                100,
                100,
                100,
                100,
                100))
        .input(
            TestSeries.of(BAR_BUILD_DURATION.count().where("job", JOB).where("interval", INTERVAL))
                .rising(100, 40))
        .input(backlog("aggregation-0").from(300).flat(40))
        .input(backlog("aggregation-1").from(200).flat(40))
        .expect("30m", BUILD_RATE, ON_INTERVAL, 100.0 / 60)
        .expect("30m", BACKLOG, ON_INTERVAL, 500)
        .expect("30m", BUILD_P50, ON_INTERVAL, 0.01)
        .expect("30m", BUILD_P95, ON_INTERVAL, 0.05 + 0.05 * 5 / 6)
        .expect("30m", BUILD_P99, ON_INTERVAL, 0.25);
  }

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("aggregation-use").rule(backlogGrowing());
  }

  static Vector backlogLevel() {
    return BACKLOG.series();
  }

  static Vector backlogGrowth() {
    return deriv(BACKLOG.series().over(TREND_WINDOW));
  }

  /**
   * Saturation (prevention): the backlog is large and still growing, so bars fall further behind
   * every minute. The level keeps a growing burst after a restart quiet; the slope keeps a large
   * but draining backlog quiet.
   */
  static Alert.Builder backlogGrowing() {
    return Alert.named("ALERT_AGGREGATION_BAR_BACKLOG_GROWING")
        .when(
            backlogLevel()
                .above(BACKLOG_FLOOR)
                .and(backlogGrowth().above(BACKLOG_GROWTH_PER_SECOND)))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("aggregation")
        .summary("The {{ $labels.interval }} bar backlog is above 1000 windows and growing.")
        .description(
            "More than 1000 {{ $labels.interval }} bar windows wait to be built by {{ $labels.job"
                + " }}, and the backlog has grown by more than 30 windows a minute over the last 15"
                + " minutes for 10 minutes: the aggregator cannot keep up and bars reach the curve"
                + " jobs later every minute. Check bar build time and the aggregator's CPU on the"
                + " normalization pipeline dashboard.")
        .runbook(Runbook.fromResource(AggregationRules.class, "bar-compute-backlog-growing"))
        // From 1500 windows, 36 more a minute (0.6/s): both conditions hold from 1m, fires at 11m.
        .scenario(
            growing("fires when the backlog grows by 36 windows a minute", 1500, 36)
                .checking(
                    "11m", backlogGrowth().isAbove(BACKLOG_GROWTH_PER_SECOND), ON_INTERVAL, true)
                // 1500 + 11 x 36 = 1896 windows at 11m, growing 36/60 = 0.6 a second.
                .observing(1896, 0.6)
                .firesAt("11m", ON_INTERVAL))
        .scenario(
            growing("is still pending nine minutes after", 1500, 36)
                .observing(ON_INTERVAL, 1860, 0.6)
                .quietAt("10m"))
        .scenario(
            growing("stays quiet when the backlog grows by 24 windows a minute", 1500, 24)
                .checking("30m", backlogGrowth().isAbove(0.3), ON_INTERVAL, true)
                .observing(ON_INTERVAL, 2220, 0.4)
                .quietAt("30m"))
        // Just above the floor: 1010 windows at 0m, 1442 at 12m, below 1.5 times the floor.
        .scenario(
            growing("fires when the backlog grows just above 1000 windows", 1010, 36)
                .checking("12m", backlogLevel().isBelow(1450), ON_INTERVAL, true)
                .observing(1442, 0.6)
                .firesAt("12m", ON_INTERVAL))
        // Just below the floor: 510 windows at 0m, 942 at 12m, growing fast.
        .scenario(
            growing("stays quiet while a fast-growing backlog is still below 1000 windows", 510, 36)
                .checking("12m", backlogLevel().isBelow(BACKLOG_FLOOR), ON_INTERVAL, true)
                .checking(
                    "12m", backlogGrowth().isAbove(BACKLOG_GROWTH_PER_SECOND), ON_INTERVAL, true)
                .observing(ON_INTERVAL, 942, 0.6)
                .quietAt("12m"))
        .scenario(
            AlertScenario.named(
                    "stays quiet while a large backlog jumps at each boundary and drains")
                .input(sawtooth(backlog("aggregation-0").from(1200), 12))
                .checking("45m", backlogLevel().isAbove(BACKLOG_FLOOR), ON_INTERVAL, true)
                // deriv's least-squares slope over the sawtooth's last 15 minutes, as promtool
                // measures it: draining on average, never growing.
                .observing(ON_INTERVAL, 1200, -15.0 / 136)
                .quietAt("45m"))
        .scenario(
            AlertScenario.named("stays quiet while a large backlog drains")
                .input(backlog("aggregation-0").from(5000).rising(-60, 40))
                .checking("30m", backlogLevel().isAbove(BACKLOG_FLOOR), ON_INTERVAL, true)
                .observing(ON_INTERVAL, 3200, -1)
                .quietAt("30m"));
  }

  private static AlertScenario.Builder growing(String name, double from, double perMinute) {
    return AlertScenario.named(name)
        .input(backlog("aggregation-0").from(from).rising(perMinute, 40));
  }

  /** Every five minutes 600 windows close at once, and are drained over the next five minutes. */
  private static TestSeries sawtooth(TestSeries series, int periods) {
    TestSeries out = series;
    for (int i = 0; i < periods; i++) {
      out = out.rising(600, 1).rising(-150, 4);
    }
    return out;
  }

  private static TestSeries backlog(String pod) {
    return TestSeries.of(
        BAR_COMPUTE_BACKLOG
            .select()
            .where("job", JOB)
            .where("interval", INTERVAL)
            .where("pod", pod));
  }
}
