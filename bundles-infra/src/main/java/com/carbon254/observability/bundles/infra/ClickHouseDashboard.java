package com.carbon254.observability.bundles.infra;

import static com.carbon254.observability.bundles.infra.InfraAlerts.CLICKHOUSE_DISK_HIGH;
import static com.carbon254.observability.bundles.infra.InfraAlerts.CLICKHOUSE_QUERY_SATURATION_RATIO;
import static com.carbon254.observability.bundles.infra.InfraAlerts.KAFKA_LAG_GROWTH_PER_SECOND;
import static com.carbon254.observability.bundles.infra.InfraAlerts.KAFKA_LAG_MIN_MESSAGES;
import static com.carbon254.observability.bundles.infra.InfraAlerts.KAFKA_LAG_TREND;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_QUERY_DURATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_DISK_USAGE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_FAILED_RATE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_FAILED_RATIO;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_MAX_CONCURRENT_QUERIES;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_QUERY_RATE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_QUERY_SATURATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CONSUMER_LAG;
import static com.carbon254.observability.bundles.infra.InfraRecordings.RATE_WINDOW;
import static com.carbon254.observability.dsl.promql.Promql.deriv;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.BarGaugePanelBuilder;
import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.FieldColor;
import com.carbon254.observability.dsl.dashboard.FieldOverride;
import com.carbon254.observability.dsl.dashboard.Latency;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Unit;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.Runbook;
import java.util.List;

/**
 * {@code dashboards/infra/clickhouse_health.json}: ClickHouse as its clients see it (query
 * percentiles by query type, with exemplars and a heatmap, from the seed's {@code
 * clickhouse_query_duration_seconds}) and as the server reports it (query rate and failures,
 * concurrency against max_concurrent_queries, disk against ALERT_CLICKHOUSE_DISK_HIGH), and the
 * Kafka consumers that write into it, whose lag alert infra owns.
 *
 * <p>The job variable picks the client services whose latency is shown: the histogram is theirs,
 * and their service.name in traces is their job. The server panels read per-instance recordings.
 */
final class ClickHouseDashboard {
  private ClickHouseDashboard() {}

  /** The alerts' service labels: ClickHouse, the Kafka consumers, missing infra exporters. */
  static final List<String> SERVICES =
      List.of("clickhouse", "kafka", "infra", InfraScrapeTargets.KAFKA_EXPORTER_JOB);

  static final List<Runbook> RUNBOOKS =
      List.of(
          runbook("clickhouse-disk-high"),
          runbook("clickhouse-query-saturation"),
          runbook("kafka-consumer-lag-growth"),
          runbook("infra-target-down"));

  /**
   * The normalizer is the consumer group whose lag matters most: its lag turns into the data delay
   * ALERT_NORMALIZATION_LAG pages on, so from the lag the on-call goes to its dashboard (the data
   * processing bundle's uid).
   */
  static final DashboardLink NORMALIZATION_PIPELINE =
      DashboardLink.url("Normalization pipeline", "/d/normalization-pipeline?${__url_time_range}")
          .tooltip("The normalizer, the main consumer of these topics");

  private static Runbook runbook(String slug) {
    return Runbook.fromResource(InfraAlerts.class, slug);
  }

  static Dashboard build() {
    DomainDashboard header =
        DomainDashboard.of("infra", "ClickHouse health", "infra-clickhouse-health")
            .description(
                "ClickHouse query percentiles by query type (with traces), query rate and"
                    + " failures, concurrency and disk against their alerts, and the lag of the"
                    + " Kafka consumers writing into it.")
            .tags("clickhouse", "use")
            .jobs(CLICKHOUSE_QUERY_DURATION.count())
            .keyLabel(
                "query_type",
                "Query type",
                CLICKHOUSE_QUERY_DURATION.count().matching("job", "$job"))
            .keyLabel("instance", "ClickHouse server", CLICKHOUSE_DISK_USAGE.series())
            .keyLabel("consumergroup", "Consumer group", CONSUMER_LAG.series())
            .services(SERVICES.toArray(String[]::new));
    RUNBOOKS.forEach(header::runbook);
    DashboardBuilder dashboard = header.builder();
    queries(dashboard);
    server(dashboard);
    kafka(dashboard);
    return dashboard.build();
  }

  private static Selector<SeriesKind.Counting> buckets() {
    return CLICKHOUSE_QUERY_DURATION
        .bucket()
        .matching("job", "$job")
        .matching("query_type", "$query_type");
  }

  private static Selector<SeriesKind.Sampled> onServers(RecordingRule recording) {
    return recording.series().matching("instance", "$instance");
  }

  private static void queries(DashboardBuilder dashboard) {
    Latency latency =
        Latency.of(buckets())
            .by("job", "query_type")
            .window(RATE_WINDOW)
            .traces("${__field.labels.job}");
    dashboard
        .withRow(new RowBuilder("Queries, as the clients see them"))
        .withPanel(
            latency.percentiles(
                "Query latency p50, p95, p99 by query type",
                "ClickHouse query time as each client service measures it, by query type, from"
                    + " the buckets of "
                    + CLICKHOUSE_QUERY_DURATION.name()
                    + " over "
                    + RATE_WINDOW
                    + ". Dots are exemplars: click one to open the query's trace in Tempo. A p99"
                    + " far above p95 means a few heavy scans; all three rising together means the"
                    + " server is saturated (see concurrency below)."))
        .withPanel(
            latency.distribution(
                "Query latency distribution",
                "Queries per duration bucket over time, "
                    + RATE_WINDOW
                    + " rate; darker is more. A second band appearing above the usual one is"
                    + " a new slow query shape; exemplars link to its traces."))
        .withPanel(
            new TimeseriesPanelBuilder("Query rate by query type")
                .description(
                    "Queries per second the client services send, by query type, "
                        + RATE_WINDOW
                        + " rate. A jump here before a latency rise is load, not a slow server.")
                .withTarget(
                    sum(rate(
                            CLICKHOUSE_QUERY_DURATION
                                .count()
                                .matching("job", "$job")
                                .matching("query_type", "$query_type")
                                .over(RATE_WINDOW)))
                        .by("query_type"),
                    "{{query_type}}")
                .unit(Units.OPS_PER_SECOND)
                .min(0)
                .span(24));
  }

