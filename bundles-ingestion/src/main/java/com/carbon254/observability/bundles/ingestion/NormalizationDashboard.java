package com.carbon254.observability.bundles.ingestion;

import static com.carbon254.observability.bundles.ingestion.AggregationMetrics.BAR_BUILD_DURATION;
import static com.carbon254.observability.bundles.ingestion.AggregationMetrics.BAR_COMPUTE_BACKLOG;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.BACKLOG;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.BACKLOG_FLOOR;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.BACKLOG_GROWTH_PER_SECOND;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.BUILD_P50;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.BUILD_P95;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.BUILD_RATE;
import static com.carbon254.observability.bundles.ingestion.AggregationRules.TREND_WINDOW;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.PROCESSING_LATENCY;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.RECORDS_FAILED;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.RECORDS_PROCESSED;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.CACHE_HIT_RATIO;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.ERROR_RATIO;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.ERROR_RATIO_5M;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.LAG;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.LATENCY_P50;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.LATENCY_P95;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.MAX_LAG_SECONDS;
import static com.carbon254.observability.bundles.ingestion.NormalizationRules.PROCESSED_RATE;
import static com.carbon254.observability.dsl.promql.Promql.deriv;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.BigValueColorMode;
import com.carbon254.observability.dsl.dashboard.BigValueGraphMode;
import com.carbon254.observability.dsl.dashboard.BigValueTextMode;
import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Correlation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.GraphThresholdsStyleMode;
import com.carbon254.observability.dsl.dashboard.Latency;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.LogQL;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.StackingMode;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Unit;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Runbook;

/**
 * {@code dashboards/data_processing/normalization_pipeline.json}: does normalized data keep up
 * (section 11: normalization latency, enrichment cache hit ratio, bar-compute backlog)? The lag of
 * the latest processed record against ALERT_NORMALIZATION_LAG's limit and the Kafka lag behind it,
 * throughput and rejections per market, latency percentiles with exemplars and their heatmap, the
 * enrichment cache, and the bar aggregator's backlog and build time.
 */
final class NormalizationDashboard {
  private NormalizationDashboard() {}

  static final String UID = "normalization-pipeline";

  /** The {@code service} labels of the normalization and aggregation alerts. */
  static final String NORMALIZATION_SERVICE = NormalizationMetrics.JOB;

  static final String AGGREGATION_SERVICE = AggregationMetrics.JOB;

  /**
   * The targets-missing alert of the domain carries the domain as its service; a target-down alert
   * the target's own Service, which is the job (normalization or aggregation, above).
   */
  static final String DOMAIN_SERVICE = "data_processing";

  /** The {@code service} label of the Kafka consumer-lag alerts. */
  static final String KAFKA_SERVICE = ConnectorsDashboard.KAFKA_SERVICE;

  /** The domain's two scrape jobs, as one regex: the {@code job} variable offers both. */
  static final String JOBS = NormalizationMetrics.JOB + "|" + AggregationMetrics.JOB;

  static final Window RATE_WINDOW = NormalizationRules.RATE_WINDOW;

  static final Runbook LAG_RUNBOOK =
      Runbook.fromResource(NormalizationRules.class, "normalization-lag");
  static final Runbook ERROR_RATIO_RUNBOOK =
      Runbook.fromResource(NormalizationRules.class, "normalization-error-ratio");
  static final Runbook BACKLOG_RUNBOOK =
      Runbook.fromResource(AggregationRules.class, "bar-compute-backlog-growing");
  static final Runbook CACHE_MISS_RUNBOOK =
      Runbook.fromResource(NormalizationRules.class, "enrichment-cache-miss-spike");
  static final Runbook TARGET_DOWN_RUNBOOK =
      Runbook.fromResource(TargetRules.class, "data-processing-target-down");

  /** The normalizer's error lines: service.name is the job, the JSON lines carry level. */
  static final LogQL.Selector ERROR_LOGS =
      LogQL.stream("service_name", NormalizationMetrics.JOB).json().labelEquals("level", "error");

  static final Thresholds LAG_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(MAX_LAG_SECONDS, Color.RED);

  static final Thresholds ERROR_RATIO_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(ERROR_RATIO, Color.RED);

  private static final DashboardLink CONNECTORS =
      DashboardLink.url(
              "Connectors health", "/d/" + ConnectorsDashboard.UID + "?${__url_time_range}")
          .tooltip("The connectors that write the normalizer's input");

  private static final Unit RECORDS_PER_SECOND = Unit.suffix(" records/s");

