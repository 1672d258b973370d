package com.carbon254.observability.bundles.security;

import static com.carbon254.observability.bundles.security.SecurityMetrics.AUTH_FAILURES;
import static com.carbon254.observability.bundles.security.SecurityMetrics.ENTITLEMENT_DENIALS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.OPA_DECISIONS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.OPA_DECISION_DURATION;
import static com.carbon254.observability.bundles.security.SecurityRules.AUTH_FAILURE_MIN_PER_SECOND;
import static com.carbon254.observability.bundles.security.SecurityRules.AUTH_FAILURE_RATE;
import static com.carbon254.observability.bundles.security.SecurityRules.AUTH_FAILURE_RATIO;
import static com.carbon254.observability.bundles.security.SecurityRules.AUTH_FAILURE_RATIO_SPIKE;
import static com.carbon254.observability.bundles.security.SecurityRules.CACHE_MISS_RATIO;
import static com.carbon254.observability.bundles.security.SecurityRules.DENIAL_RATIO;
import static com.carbon254.observability.bundles.security.SecurityRules.ENTITLEMENT_CACHE_MISS_RATIO;
import static com.carbon254.observability.bundles.security.SecurityRules.OPA_DECISION_P95_SECONDS;
import static com.carbon254.observability.bundles.security.SecurityRules.OPA_DECISION_RATE;
import static com.carbon254.observability.bundles.security.SecurityRules.RATE_WINDOW;
import static com.carbon254.observability.bundles.security.SecurityRules.SECURITY_JOBS;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

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
import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.rules.Runbook;
import java.util.List;

/**
 * {@code dashboards/security/policy_decisions.json}: authentication failures by reason against the
 * failure-spike alert, entitlement denials and the entitlement cache's miss ratio against the
 * seed's ALERT_ENTITLEMENT_CACHE_MISS_SPIKE, and OPA's decisions by policy and result with their
 * latency (exemplars to Tempo, heatmap) against the decision-latency alert.
 */
final class PolicyDecisionsDashboard {
  private PolicyDecisionsDashboard() {}

  /**
   * The alerts' service labels: one per security service (a target-down alert carries its job's
   * service), and the domain for a job with no target at all.
   */
  static final List<String> SERVICES = List.of("auth", "entitlements", "opa", "security");

  /** OPA's service.name in traces: its scrape job. */
  static final String OPA_TRACE_SERVICE = "opa";

  /** How many rows the top denied policies table keeps. */
  static final int TOP = 10;

  static final List<Runbook> RUNBOOKS =
      List.of(
          runbook("auth-failure-spike"),
          runbook("entitlement-cache-miss-spike"),
          runbook("opa-decision-latency"),
          runbook("security-target-down"));

  /**
   * Every gateway request waits for an OPA decision: from slow decisions the on-call goes to the
   * gateway's latency to see what its users feel.
   */
  static final DashboardLink GATEWAY_OVERVIEW =
      DashboardLink.url("Gateway overview", "/d/gateway-overview?${__url_time_range}")
          .tooltip("Gateway latency, which includes every OPA decision");

  private static Runbook runbook(String slug) {
    return Runbook.fromResource(SecurityRules.class, slug);
  }

  static Dashboard build() {
    DomainDashboard header =
        DomainDashboard.of("security", "Policy decisions", "security-policy-decisions")
            .description(
                "Authentication failures by reason, entitlement denials and cache misses, OPA"
                    + " decisions by policy and their latency, against the security alerts.")
            .tags("opa", "red")
            .jobs(ScrapeTargets.UP.select().matching("job", SECURITY_JOBS))
            .keyLabel("reason", "Failure reason", AUTH_FAILURES.select().matching("job", "$job"))
            .keyLabel("policy", "Policy", OPA_DECISIONS.select().matching("job", "$job"))
            .services(SERVICES.toArray(String[]::new));
    RUNBOOKS.forEach(header::runbook);
    DashboardBuilder dashboard = header.builder();
    authentication(dashboard);
    entitlements(dashboard);
    opa(dashboard);
    return dashboard.build();
  }

