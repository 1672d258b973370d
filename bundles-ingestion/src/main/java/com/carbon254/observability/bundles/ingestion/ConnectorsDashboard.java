package com.carbon254.observability.bundles.ingestion;

import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.FAILURE;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.JOB;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.LAST_RUN_SUCCESS;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.RUNNING;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.RUNS;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.RUN_DURATION;
import static com.carbon254.observability.bundles.ingestion.ConnectorMetrics.SUCCESS;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.FAILURE_RATIO;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.LAST_SUCCESS_AGE;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.OVERDUE_INTERVALS;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.OVERDUE_SCHEDULES;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.RUNS_BY_OUTCOME;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.RUN_DURATION_P50;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.RUN_DURATION_P95;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.RUN_WINDOW;
import static com.carbon254.observability.bundles.ingestion.ConnectorRules.SUCCESS_RATIO;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.BigValueColorMode;
import com.carbon254.observability.dsl.dashboard.BigValueGraphMode;
import com.carbon254.observability.dsl.dashboard.BigValueTextMode;
import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Correlation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.DataLink;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.FieldColor;
import com.carbon254.observability.dsl.dashboard.FieldOverride;
import com.carbon254.observability.dsl.dashboard.Latency;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.LogQL;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.QueryFormat;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.SpecialValue;
import com.carbon254.observability.dsl.dashboard.StackingMode;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.StateTimelinePanelBuilder;
import com.carbon254.observability.dsl.dashboard.TableCellDisplayMode;
import com.carbon254.observability.dsl.dashboard.TablePanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Unit;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.dashboard.ValueMapping;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Runbook;

/**
 * {@code dashboards/ingestion/connectors_health.json}: is every connector running, succeeding and
 * on time (section 11: connector success rate, lag and runtime distributions)? Per connector: the
 * success ratio the failure alert reads, the runs as a state timeline, the scheduled intervals
 * since the last success against the overdue alert's limit, the Kafka lag of the records handed on,
 * run-time percentiles with exemplars and their heatmap, and the worst connectors as a table.
 */
final class ConnectorsDashboard {
  private ConnectorsDashboard() {}

  static final String UID = "connectors-health";

  /** The {@code service} label of the connector alerts (failures, overdue). */
  static final String SERVICE = "connectors";

  /**
   * The connector scheduler's Kubernetes Service, which is also its job: a target-down alert
   * carries the target's {@code service} label, and the targets-missing alert the domain's name.
   */
  static final String TARGET_SERVICE = JOB;

  /** The {@code service} label of the Kafka consumer-lag alerts. */
  static final String KAFKA_SERVICE = "kafka";

  /** Rows of the worst-connectors table: what fits the panel without scrolling. */
  static final int WORST_CONNECTORS = 10;

  /** The heatmap's window: short, so a run shows near the time it ended. */
  static final Window HEATMAP_WINDOW = ConnectorRules.RATE_WINDOW;

  /** The scheduler's error lines: service.name is the job, the JSON lines carry level. */
  static final LogQL.Selector ERROR_LOGS =
      LogQL.stream("service_name", JOB).json().labelEquals("level", "error");

  /** Colours a success ratio the way the failure alert reads it: red below 80%. */
  static final Thresholds SUCCESS_THRESHOLDS =
      Thresholds.absolute(Color.RED).step(1 - FAILURE_RATIO, Color.GREEN);

  /** Colours the intervals since the last success: red from the overdue alert's three. */
  static final Thresholds OVERDUE_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(OVERDUE_SCHEDULES, Color.RED);

  static final Runbook FAILURES_RUNBOOK =
      Runbook.fromResource(ConnectorRules.class, "connector-run-failures");
  static final Runbook OVERDUE_RUNBOOK =
      Runbook.fromResource(ConnectorRules.class, "connector-runs-overdue");
  static final Runbook TARGET_DOWN_RUNBOOK =
      Runbook.fromResource(TargetRules.class, "ingestion-target-down");

  private static final Unit RUNS_UNIT = Unit.suffix(" runs");
  private static final Unit INTERVALS_UNIT = Unit.suffix(" intervals");