  /** Narrows a per-market selector to the dashboard's job and market variables. */
  private static <K extends SeriesKind> Selector<K> market(Selector<K> selector) {
    return selector.matching("job", "$job").matching("market", "$market");
  }

  /** Narrows a per-interval selector to the dashboard's job and bar interval variables. */
  private static <K extends SeriesKind> Selector<K> interval(Selector<K> selector) {
    return selector.matching("job", "$job").matching("interval", "$interval");
  }

  static Dashboard build() {
    DashboardBuilder dashboard =
        DomainDashboard.of("data_processing", "Normalization pipeline", UID)
            .description(
                "Normalization and bar aggregation: lag behind real time and in Kafka,"
                    + " throughput and rejections per market, latency, the enrichment cache and"
                    + " the bar-compute backlog.")
            .tags("normalization", "aggregation")
            .jobs(ScrapeTargets.UP.select().matching("job", JOBS))
            .keyLabel("market", "Market", RECORDS_PROCESSED.select().matching("job", "$job"))
            .keyLabel(
                "interval", "Bar interval", BAR_COMPUTE_BACKLOG.select().matching("job", "$job"))
            .services(NORMALIZATION_SERVICE, AGGREGATION_SERVICE, DOMAIN_SERVICE, KAFKA_SERVICE)
            .runbook(LAG_RUNBOOK)
            .runbook(ERROR_RATIO_RUNBOOK)
            .runbook(BACKLOG_RUNBOOK)
            .runbook(CACHE_MISS_RUNBOOK)
            .runbook(TARGET_DOWN_RUNBOOK)
            .builder()
            .withLink(KafkaLag.runbookLink());
    freshnessRow(dashboard);
    dashboard.withRow(new RowBuilder("Kafka: records waiting for the normalizer"));
    dashboard.withElements(
        KafkaLag.panels(
            "When the lag by market rises with this, records wait in Kafka: the normalizer reads"
                + " too slowly or not at all; when it stays flat, look upstream.",
            CONNECTORS));
    throughputRow(dashboard);
    latencyRow(dashboard);
    cacheRow(dashboard);
    aggregationRow(dashboard);
    return dashboard.build();
  }

  private static void freshnessRow(DashboardBuilder dashboard) {
    Selector<SeriesKind.Sampled> lag = market(LAG.series());
    dashboard
        .withRow(new RowBuilder("Freshness: latest processed record behind now"))
        .withPanel(
            new StatPanelBuilder("Processing lag now")
                .description(
                    "How old the newest normalized record of each market is, in seconds. Red from "
                        + Numbers.format(MAX_LAG_SECONDS)
                        + " s: ALERT_NORMALIZATION_LAG pages one minute after a market passes it."
                        + " A drained market's gauge follows the consumer watermark, so a quiet"
                        + " market stays near zero.")
                .withTarget(lag, "{{market}}")
                .unit(Units.SECONDS)
                .decimals(0)
                .min(0)
                .thresholds(LAG_THRESHOLDS)
                .reduceCalc(ReducerId.LAST_NOT_NULL)
                .colorMode(BigValueColorMode.BACKGROUND)
                .graphMode(BigValueGraphMode.AREA)
                .textMode(BigValueTextMode.VALUE_AND_NAME)
                .noValue("no market reports its latest record")
                .panelLinks(RunbookLinks.of(LAG_RUNBOOK))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Processing lag by market")
                .description(
                    "Seconds between now and the event time of the newest record normalized, per"
                        + " market. The dashed line is the paging limit ("
                        + Numbers.format(MAX_LAG_SECONDS)
                        + " s). All markets rising together: the normalizer is down, stuck or"
                        + " starved; one market: its partitions or its input (a backfill, a"
                        + " connector re-sending).")
                .withTarget(lag, "{{market}}")
                .unit(Units.SECONDS)
                .min(0)
                .thresholds(LAG_THRESHOLDS)
                .legend(Legend.table(ReducerId.MAX, ReducerId.LAST_NOT_NULL).atRight())
                .panelLinks(RunbookLinks.of(LAG_RUNBOOK), CONNECTORS)
                .span(16));
  }

