package com.carbon254.observability.bundles.access;

import static com.carbon254.observability.bundles.access.StreamingMetrics.ACTIVE_CONNECTIONS;
import static com.carbon254.observability.bundles.access.StreamingMetrics.DELIVERY_LATENCY;
import static com.carbon254.observability.bundles.access.StreamingMetrics.MESSAGES_PUBLISHED;
import static com.carbon254.observability.bundles.access.StreamingRules.CHURN_DROPPED_SHARE_5M;
import static com.carbon254.observability.bundles.access.StreamingRules.CHURN_MIN_DROPS_PER_SECOND;
import static com.carbon254.observability.bundles.access.StreamingRules.CLOSED_RATE_BY_TENANT;
import static com.carbon254.observability.bundles.access.StreamingRules.DELIVERED_RATE_BY_JOB;
import static com.carbon254.observability.bundles.access.StreamingRules.DELIVERY_P95_SPIKE_SECONDS;
import static com.carbon254.observability.bundles.access.StreamingRules.DROPPED_RATE;
import static com.carbon254.observability.bundles.access.StreamingRules.DROPPED_SHARE;
import static com.carbon254.observability.bundles.access.StreamingRules.OPENED_RATE_BY_TENANT;
import static com.carbon254.observability.bundles.access.StreamingRules.OPEN_CONNECTIONS_BY_TENANT;
import static com.carbon254.observability.bundles.access.StreamingRules.PUBLISHED_RATE_BY_JOB;
import static com.carbon254.observability.bundles.access.StreamingRules.RATE_WINDOW;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.bundles.access.StreamingMetrics.CloseReason;
import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.DataLink;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.FieldColor;
import com.carbon254.observability.dsl.dashboard.FieldOverride;
import com.carbon254.observability.dsl.dashboard.Latency;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.QueryFormat;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.StackingMode;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.TableCellDisplayMode;
import com.carbon254.observability.dsl.dashboard.TablePanelBuilder;
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
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.slo.SloRules;
import java.util.List;

/**
 * {@code dashboards/access/streaming_ws.json}: the streaming service's connections and throughput
 * (the platform design, section 11). Connections are per tenant (the catalog's key label), messages
 * and delivery latency per channel; both are variables. Connection and message panels read the
 * streaming recordings; the churn panels read exactly the series the churn alert compares, against
 * its threshold constants; latency reads the raw buckets for their exemplars.
 */
final class StreamingDashboard {
  private StreamingDashboard() {}

  static final String UID = "access-streaming-ws";

  /** The streaming alerts' {@code service} label (the delivery SLO's alerts carry it too). */
  static final String SERVICE = "streaming";

  /** The service.name of the streaming service's spans: its scrape job, as for the gateway. */
  static final String TRACE_SERVICE = StreamingRules.JOB;

  private static final String TENANT = "tenant_id";
  private static final String CHANNEL = "channel";

  private static final Unit CONNECTIONS = Unit.suffix(" conn");
  private static final Unit CONNECTIONS_PER_SECOND = Unit.suffix(" conn/s");

  private static final Slo DELIVERY_SLO = AccessSlos.streamingDelivery().build();

  /** The delivery SLO's objective (99.9%) as a share: the SLI panels turn red below it. */
  static final double DELIVERY_OBJECTIVE = DELIVERY_SLO.objectiveRatio().doubleValue();

  private static final Runbook DELIVERY_SLO_RUNBOOK = SloRules.of(DELIVERY_SLO).runbook();

  private static final Thresholds DELIVERY_THRESHOLDS =
      Thresholds.absolute(Color.RED).step(DELIVERY_OBJECTIVE, Color.GREEN);

  private static final String CHURN_FOR =
      AccessDashboards.pendingFor(StreamingRules.connectionChurn());

  private static final Runbook CHURN_RUNBOOK =
      Runbook.fromResource(StreamingRules.class, "streaming-connection-churn");

  private static final Runbook LATENCY_RUNBOOK =
      Runbook.fromResource(StreamingRules.class, "streaming-latency-spike");

  /** The runbooks of every alert on the page: streaming's, its SLO's and its scrape targets'. */
  static List<Runbook> runbooks() {
    return AccessDashboards.runbooksOf(
        List.of(StreamingRules::alerts, AccessTargets::alerts),
        List.of(AccessSlos::streamingDelivery));
  }