  /** Narrows a selector to the dashboard's job and connector variables. */
  private static <K extends SeriesKind> Selector<K> chosen(Selector<K> selector) {
    return selector.matching("job", "$job").matching("connector", "$connector");
  }

  static Dashboard build() {
    DashboardBuilder dashboard =
        DomainDashboard.of("ingestion", "Connectors health", UID)
            .description(
                "Connector runs: success ratio, run states, time since the last success against"
                    + " the schedule, Kafka lag of the records handed on, run-time distribution"
                    + " and the worst connectors.")
            .tags("connectors")
            .jobs(RUNS.select())
            .keyLabel("connector", "Connector", RUNS.select().matching("job", "$job"))
            .services(SERVICE, TARGET_SERVICE, KAFKA_SERVICE)
            .runbook(FAILURES_RUNBOOK)
            .runbook(OVERDUE_RUNBOOK)
            .runbook(TARGET_DOWN_RUNBOOK)
            .builder()
            .withLink(KafkaLag.runbookLink());
    successRow(dashboard);
    runsRow(dashboard);
    freshnessRow(dashboard);
    dashboard.withRow(new RowBuilder("Kafka: records handed on, not yet normalized"));
    dashboard.withElements(
        KafkaLag.panels(
            "The connectors write these topics; the normalizer reads them.",
            DashboardLink.url(
                    "Normalization pipeline", "/d/normalization-pipeline?${__url_time_range}")
                .tooltip("The consumer of these topics")));
    durationRow(dashboard);
    worstRow(dashboard);
    return dashboard.build();
  }