  private static void throughputRow(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Throughput and rejections"))
        .withPanel(
            new TimeseriesPanelBuilder("Records processed per market")
                .description(
                    "Records normalized per second, per market ("
                        + RATE_WINDOW
                        + " rate), emitted and rejected alike. Near zero while the lag grows: the"
                        + " normalizer is stuck or has no partitions; normal while the lag grows:"
                        + " it keeps up too slowly, see latency.")
                .withTarget(market(PROCESSED_RATE.series()), "{{market}}")
                .unit(RECORDS_PER_SECOND)
                .min(0)
                .fillOpacity(10)
                .stacking(StackingMode.NORMAL)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.LAST_NOT_NULL).atRight())
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Rejected share by market")
                .description(
                    "Share of each market's records the normalizer rejected ("
                        + RATE_WINDOW
                        + "). The dashed line is ALERT_NORMALIZATION_HIGH_ERROR_RATIO's limit ("
                        + Numbers.format(ERROR_RATIO * 100)
                        + "%), which it must hold for 10 minutes to fire.")
                .withTarget(market(ERROR_RATIO_5M.series()), "{{market}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .thresholds(ERROR_RATIO_THRESHOLDS)
                .panelLinks(RunbookLinks.of(ERROR_RATIO_RUNBOOK))
                .span(6))
        .withPanel(
            new TimeseriesPanelBuilder("Rejections by reason")
                .description(
                    "Rejected records per second by reason: schema (the raw records changed"
                        + " shape), unknown_instrument (reference data lacks them), enrichment"
                        + " (lookups fail, see the cache), out_of_range (a unit or scale change at"
                        + " the source). Click for the normalizer's error logs.")
                .withTarget(
                    sum(rate(market(RECORDS_FAILED.select()).over(RATE_WINDOW))).by("reason"),
                    "{{reason}}")
                .unit(RECORDS_PER_SECOND)
                .min(0)
                .stacking(StackingMode.NORMAL)
                .fillOpacity(20)
                .dataLinks(Correlation.logsOf(ERROR_LOGS))
                .span(6));
  }

  private static void latencyRow(DashboardBuilder dashboard) {
    Latency latency =
        Latency.of(market(PROCESSING_LATENCY.bucket())).by("job", "market").window(RATE_WINDOW);
    Vector p99 = latency.quantile(0.99);
    dashboard
        .withRow(new RowBuilder("Normalization latency"))
        .withPanel(
            new TimeseriesPanelBuilder("Normalization latency p50, p95, p99")
                .description(
                    "Time from a raw record read from Kafka to its normalized record produced, per"
                        + " market ("
                        + RATE_WINDOW
                        + "): p50 and p95 from the recordings, p99 from the buckets with its"
                        + " exemplars (dots): click one to open that record's trace in Tempo. A"
                        + " rising p95 with a falling cache hit ratio means reference lookups go"
                        + " to the store.")
                .withTarget(market(LATENCY_P50.series()), "{{market}} p50")
                .withTarget(market(LATENCY_P95.series()), "{{market}} p95")
                .withTarget(PrometheusQuery.of(p99).legend("{{market}} p99").exemplars())
                .unit(Units.SECONDS)
                .min(0)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX).atRight())
                .dataLinks(Correlation.tracesOf(NormalizationMetrics.JOB))
                .span(12))
        .withPanel(
            latency
                .distribution(
                    "Normalization latency distribution",
                    "Records per latency bucket over time ("
                        + RATE_WINDOW
                        + " rate); darker is more. A second band far above the main one is a"
                        + " slow path (enrichment misses, a rebalance). Dots are exemplars"
                        + " linking to traces.")
                .unit(RECORDS_PER_SECOND));
  }

  private static void cacheRow(DashboardBuilder dashboard) {
    // Lookups are counted per cache, not per market: only the job narrows them.
    Selector<SeriesKind.Sampled> hitRatio = CACHE_HIT_RATIO.series().matching("job", "$job");
    // Red below the hit ratio at which ALERT_NORMALIZATION_ENRICHMENT_CACHE_MISS_SPIKE counts.
    Thresholds alertLine =
        Thresholds.absolute(Color.RED)
            .step(1 - NormalizationRules.ENRICHMENT_CACHE_MISS_RATIO, Color.GREEN);
    dashboard
        .withRow(new RowBuilder("Enrichment cache"))
        .withPanel(
            new StatPanelBuilder("Enrichment cache hit ratio")
                .description(
                    "Share of reference-data lookups answered from each enrichment cache"
                        + " (instrument, calendar, unit) over "
                        + RATE_WINDOW
                        + ". A drop sends lookups to the reference store: latency rises and"
                        + " enrichment rejections follow. Red below 60%: the miss-spike alert"
                        + " counts from there.")
                .withTarget(hitRatio, "{{cache}}")
                .unit(Units.PERCENT_UNIT)
                .decimals(1)
                .min(0)
                .max(1)
                .reduceCalc(ReducerId.LAST_NOT_NULL)
                .colorMode(BigValueColorMode.VALUE)
                .graphMode(BigValueGraphMode.AREA)
                .textMode(BigValueTextMode.VALUE_AND_NAME)
                .noValue("no lookups")
                .thresholds(alertLine)
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Enrichment cache hit ratio by cache")
                .description(
                    "Hit ratio of each enrichment cache over time. A dip right after a deploy"
                        + " is a cold cache filling; one that stays low means evictions (the"
                        + " cache is too small) or a reference store that changed under it. The red"
                        + " line is where ALERT_NORMALIZATION_ENRICHMENT_CACHE_MISS_SPIKE starts"
                        + " counting its 15 minutes.")
                .withTarget(hitRatio, "{{cache}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(alertLine)
                .thresholdsStyle(GraphThresholdsStyleMode.LINE)
                .legend(Legend.table(ReducerId.MIN, ReducerId.LAST_NOT_NULL).atRight())
                .span(16));
  }

  private static void aggregationRow(DashboardBuilder dashboard) {
    Selector<SeriesKind.Sampled> backlog = interval(BACKLOG.series());
    Latency builds =
        Latency.of(interval(BAR_BUILD_DURATION.bucket()))
            .by("job", "interval")
            .window(AggregationRules.RATE_WINDOW);
    Vector p99 = builds.quantile(0.99);
    dashboard
        .withRow(new RowBuilder("Bar aggregation"))
        .withPanel(
            new TimeseriesPanelBuilder("Bar-compute backlog by interval")
                .description(
                    "Closed bar windows whose bar is not built yet, per bar interval, over all"
                        + " replicas. It jumps at every boundary and drains within seconds; the"
                        + " dashed line at "
                        + Numbers.format(BACKLOG_FLOOR)
                        + " windows is the floor above which ALERT_AGGREGATION_BAR_BACKLOG_GROWING"
                        + " looks at its growth.")
                .withTarget(backlog, "{{interval}}")
                .unit(Unit.suffix(" windows"))
                .min(0)
                .thresholds(Thresholds.absolute(Color.GREEN).step(BACKLOG_FLOOR, Color.RED))
                .panelLinks(RunbookLinks.of(BACKLOG_RUNBOOK))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Bar-compute backlog growth")
                .description(
                    "How fast the backlog grows, windows per second, least-squares slope over "
                        + TREND_WINDOW
                        + " (it averages the boundary saw-tooth out). Above the dashed line ("
                        + Numbers.format(BACKLOG_GROWTH_PER_SECOND)
                        + "/s) with the backlog above its floor, the alert fires after 10"
                        + " minutes: the aggregator cannot keep up.")
                .withTarget(deriv(backlog.over(TREND_WINDOW)), "{{interval}}")
                .unit(Unit.suffix(" windows/s"))
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(BACKLOG_GROWTH_PER_SECOND, Color.RED))
                .panelLinks(RunbookLinks.of(BACKLOG_RUNBOOK))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Bars built per interval")
                .description(
                    "Bars built per second, per bar interval ("
                        + AggregationRules.RATE_WINDOW
                        + " rate). Steady while the backlog grows: more windows close than"
                        + " before (new instruments, a backfill); falling: builds got slower.")
                .withTarget(interval(BUILD_RATE.series()), "{{interval}}")
                .unit(Unit.suffix(" bars/s"))
                .min(0)
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Bar build duration p50, p95, p99")
                .description(
                    "Time to build one bar, per bar interval ("
                        + AggregationRules.RATE_WINDOW
                        + "): p50 and p95 from the recordings, p99 from the buckets with its"
                        + " exemplars (dots) linking to the build's trace in Tempo. Slower builds"
                        + " with a growing backlog point at the data store or the pods' CPU.")
                .withTarget(interval(BUILD_P50.series()), "{{interval}} p50")
                .withTarget(interval(BUILD_P95.series()), "{{interval}} p95")
                .withTarget(PrometheusQuery.of(p99).legend("{{interval}} p99").exemplars())
                .unit(Units.SECONDS)
                .min(0)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX).atRight())
                .dataLinks(Correlation.tracesOf(AggregationMetrics.JOB))
                .span(12))
        .withPanel(
            builds
                .distribution(
                    "Bar build duration distribution",
                    "Bars per build-time bucket over time ("
                        + AggregationRules.RATE_WINDOW
                        + " rate); darker is more. Dots are exemplars linking to traces.")
                .unit(Unit.suffix(" bars/s")));
  }
}