  static Dashboard build() {
    DomainDashboard header =
        DomainDashboard.of(AccessDashboards.DOMAIN, "Streaming connections and throughput", UID)
            .description(
                "The WebSocket streaming service: open connections by tenant, connections opened"
                    + " and dropped against the churn alert, messages published and delivered (the"
                    + " delivery SLO) and delivery latency by channel.")
            .tags("streaming", "red")
            .jobs(ACTIVE_CONNECTIONS.select())
            .keyLabel(TENANT, "Tenant", ACTIVE_CONNECTIONS.select().matching("job", "$job"))
            .keyLabel(CHANNEL, "Channel", MESSAGES_PUBLISHED.select().matching("job", "$job"))
            .services(SERVICE, AccessDashboards.TARGETS_MISSING_SERVICE);
    runbooks().forEach(header::runbook);
    DashboardBuilder dashboard = header.builder();
    now(dashboard);
    connections(dashboard);
    messages(dashboard);
    latency(dashboard);
    return dashboard.build();
  }

  /** The four numbers to read first: connections, the churn alert's two inputs and the SLI. */
  private static void now(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Streaming now"));
    dashboard.withPanel(
        new StatPanelBuilder("Open connections")
            .description(
                "WebSocket connections open now on the chosen jobs and tenants, with the trend over"
                    + " the time range. A sudden fall is clients cut off (see the closes by"
                    + " reason below); a slow fall after market close is normal.")
            .withTarget(sum(perTenant(OPEN_CONNECTIONS_BY_TENANT)), "open connections")
            .unit(CONNECTIONS)
            .span(6));
    dashboard.withPanel(
        new StatPanelBuilder("Dropped share of open connections")
            .description(
                "Connections dropped (closed for any reason but a client close, a drain or a token"
                    + " expiry) over the last "
                    + RATE_WINDOW
                    + ", as a share of those open, per job: the churn alert's first condition. Red"
                    + " from "
                    + AccessDashboards.percent(CHURN_DROPPED_SHARE_5M)
                    + "; the alert fires when both this and drops per second stay red for "
                    + CHURN_FOR
                    + ". All"
                    + " tenants: the alert does not look at one tenant.")
            .withTarget(perJob(DROPPED_SHARE), "{{job}}")
            .unit(Units.PERCENT_UNIT)
            .decimals(1)
            .thresholds(Thresholds.absolute(Color.GREEN).step(CHURN_DROPPED_SHARE_5M, Color.RED))
            .panelLinks(DashboardLink.runbook("Runbook: " + CHURN_RUNBOOK.title(), CHURN_RUNBOOK))
            .span(6));
    dashboard.withPanel(
        new StatPanelBuilder("Drops per second")
            .description(
                "Connections dropped per second per job, "
                    + RATE_WINDOW
                    + " rate: the churn alert's second condition, which keeps a few flaky clients"
                    + " on a small instance from alerting. Red from "
                    + Numbers.format(CHURN_MIN_DROPS_PER_SECOND)
                    + " a second. All tenants.")
            .withTarget(perJob(DROPPED_RATE), "{{job}}")
            .unit(CONNECTIONS_PER_SECOND)
            .decimals(2)
            .thresholds(
                Thresholds.absolute(Color.GREEN).step(CHURN_MIN_DROPS_PER_SECOND, Color.RED))
            .span(6));
    dashboard.withPanel(
        new StatPanelBuilder("Delivery ratio (SLI)")
            .description(
                "Messages written to subscribers' sockets as a share of those owed to them, over"
                    + " the last "
                    + RATE_WINDOW
                    + " on the chosen jobs and channels: the streaming delivery SLO's indicator. Red"
                    + " below the objective of "
                    + DELIVERY_SLO.objectiveText()
                    + "; the SLO's burn-rate alerts tell whether the budget is at risk.")
            .withTarget(deliveryRatio(), "delivered")
            .unit(Units.PERCENT_UNIT)
            .decimals(3)
            .thresholds(DELIVERY_THRESHOLDS)
            .span(6));
  }