  private static void server(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Server: failures, concurrency, disk"))
        .withPanel(
            new TimeseriesPanelBuilder("Server queries and failures per second")
                .description(
                    "Queries each ClickHouse server started and those that failed (profile events"
                        + " Query and FailedQuery), "
                        + RATE_WINDOW
                        + " rate. Failures with a flat query rate are bad queries or a broken"
                        + " table; failures rising with concurrency are TOO_MANY_SIMULTANEOUS_QUERIES.")
                .withTarget(onServers(CLICKHOUSE_QUERY_RATE), "{{instance}} queries")
                .withTarget(onServers(CLICKHOUSE_FAILED_RATE), "{{instance}} failed")
                .unit(Units.OPS_PER_SECOND)
                .min(0)
                .overrides(FieldOverride.byRegexp(".* failed").color(FieldColor.fixed(Color.RED)))
                .span(8))
        .withPanel(
            new StatPanelBuilder("Failed query ratio")
                .description(
                    "Share of the server's queries that failed over "
                        + RATE_WINDOW
                        + ", per server. Read it with the failures graph: a high ratio at a low"
                        + " rate is one broken client.")
                .withTarget(onServers(CLICKHOUSE_FAILED_RATIO), "{{instance}}")
                .unit(Units.PERCENT_UNIT)
                .decimals(2)
                .span(4))
        .withPanel(
            new TimeseriesPanelBuilder("Concurrent queries, share of the limit")
                .description(
                    "Queries running, averaged over "
                        + RATE_WINDOW
                        + ", as a share of max_concurrent_queries ("
                        + Numbers.format(CLICKHOUSE_MAX_CONCURRENT_QUERIES)
                        + "). Above the red line for 10 minutes,"
                        + " ALERT_CLICKHOUSE_QUERY_SATURATION fires; at 100% new queries fail with"
                        + " TOO_MANY_SIMULTANEOUS_QUERIES. Find the slow or repeated queries in"
                        + " system.processes.")
                .withTarget(onServers(CLICKHOUSE_QUERY_SATURATION), "{{instance}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(
                    Thresholds.absolute(Color.GREEN)
                        .step(CLICKHOUSE_QUERY_SATURATION_RATIO, Color.RED))
                .span(12))
        .withPanel(
            new BarGaugePanelBuilder("Disk used")
                .description(
                    "Share of each server's default disk in use now. Red from "
                        + Math.round(CLICKHOUSE_DISK_HIGH * 100)
                        + "%, ALERT_CLICKHOUSE_DISK_HIGH's threshold: merges need free space as"
                        + " large as the parts they merge. Check the largest tables and their TTLs.")
                .withTarget(
                    PrometheusQuery.of(onServers(CLICKHOUSE_DISK_USAGE))
                        .legend("{{instance}}")
                        .instant())
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(Thresholds.absolute(Color.GREEN).step(CLICKHOUSE_DISK_HIGH, Color.RED))
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Disk used over time")
                .description(
                    "The disk usage of the bar gauge over time: the slope tells how long until the"
                        + " red line (ALERT_CLICKHOUSE_DISK_HIGH) and until full.")
                .withTarget(onServers(CLICKHOUSE_DISK_USAGE), "{{instance}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(Thresholds.absolute(Color.GREEN).step(CLICKHOUSE_DISK_HIGH, Color.RED))
                .span(12));
  }

  private static void kafka(DashboardBuilder dashboard) {
    Selector<SeriesKind.Sampled> lag =
        CONSUMER_LAG.series().matching("consumergroup", "$consumergroup");
    Vector growth = deriv(lag.over(KAFKA_LAG_TREND));
    dashboard
        .withRow(new RowBuilder("Kafka consumers writing into ClickHouse"))
        .withPanel(
            new TimeseriesPanelBuilder("Consumer lag by group and topic")
                .description(
                    "Messages each consumer group has not committed yet, summed over the topic's"
                        + " partitions (kafka_exporter). Above the orange line ("
                        + Numbers.format(KAFKA_LAG_MIN_MESSAGES)
                        + " messages) and still growing for 15 minutes,"
                        + " ALERT_KAFKA_CONSUMER_LAG_GROWTH fires: data in ClickHouse gets stale.")
                .withTarget(lag, "{{consumergroup}} {{topic}}")
                .unit(Unit.suffix(" messages"))
                .min(0)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(KAFKA_LAG_MIN_MESSAGES, Color.ORANGE))
                .legend(Legend.table(ReducerId.MAX, ReducerId.LAST_NOT_NULL))
                .panelLinks(NORMALIZATION_PIPELINE)
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Consumer lag growth")
                .description(
                    "How fast the lag grows, in messages per second, from its trend over the last "
                        + KAFKA_LAG_TREND
                        + " (deriv, as the lag alert reads it). Above the red line at "
                        + Numbers.format(KAFKA_LAG_GROWTH_PER_SECOND)
                        + " the consumers read slower than producers write.")
                .withTarget(growth, "{{consumergroup}} {{topic}}")
                .unit(Units.MESSAGES_PER_SECOND)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(KAFKA_LAG_GROWTH_PER_SECOND, Color.RED))
                .span(12));
  }
}