  private static void authentication(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Authentication"))
        .withPanel(
            new TimeseriesPanelBuilder("Auth failures by reason")
                .description(
                    "Failed authentication attempts per second, by reason, "
                        + RATE_WINDOW
                        + " rate. invalid_credentials from few sources is credential stuffing;"
                        + " expired_token or invalid_signature from every client is a key rotation"
                        + " or an identity provider problem.")
                .withTarget(
                    sum(rate(
                            AUTH_FAILURES
                                .select()
                                .matching("job", "$job")
                                .matching("reason", "$reason")
                                .over(RATE_WINDOW)))
                        .by("reason"),
                    "{{reason}}")
                .unit(Unit.suffix(" failures/s"))
                .min(0)
                .stacking(StackingMode.NORMAL)
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Auth failure ratio")
                .description(
                    "Share of authentication attempts that failed, per service, over "
                        + RATE_WINDOW
                        + ". Above the red line for 10 minutes, at more than "
                        + Numbers.format(AUTH_FAILURE_MIN_PER_SECOND)
                        + " failure a second, ALERT_SECURITY_AUTH_FAILURE_SPIKE fires.")
                .withTarget(AUTH_FAILURE_RATIO.series().matching("job", "$job"), "{{job}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(AUTH_FAILURE_RATIO_SPIKE, Color.RED))
                .span(8))
        .withPanel(
            new StatPanelBuilder("Auth failures per second")
                .description(
                    "Failed authentications per second now, per service. Orange from "
                        + Numbers.format(AUTH_FAILURE_MIN_PER_SECOND)
                        + "/s: the failure-spike alert ignores a high ratio below that rate.")
                .withTarget(AUTH_FAILURE_RATE.series().matching("job", "$job"), "{{job}}")
                .unit(Unit.suffix(" failures/s"))
                .decimals(2)
                .thresholds(
                    Thresholds.absolute(Color.GREEN)
                        .step(AUTH_FAILURE_MIN_PER_SECOND, Color.ORANGE))
                .span(4));
  }

  private static void entitlements(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Entitlements"))
        .withPanel(
            new TimeseriesPanelBuilder("Entitlement denials by entitlement and reason")
                .description(
                    "Entitlement checks that denied access per second, by entitlement and reason"
                        + " (not_subscribed, expired...), "
                        + RATE_WINDOW
                        + " rate. A jump on one entitlement after a release is a broken"
                        + " subscription sync, not customers. (The failure reason variable narrows"
                        + " authentication failures only.)")
                .withTarget(
                    sum(rate(
                            ENTITLEMENT_DENIALS.select().matching("job", "$job").over(RATE_WINDOW)))
                        .by("entitlement", "reason"),
                    "{{entitlement}} {{reason}}")
                .unit(Unit.suffix(" denials/s"))
                .min(0)
                .stacking(StackingMode.NORMAL)
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Denial ratio by entitlement")
                .description(
                    "Share of each entitlement's checks that denied access, over "
                        + RATE_WINDOW
                        + ". A steady share is customers without a subscription; a step is a"
                        + " change on our side.")
                .withTarget(DENIAL_RATIO.series(), "{{entitlement}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Entitlement cache miss ratio")
                .description(
                    "Share of entitlement checks the cache could not answer, over "
                        + RATE_WINDOW
                        + "; each miss goes to OPA and the database. Above the red line for 15"
                        + " minutes, ALERT_ENTITLEMENT_CACHE_MISS_SPIKE fires: look for a cache"
                        + " flush, a restart or changed cache keys.")
                .withTarget(CACHE_MISS_RATIO.series().matching("job", "$job"), "{{job}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(ENTITLEMENT_CACHE_MISS_RATIO, Color.RED))
                .span(8));
  }

  private static Selector<SeriesKind.Counting> durationBuckets() {
    return OPA_DECISION_DURATION.bucket().matching("job", "$job").matching("policy", "$policy");
  }

  private static void opa(DashboardBuilder dashboard) {
    Selector<SeriesKind.Sampled> decisions =
        OPA_DECISION_RATE.series().matching("policy", "$policy");
    Latency latency =
        Latency.of(durationBuckets())
            .by("policy")
            .window(RATE_WINDOW)
            .target(OPA_DECISION_P95_SECONDS)
            .traces(OPA_TRACE_SERVICE);
    dashboard
        .withRow(new RowBuilder("OPA policy decisions"))
        .withPanel(
            new TimeseriesPanelBuilder("OPA decisions by policy and result")
                .description(
                    "Decisions per second, by policy and result (allow, deny, error), "
                        + RATE_WINDOW
                        + " rate. Errors mean the policy could not be evaluated (missing data,"
                        + " a bundle that failed to load): callers then deny by default.")
                .withTarget(decisions, "{{policy}} {{result}}")
                .unit(Unit.suffix(" decisions/s"))
                .min(0)
                .stacking(StackingMode.NORMAL)
                .overrides(
                    FieldOverride.byRegexp(".* deny").color(FieldColor.fixed(Color.RED)),
                    FieldOverride.byRegexp(".* error").color(FieldColor.fixed(Color.ORANGE)))
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(12))
        .withPanel(
            new TablePanelBuilder("Top denied policies")
                .description(
                    "The "
                        + TOP
                        + " policies denying most now, in denials per second over "
                        + RATE_WINDOW
                        + ". A policy new to this table after a bundle update is the change to"
                        + " check first.")
                .withTarget(
                    PrometheusQuery.of(decisions.where("result", "deny"))
                        .format(QueryFormat.TABLE)
                        .instant())
                .unit(Unit.suffix(" denials/s"))
                .decimals(3)
                .cellType(TableCellDisplayMode.COLOR_TEXT)
                .sortBy("Denials/s", true)
                .topRows(TOP, "Denials/s")
                .span(12))
        .withPanel(
            latency
                .percentiles(
                    "OPA decision latency p50, p95, p99 by policy",
                    "Time OPA takes to evaluate a decision, by policy, from the histogram buckets"
                        + " over "
                        + RATE_WINDOW
                        + ". Every gateway request waits for one. p95 above the red line for 10"
                        + " minutes fires ALERT_OPA_DECISION_LATENCY_HIGH. Dots are exemplars:"
                        + " click one to open the decision's trace in Tempo.")
                .panelLinks(GATEWAY_OVERVIEW))
        .withPanel(
            latency.distribution(
                "OPA decision time distribution",
                "Decisions per duration bucket over time, "
                    + RATE_WINDOW
                    + " rate; darker is more. A band above "
                    + Math.round(OPA_DECISION_P95_SECONDS * 1000)
                    + " ms is a policy loading external data; exemplars link to its traces."));
  }
}