  private static void successRow(DashboardBuilder dashboard) {
    Selector<SeriesKind.Sampled> ratio = chosen(SUCCESS_RATIO.series());
    dashboard
        .withRow(new RowBuilder("Success rate"))
        .withPanel(
            new StatPanelBuilder("Success ratio by connector, last hour")
                .description(
                    "Share of each connector's runs that ended in success over the last hour."
                        + " Red below "
                        + percent(1 - FAILURE_RATIO)
                        + ": ALERT_INGESTION_CONNECTOR_FAILURES fires when it stays there for 10"
                        + " minutes. No value: no run ended in the hour (see the run states).")
                .withTarget(ratio, "{{connector}}")
                .unit(Units.PERCENT_UNIT)
                .decimals(1)
                .min(0)
                .max(1)
                .thresholds(SUCCESS_THRESHOLDS)
                .reduceCalc(ReducerId.LAST_NOT_NULL)
                .colorMode(BigValueColorMode.BACKGROUND)
                .graphMode(BigValueGraphMode.NONE)
                .textMode(BigValueTextMode.VALUE_AND_NAME)
                .noValue("no run ended in the last hour")
                .panelLinks(RunbookLinks.of(FAILURES_RUNBOOK))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Success ratio by connector")
                .description(
                    "Share of runs that ended in success over the trailing hour, per connector."
                        + " The dashed line is the failure alert's limit ("
                        + percent(1 - FAILURE_RATIO)
                        + "): a connector below it fails more than one run in five. A step down"
                        + " at one moment points at a deploy or a credential change, a slow slide"
                        + " at the source degrading.")
                .withTarget(ratio, "{{connector}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(SUCCESS_THRESHOLDS)
                .legend(Legend.table(ReducerId.MIN, ReducerId.LAST_NOT_NULL).atRight())
                .panelLinks(RunbookLinks.of(FAILURES_RUNBOOK))
                .span(16));
  }

  /** 2 while running, else the outcome of the last finished run: 1 succeeded, 0 failed. */
  static Vector runState() {
    Vector running = max(chosen(RUNNING.select())).by("job", "connector").equalTo(1).mul(2);
    return running.or(max(chosen(LAST_RUN_SUCCESS.select())).by("job", "connector"));
  }

  private static void runsRow(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Runs"))
        .withPanel(
            new StateTimelinePanelBuilder("Connector runs")
                .description(
                    "One band per connector: blue while a run is in progress, then green if the"
                        + " run it finished succeeded and red if it failed, until the next run."
                        + " A band that stays red failed run after run; one that stays green"
                        + " without blue may have stopped running (see the intervals since the"
                        + " last success). Click a band for the scheduler's error logs.")
                .withTarget(runState(), "{{connector}}")
                .mappings(
                    ValueMapping.value(
                        "2", ValueMapping.MappingResult.text("running").color(Color.BLUE)),
                    ValueMapping.value(
                        "1",
                        ValueMapping.MappingResult.text("last run succeeded").color(Color.GREEN)),
                    ValueMapping.value(
                        "0", ValueMapping.MappingResult.text("last run failed").color(Color.RED)),
                    ValueMapping.special(
                        SpecialValue.NULL,
                        ValueMapping.MappingResult.text("no data").color(Color.TEXT)))
                .unit(Units.NONE)
                .noValue("no connector reports its runs")
                .dataLinks(Correlation.logsOf(ERROR_LOGS))
                .span(16))
        .withPanel(
            new TimeseriesPanelBuilder("Runs ended per hour by outcome")
                .description(
                    "Runs of the selected connectors that ended in success and in failure over"
                        + " the trailing hour. Failures rising while successes stay means retries"
                        + " that fail; both dropping means runs no longer end (stuck or not"
                        + " scheduled).")
                .withTarget(sum(chosen(RUNS_BY_OUTCOME.series())).by("outcome"), "{{outcome}}")
                .unit(RUNS_UNIT)
                .min(0)
                .fillOpacity(20)
                .stacking(StackingMode.NORMAL)
                .overrides(
                    FieldOverride.byName(SUCCESS).color(FieldColor.fixed(Color.GREEN)),
                    FieldOverride.byName(FAILURE).color(FieldColor.fixed(Color.RED)))
                .dataLinks(Correlation.logsOf(ERROR_LOGS))
                .span(8));
  }

  private static void freshnessRow(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Freshness: time since the last successful run"))
        .withPanel(
            new TimeseriesPanelBuilder("Scheduled intervals since the last success")
                .description(
                    "Time since each connector's last successful run, in its own scheduled"
                        + " intervals, so hourly and per-minute connectors read alike: below 1 it"
                        + " is on schedule. The dashed line at "
                        + format(OVERDUE_SCHEDULES)
                        + " is ALERT_INGESTION_CONNECTOR_OVERDUE's limit (it fires 5 minutes"
                        + " after a connector passes it).")
                .withTarget(chosen(OVERDUE_INTERVALS.series()), "{{connector}}")
                .unit(INTERVALS_UNIT)
                .min(0)
                .thresholds(OVERDUE_THRESHOLDS)
                .legend(Legend.table(ReducerId.MAX, ReducerId.LAST_NOT_NULL).atRight())
                .panelLinks(RunbookLinks.of(OVERDUE_RUNBOOK))
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Time since the last success")
                .description(
                    "Seconds since each connector's last successful run ended: the age of the"
                        + " newest data it delivered. A saw-tooth is a connector on schedule;"
                        + " a line that keeps rising has stopped delivering.")
                .withTarget(chosen(LAST_SUCCESS_AGE.series()), "{{connector}}")
                .unit(Units.SECONDS)
                .min(0)
                .legend(Legend.table(ReducerId.MAX, ReducerId.LAST_NOT_NULL).atRight())
                .span(12));
  }

  private static void durationRow(DashboardBuilder dashboard) {
    Latency runs = Latency.of(chosen(RUN_DURATION.bucket())).by("job", "connector");
    Vector p99 = runs.window(RUN_WINDOW).quantile(0.99);
    dashboard
        .withRow(new RowBuilder("Run duration"))
        .withPanel(
            new TimeseriesPanelBuilder("Run duration p50, p95, p99")
                .description(
                    "How long runs take, per connector, over the trailing "
                        + RUN_WINDOW
                        + ": p50 and p95 from the recordings, p99 from the buckets with its"
                        + " exemplars (dots): click one to open that run's trace in Tempo."
                        + " Failing runs that end fast were refused; ones at the top bucket hit"
                        + " the timeout.")
                .withTarget(chosen(RUN_DURATION_P50.series()), "{{connector}} p50")
                .withTarget(chosen(RUN_DURATION_P95.series()), "{{connector}} p95")
                .withTarget(PrometheusQuery.of(p99).legend("{{connector}} p99").exemplars())
                .unit(Units.SECONDS)
                .min(0)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX).atRight())
                .dataLinks(Correlation.tracesOf(JOB))
                .span(12))
        .withPanel(
            runs.window(HEATMAP_WINDOW)
                .distribution(
                    "Run duration distribution",
                    "Runs per duration bucket over time ("
                        + HEATMAP_WINDOW
                        + " rate, runs per second); darker is more. Two bands mean two kinds of"
                        + " run (incremental and backfill) or a source answering slowly for some"
                        + " requests. Dots are exemplars linking to traces.")
                .unit(Unit.suffix(" runs/s")));
  }

  private static void worstRow(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Worst connectors"))
        .withPanel(
            new TablePanelBuilder("Worst connectors by failed runs, last hour")
                .description(
                    "The "
                        + WORST_CONNECTORS
                        + " connectors with the most failed runs over the last hour, with their"
                        + " success ratio, scheduled intervals since the last success, the age of"
                        + " that success and their p95 run time. Click a connector to filter the"
                        + " dashboard on it.")
                .withTarget(
                    table(
                        sum(chosen(RUNS_BY_OUTCOME.series()).where("outcome", FAILURE))
                            .by("job", "connector")))
                .withTarget(table(chosen(SUCCESS_RATIO.series())))
                .withTarget(table(chosen(OVERDUE_INTERVALS.series())))
                .withTarget(table(chosen(LAST_SUCCESS_AGE.series())))
                .withTarget(table(max(chosen(RUN_DURATION_P95.series())).by("job", "connector")))
                .unit(Units.SHORT)
                .overrides(
                    FieldOverride.byName("connector")
                        .displayName("Connector")
                        .links(
                            DataLink.to(
                                "Only ${__value.raw}",
                                "/d/" + UID + "?var-connector=${__value.raw}&${__url_time_range}")),
                    FieldOverride.byName("job").displayName("Job"),
                    FieldOverride.byName("Value #A")
                        .displayName("Failed runs (1h)")
                        .unit(RUNS_UNIT)
                        .decimals(0),
                    FieldOverride.byName("Value #B")
                        .displayName("Success ratio (1h)")
                        .unit(Units.PERCENT_UNIT)
                        .decimals(1)
                        .thresholds(SUCCESS_THRESHOLDS)
                        .cellType(TableCellDisplayMode.COLOR_BACKGROUND),
                    FieldOverride.byName("Value #C")
                        .displayName("Intervals since success")
                        .unit(INTERVALS_UNIT)
                        .decimals(1)
                        .thresholds(OVERDUE_THRESHOLDS)
                        .cellType(TableCellDisplayMode.COLOR_BACKGROUND),
                    FieldOverride.byName("Value #D")
                        .displayName("Since last success")
                        .unit(Units.DURATION_SECONDS),
                    FieldOverride.byName("Value #E")
                        .displayName("Run p95 (1h)")
                        .unit(Units.SECONDS))
                // The model has no transformations yet: merge the five instant queries into one
                // row per connector, hide the time, keep the worst first.
                .rawJson(
                    "{\"transformations\": ["
                        + "{\"id\": \"merge\", \"options\": {}},"
                        + "{\"id\": \"organize\", \"options\": {\"excludeByName\": {\"Time\":"
                        + " true}, \"indexByName\": {\"connector\": 0, \"job\": 1, \"Value #A\":"
                        + " 2, \"Value #B\": 3, \"Value #C\": 4, \"Value #D\": 5, \"Value #E\":"
                        + " 6}, \"renameByName\": {}}},"
                        + "{\"id\": \"sortBy\", \"options\": {\"fields\": {}, \"sort\":"
                        + " [{\"field\": \"Value #A\", \"desc\": true}]}},"
                        + "{\"id\": \"limit\", \"options\": {\"limitField\": "
                        + WORST_CONNECTORS
                        + "}}]}")
                .span(24)
                .height(10));
  }

  private static PrometheusQuery table(Vector query) {
    return PrometheusQuery.of(query).format(QueryFormat.TABLE).instant();
  }

  private static String percent(double ratio) {
    return format(ratio * 100) + "%";
  }

  private static String format(double value) {
    return Numbers.format(value);
  }
}