  private static void connections(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Connections"));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Open connections by tenant")
            .description(
                "WebSocket connections open per tenant, stacked: the top edge is the total. One"
                    + " tenant's band shrinking alone is that tenant's clients or network; all"
                    + " shrinking together is ours.")
            .withTarget(sum(perTenant(OPEN_CONNECTIONS_BY_TENANT)).by(TENANT), "{{tenant_id}}")
            .unit(CONNECTIONS)
            .min(0)
            .stacking(StackingMode.NORMAL)
            .fillOpacity(20)
            .legend(Legend.table(ReducerId.LAST, ReducerId.MAX))
            .span(16)
            .height(9));
    dashboard.withPanel(topTenants());
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Connections opened and closed")
            .description(
                "Connections accepted per second (green) against closes per second by reason, "
                    + RATE_WINDOW
                    + " rate, on the chosen tenants. Client closes, drains and token expiries are"
                    + " planned; idle timeouts, slow consumers and errors are drops. Opens"
                    + " tracking drops is a reconnect loop; opens far below drops is clients"
                    + " giving up.")
            .withTarget(sum(perTenant(OPENED_RATE_BY_TENANT)), "opened")
            .withTarget(sum(perTenant(CLOSED_RATE_BY_TENANT)).by("reason"), "closed: {{reason}}")
            .unit(CONNECTIONS_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .overrides(FieldOverride.byName("opened").color(FieldColor.fixed(Color.GREEN)))
            .span(12)
            .height(9));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Connection churn against the alert threshold")
            .description(
                "Connections dropped over the last "
                    + RATE_WINDOW
                    + " as a share of those open, per job: the series the churn alert compares"
                    + " with its "
                    + AccessDashboards.percent(CHURN_DROPPED_SHARE_5M)
                    + " threshold (the dashed red line). Above it for "
                    + CHURN_FOR
                    + ", with more than "
                    + Numbers.format(CHURN_MIN_DROPS_PER_SECOND)
                    + " drops a second, the alert fires. All tenants.")
            .withTarget(perJob(DROPPED_SHARE), "{{job}}")
            .unit(Units.PERCENT_UNIT)
            .min(0)
            .thresholds(Thresholds.absolute(Color.GREEN).step(CHURN_DROPPED_SHARE_5M, Color.RED))
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .panelLinks(DashboardLink.runbook("Runbook: " + CHURN_RUNBOOK.title(), CHURN_RUNBOOK))
            .span(12)
            .height(9));
  }

  /** The tenants with the most connections, with how fast each connects and is dropped. */
  private static TablePanelBuilder topTenants() {
    Vector open = sum(perTenant(OPEN_CONNECTIONS_BY_TENANT)).by(TENANT);
    Vector dropped =
        sum(perTenant(CLOSED_RATE_BY_TENANT).notMatching("reason", CloseReason.PLANNED)).by(TENANT);
    return new TablePanelBuilder("Top tenants by connections")
        .description(
            "Tenants by connections open now, most first, with connections opened and dropped per"
                + " second over the last "
                + RATE_WINDOW
                + ". Drops are red where one tenant alone passes the churn alert's floor of "
                + Numbers.format(CHURN_MIN_DROPS_PER_SECOND)
                + " a second; a tenant whose drops are a large part of its opens is in a reconnect"
                + " loop."
                + " Click a tenant to narrow the dashboard to it.")
        .withTarget(PrometheusQuery.of(open).format(QueryFormat.TABLE).instant())
        .withTarget(
            PrometheusQuery.of(sum(perTenant(OPENED_RATE_BY_TENANT)).by(TENANT))
                .format(QueryFormat.TABLE)
                .instant())
        // A tenant without drops has no series of a dropping reason: show it as 0, not blank.
        .withTarget(PrometheusQuery.of(dropped.or(open.mul(0))).format(QueryFormat.TABLE).instant())
        // One row per tenant: merge the three queries on their tenant_id column, drop the time.
        .rawJson(
            "{\"transformations\": [{\"id\": \"merge\", \"options\": {}},"
                + " {\"id\": \"organize\", \"options\": {\"excludeByName\": {\"Time\": true},"
                + " \"indexByName\": {\"tenant_id\": 0, \"Value #A\": 1, \"Value #B\": 2,"
                + " \"Value #C\": 3}}}]}")
        .unit(Units.NONE)
        .sortBy("Open", true)
        .filterable()
        .overrides(
            FieldOverride.byName(TENANT)
                .displayName("Tenant")
                .links(
                    DataLink.to(
                        "Narrow the streaming dashboard to ${__value.raw}",
                        "/d/"
                            + UID
                            + "?${job:queryparam}&var-tenant_id=${__value.raw}&${__url_time_range}")),
            FieldOverride.byName("Value #A").displayName("Open").unit(CONNECTIONS),
            FieldOverride.byName("Value #B")
                .displayName("Opened/s")
                .unit(CONNECTIONS_PER_SECOND)
                .decimals(2),
            FieldOverride.byName("Value #C")
                .displayName("Dropped/s")
                .unit(CONNECTIONS_PER_SECOND)
                .decimals(2)
                .thresholds(
                    Thresholds.absolute(Color.TEXT).step(CHURN_MIN_DROPS_PER_SECOND, Color.RED))
                .cellType(TableCellDisplayMode.COLOR_TEXT))
        .span(8)
        .height(9);
  }

  private static void messages(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Messages"));
    Vector published = sum(perChannel(PUBLISHED_RATE_BY_JOB));
    Vector delivered = sum(perChannel(DELIVERED_RATE_BY_JOB));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Messages published and delivered")
            .description(
                "Messages owed to subscribers (one per message and subscriber) and messages written"
                    + " to their sockets, per second, "
                    + RATE_WINDOW
                    + " rate, on the chosen channels. The red line is the difference: messages"
                    + " dropped for slow or vanished subscribers.")
            .withTarget(published, "published")
            .withTarget(delivered, "delivered")
            .withTarget(published.minus(delivered), "not delivered")
            .unit(Units.MESSAGES_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .overrides(
                FieldOverride.byName("published").color(FieldColor.fixed(Color.BLUE)),
                FieldOverride.byName("delivered").color(FieldColor.fixed(Color.GREEN)),
                FieldOverride.byName("not delivered").color(FieldColor.fixed(Color.RED)))
            .span(12)
            .height(9));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Delivery ratio by channel (SLI)")
            .description(
                "Share of the messages owed on each channel that were delivered, "
                    + RATE_WINDOW
                    + " window: the delivery SLO's indicator per channel. The dashed line is the"
                    + " objective, "
                    + DELIVERY_SLO.objectiveText()
                    + "; a channel below it spends the error budget. Read the messages panel for"
                    + " how many that is.")
            .withTarget(
                sum(perChannel(DELIVERED_RATE_BY_JOB))
                    .by(CHANNEL)
                    .div(sum(perChannel(PUBLISHED_RATE_BY_JOB)).by(CHANNEL)),
                "{{channel}}")
            .unit(Units.PERCENT_UNIT)
            .decimals(3)
            .max(1)
            .thresholds(DELIVERY_THRESHOLDS)
            .legend(Legend.table(ReducerId.MIN, ReducerId.MEAN))
            .panelLinks(
                DashboardLink.runbook(
                    "Runbook: " + DELIVERY_SLO_RUNBOOK.title(), DELIVERY_SLO_RUNBOOK))
            .span(12)
            .height(9));
  }

  private static void latency(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Delivery latency"));
    Latency latency =
        Latency.of(buckets())
            .by(CHANNEL)
            .window(RATE_WINDOW)
            .target(DELIVERY_P95_SPIKE_SECONDS)
            .traces(TRACE_SERVICE);
    dashboard.withPanel(
        latency
            .percentiles(
                "Delivery latency p50, p95, p99",
                "Time from a message queued for a subscriber to its socket write, percentiles per"
                    + " channel from the histogram buckets, "
                    + RATE_WINDOW
                    + " window. The dashed red line is the latency-spike alert's p95 threshold ("
                    + Math.round(DELIVERY_P95_SPIKE_SECONDS * 1000)
                    + " ms, for "
                    + AccessDashboards.pendingFor(StreamingRules.deliveryLatencySpike())
                    + "). Dots are exemplars: click one to open its trace in"
                    + " Tempo.")
            .panelLinks(
                DashboardLink.runbook("Runbook: " + LATENCY_RUNBOOK.title(), LATENCY_RUNBOOK))
            .height(9));
    dashboard.withPanel(
        latency
            .distribution(
                "Delivery latency distribution",
                "Deliveries per latency bucket over time on the chosen channels, "
                    + RATE_WINDOW
                    + " rate; darker is more. A second band above the main one is a group of"
                    + " subscribers whose queues back up. Dots are exemplars linking to traces.")
            .height(9));
  }

  /** A recording with job and tenant_id, narrowed to the chosen ones. */
  private static Selector<SeriesKind.Sampled> perTenant(RecordingRule recording) {
    return recording.series().matching("job", "$job").matching(TENANT, "$" + TENANT);
  }

  /** A recording with job and channel, narrowed to the chosen ones. */
  private static Selector<SeriesKind.Sampled> perChannel(RecordingRule recording) {
    return recording.series().matching("job", "$job").matching(CHANNEL, "$" + CHANNEL);
  }

  /** One of the churn alert's recordings: per job only, as the alert reads it. */
  private static Selector<SeriesKind.Sampled> perJob(RecordingRule recording) {
    return recording.series().matching("job", "$job");
  }

  private static Selector<SeriesKind.Counting> buckets() {
    return DELIVERY_LATENCY.bucket().matching("job", "$job").matching(CHANNEL, "$" + CHANNEL);
  }

  private static Vector deliveryRatio() {
    return sum(perChannel(DELIVERED_RATE_BY_JOB)).div(sum(perChannel(PUBLISHED_RATE_BY_JOB)));
  }
}
