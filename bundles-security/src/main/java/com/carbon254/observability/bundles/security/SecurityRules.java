package com.carbon254.observability.bundles.security;

import static com.carbon254.observability.bundles.security.SecurityMetrics.AUTH_ATTEMPTS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.AUTH_FAILURES;
import static com.carbon254.observability.bundles.security.SecurityMetrics.ENTITLEMENT_CACHE_HITS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.ENTITLEMENT_CACHE_MISSES;
import static com.carbon254.observability.bundles.security.SecurityMetrics.ENTITLEMENT_CHECKS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.ENTITLEMENT_DENIALS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.OPA_DECISIONS;
import static com.carbon254.observability.bundles.security.SecurityMetrics.OPA_DECISION_DURATION;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TargetAlerts;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Security KPIs (recording-rules.yaml) and alerts (alerts/RED/security_red.yaml). */
final class SecurityRules {
  private SecurityRules() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /**
   * A quarter of all authentication attempts failing: day to day, typos and expired tokens stay in
   * single-digit percents; a quarter means credential stuffing, a broken identity provider or a
   * client release sending bad tokens.
   */
  static final double AUTH_FAILURE_RATIO_SPIKE = 0.25;

  /**
   * At least one failure a second: below it, a high ratio is a handful of users at night, which no
   * one should act on.
   */
  static final double AUTH_FAILURE_MIN_PER_SECOND = 1;

  /**
   * 50 ms at p95 for one OPA decision: every gateway request waits for one, and the gateway's
   * latency objective is 150 ms at p95, so a policy taking a third of it needs attention.
   */
  static final double OPA_DECISION_P95_SECONDS = 0.05;

  /** The seed's ALERT_ENTITLEMENT_CACHE_MISS_SPIKE: miss ratio above 0.4 for 15 minutes. */
  static final double ENTITLEMENT_CACHE_MISS_RATIO = 0.4;

  /** The scrape jobs of the security services, as their ServiceMonitors name them. */
  static final String SECURITY_JOBS = "auth|entitlements|opa";

  // Recordings

  static final RecordingRule AUTH_FAILURES_BY_REASON =
      RecordingRule.named("reason:security_auth_failures:rate5m")
          .expr(sum(rate(AUTH_FAILURES.select().over(RATE_WINDOW))).by("reason"));

  static final RecordingRule AUTH_FAILURE_RATE =
      RecordingRule.named("job:security_auth_failures:rate5m")
          .expr(sum(rate(AUTH_FAILURES.select().over(RATE_WINDOW))).by("job"));

  static final RecordingRule AUTH_FAILURE_RATIO =
      RecordingRule.named("job:security_auth_failures:ratio_rate5m")
          .expr(
              sum(rate(AUTH_FAILURES.select().over(RATE_WINDOW)))
                  .by("job")
                  .div(sum(rate(AUTH_ATTEMPTS.select().over(RATE_WINDOW))).by("job")));

  static final RecordingRule DENIAL_RATIO =
      RecordingRule.named("entitlement:security_entitlement_denials:ratio_rate5m")
          .expr(
              sum(rate(ENTITLEMENT_DENIALS.select().over(RATE_WINDOW)))
                  .by("entitlement")
                  .div(sum(rate(ENTITLEMENT_CHECKS.select().over(RATE_WINDOW))).by("entitlement")));

  static final RecordingRule CACHE_MISS_RATIO =
      RecordingRule.named("job:security_entitlement_cache_misses:ratio_rate5m")
          .expr(
              sum(rate(ENTITLEMENT_CACHE_MISSES.select().over(RATE_WINDOW)))
                  .by("job")
                  .div(
                      sum(rate(ENTITLEMENT_CACHE_HITS.select().over(RATE_WINDOW)))
                          .by("job")
                          .plus(
                              sum(rate(ENTITLEMENT_CACHE_MISSES.select().over(RATE_WINDOW)))
                                  .by("job"))));

  static final RecordingRule OPA_DECISION_RATE =
      RecordingRule.named("policy_result:security_opa_decisions:rate5m")
          .expr(sum(rate(OPA_DECISIONS.select().over(RATE_WINDOW))).by("policy", "result"));

  static final String OPA_LATENCY =
      "policy:security_opa_decision_duration_seconds:histogram_quantile5m";

  static RecordingRule opaLatency(double quantile) {
    return RecordingRule.named(OPA_LATENCY)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(OPA_DECISION_DURATION.bucket().over(RATE_WINDOW))).by("le", "policy")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule OPA_P50 = opaLatency(0.5);
  static final RecordingRule OPA_P95 = opaLatency(0.95);
  static final RecordingRule OPA_P99 = opaLatency(0.99);

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("security-recordings")
        .rule(AUTH_FAILURES_BY_REASON)
        .rule(AUTH_FAILURE_RATE)
        .rule(AUTH_FAILURE_RATIO)
        .rule(DENIAL_RATIO)
        .rule(CACHE_MISS_RATIO)
        .rule(OPA_DECISION_RATE)
        .rule(OPA_P50)
        .rule(OPA_P95)
        .rule(OPA_P99)
        .scenario(aQuietMorning());
  }

  private static final String POLICY = "gateway/authz";
  private static final Map<String, String> ON_POLICY = Map.of("policy", POLICY);

  /**
   * Per minute: 300 logins, 24 failing (20 bad passwords, 4 expired tokens); 200 checks of the
   * curves entitlement, 10 denied; 180 cache hits and 20 misses; 95 allows and 5 denies, 10 of 100
   * decisions within 1 ms, 50 within 5 ms, 90 within 25 ms, all within 100 ms: p50 5 ms, p95 50 ms,
   * p99 90 ms.
   */
  private static RecordingScenario.Builder aQuietMorning() {
    return RecordingScenario.named(
            "a quiet morning: 8% of logins failing, 5% denials, 10% cache misses")
        .input(TestSeries.of(authFailures("invalid_credentials")).rising(20, 30))
        .input(TestSeries.of(authFailures("expired_token")).rising(4, 30))
        .input(TestSeries.of(authAttempts("password")).rising(300, 30))
        .input(
            TestSeries.of(
                    ENTITLEMENT_CHECKS
                        .select()
                        .where("job", "entitlements")
                        .where("entitlement", "curves"))
                .rising(200, 30))
        .input(
            TestSeries.of(
                    ENTITLEMENT_DENIALS
                        .select()
                        .where("job", "entitlements")
                        .where("entitlement", "curves")
                        .where("reason", "not_subscribed"))
                .rising(10, 30))
        .input(TestSeries.of(cacheHits()).rising(180, 30))
        .input(TestSeries.of(cacheMisses()).rising(20, 30))
        .input(
            TestSeries.of(
                    OPA_DECISIONS
                        .select()
                        .where("job", "opa")
                        .where("policy", POLICY)
                        .where("result", "allow"))
                .rising(95, 30))
        .input(
            TestSeries.of(
                    OPA_DECISIONS
                        .select()
                        .where("job", "opa")
                        .where("policy", POLICY)
                        .where("result", "deny"))
                .rising(5, 30))
        .inputs(opaDurations(30, 10, 30, 50, 70, 90, 95, 100, 100, 100, 100, 100))
        .expect("30m", AUTH_FAILURES_BY_REASON, Map.of("reason", "invalid_credentials"), 20.0 / 60)
        .expect("30m", AUTH_FAILURE_RATE, Map.of("job", "auth"), 24.0 / 60)
        .expect("30m", AUTH_FAILURE_RATIO, Map.of("job", "auth"), 0.08)
        .expect("30m", DENIAL_RATIO, Map.of("entitlement", "curves"), 0.05)
        .expect("30m", CACHE_MISS_RATIO, Map.of("job", "entitlements"), 0.1)
        .expect("30m", OPA_DECISION_RATE, Map.of("policy", POLICY, "result", "deny"), 5.0 / 60)
        .expect("30m", OPA_P50, ON_POLICY, 0.005)
        .expect("30m", OPA_P95, ON_POLICY, 0.05)
        .expect("30m", OPA_P99, ON_POLICY, 0.09);
  }

  private static Selector<SeriesKind.Counting> authFailures(String reason) {
    return AUTH_FAILURES.select().where("job", "auth").where("reason", reason);
  }

  private static Selector<SeriesKind.Counting> authAttempts(String method) {
    return AUTH_ATTEMPTS.select().where("job", "auth").where("method", method);
  }

  private static Selector<SeriesKind.Counting> cacheHits() {
    return ENTITLEMENT_CACHE_HITS.select().where("job", "entitlements");
  }

  private static Selector<SeriesKind.Counting> cacheMisses() {
    return ENTITLEMENT_CACHE_MISSES.select().where("job", "entitlements");
  }

  /**
   * The decision-time buckets of the gateway's policy: cumulative counts per minute, for {@code
   * minutes}.
   */
  private static List<TestSeries> opaDurations(int minutes, double... perMinute) {
    return TestSeries.histogram(
        OPA_DECISION_DURATION, Map.of("job", "opa", "policy", POLICY), minutes, perMinute);
  }

  // Alerts

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("security-red")
        .rule(authFailureSpike())
        .rule(opaDecisionLatency())
        .rule(entitlementCacheMissSpike())
        .rule(TARGETS.targetDown())
        .rule(TARGETS.targetsMissing());
  }

  private static final Map<String, String> AUTH_JOB = Map.of("job", "auth");

  static Alert.Builder authFailureSpike() {
    Vector spiking = AUTH_FAILURE_RATIO.series().isAbove(AUTH_FAILURE_RATIO_SPIKE);
    return Alert.named("ALERT_SECURITY_AUTH_FAILURE_SPIKE")
        .when(
            AUTH_FAILURE_RATIO
                .series()
                .above(AUTH_FAILURE_RATIO_SPIKE)
                .and(AUTH_FAILURE_RATE.series().above(AUTH_FAILURE_MIN_PER_SECOND)))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("auth")
        .summary("More than 25% of authentications on {{ $labels.job }} fail, over one a second.")
        .description(
            "For 10 minutes more than a quarter of the authentication attempts on {{ $labels.job }}"
                + " failed, at more than one failure a second. Either an attack (credential"
                + " stuffing from few sources) or a broken login path (identity provider, key"
                + " rotation, a client release); the failure reasons on"
                + " security/policy_decisions.json tell which.")
        .runbook(Runbook.fromResource(SecurityRules.class, "auth-failure-spike"))
        .scenario(
            // 300 logins a minute; failures jump from 3 to 80 a minute at 21m: the 5m ratio is
            // 21.5%
            // at 24m and 26.7% (1.33 a second) from 25m.
            AlertScenario.named(
                    "fires 10 minutes after a burst of bad passwords passes 25% of logins")
                .input(authAttempts(300, 60))
                .input(
                    TestSeries.of(authFailures("invalid_credentials")).rising(3, 20).rising(80, 40))
                .checking("24m", spiking, AUTH_JOB, false)
                .checking("25m", spiking, AUTH_JOB, true)
                .checking("35m", AUTH_FAILURE_RATE.series().isBelow(1.5), AUTH_JOB, true)
                // 80 of 300 logins a minute fail: 4/15, and 80/60 = 4/3 a second.
                .observing(4.0 / 15, 4.0 / 3)
                .firesAt("35m", AUTH_JOB))
        .scenario(
            AlertScenario.named("is still pending 9 minutes after the crossing")
                .input(authAttempts(300, 60))
                .input(
                    TestSeries.of(authFailures("invalid_credentials")).rising(3, 20).rising(80, 40))
                .observing(AUTH_JOB, 4.0 / 15, 4.0 / 3)
                .quietAt("34m"))
        .scenario(
            // Ten failures a second, but only 20% of a busy login flow.
            AlertScenario.named("stays quiet at 20% failing, however many fail")
                .input(authAttempts(3000, 60))
                .input(TestSeries.of(authFailures("invalid_credentials")).rising(600, 60))
                .checking("60m", AUTH_FAILURE_RATIO.series().isAbove(0.15), AUTH_JOB, true)
                .observing(AUTH_JOB, 0.2, 10)
                .quietAt("60m"))
        .scenario(
            // Half of 100 logins a minute fail: 0.83 failures a second.
            AlertScenario.named("stays quiet below one failure a second, however high the ratio")
                .input(authAttempts(100, 60))
                .input(TestSeries.of(authFailures("invalid_credentials")).rising(50, 60))
                .checking("60m", AUTH_FAILURE_RATE.series().isAbove(0.8), AUTH_JOB, true)
                .observing(AUTH_JOB, 0.5, 5.0 / 6)
                .quietAt("60m"));
  }

  private static TestSeries authAttempts(double perMinute, int minutes) {
    return TestSeries.of(authAttempts("password")).rising(perMinute, minutes);
  }

  private static final Map<String, String> OPA_P95_SERIES =
      Map.of("policy", POLICY, "quantile", "0.95");

  /** 100 decisions a minute, 85 within 25 ms and all within 50 ms: p95 is 41.7 ms. */
  private static final double[] FAST_DECISIONS = {10, 30, 50, 70, 85, 100, 100, 100, 100, 100, 100};

  /**
   * 100 decisions a minute, 85 within 25 ms, 92 within 50 ms, all within 100 ms: p95 is 68.75 ms.
   */
  private static final double[] SLOW_DECISIONS = {10, 30, 50, 70, 85, 92, 100, 100, 100, 100, 100};

  static Alert.Builder opaDecisionLatency() {
    Vector slow = OPA_P95.series().isAbove(OPA_DECISION_P95_SECONDS);
    return Alert.named("ALERT_OPA_DECISION_LATENCY_HIGH")
        .when(OPA_P95.series().above(OPA_DECISION_P95_SECONDS))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("opa")
        .summary("OPA policy {{ $labels.policy }} takes more than 50 ms at p95.")
        .description(
            "For 10 minutes, 5% of the decisions of policy {{ $labels.policy }} took longer than 50"
                + " ms. Every gateway request waits for its decision, so API latency rises with it;"
                + " check the policy's data size, bundle downloads and OPA's CPU"
                + " (security/policy_decisions.json).")
        .runbook(Runbook.fromResource(SecurityRules.class, "opa-decision-latency"))
        .scenario(
            // Fast decisions for 20 minutes, slow ones from 21m: the 5m p95 is 49.5 ms at 23m, 60.9
            // ms at 24m.
            AlertScenario.named("fires 10 minutes after decisions slow down past 50 ms at p95")
                .inputs(slowingDown())
                .checking("23m", slow, OPA_P95_SERIES, false)
                .checking("24m", slow, OPA_P95_SERIES, true)
                .checking("34m", OPA_P95.series().isBelow(0.075), OPA_P95_SERIES, true)
                .observing(0.06875)
                .firesAt("34m", OPA_P95_SERIES))
        .scenario(
            AlertScenario.named("is still pending 9 minutes after the crossing")
                .inputs(slowingDown())
                .observing(Map.of("policy", "gateway/authz", "quantile", "0.95"), 0.06875)
                .quietAt("33m"))
        .scenario(
            AlertScenario.named("stays quiet at 41.7 ms")
                .inputs(opaDurations(60, FAST_DECISIONS))
                .checking("60m", OPA_P95.series().isAbove(0.04), OPA_P95_SERIES, true)
                .observing(Map.of("policy", "gateway/authz", "quantile", "0.95"), 1.0 / 24)
                .quietAt("60m"));
  }

  /** {@link #FAST_DECISIONS} for 20 minutes, then {@link #SLOW_DECISIONS} for 40. */
  private static List<TestSeries> slowingDown() {
    List<TestSeries> fast = opaDurations(20, FAST_DECISIONS);
    List<TestSeries> series = new ArrayList<>();
    for (int i = 0; i < fast.size(); i++) {
      series.add(fast.get(i).rising(SLOW_DECISIONS[i], 40));
    }
    return series;
  }

  private static final Map<String, String> ENTITLEMENTS_JOB = Map.of("job", "entitlements");

  static Alert.Builder entitlementCacheMissSpike() {
    Vector missing = CACHE_MISS_RATIO.series().isAbove(ENTITLEMENT_CACHE_MISS_RATIO);
    return Alert.named("ALERT_ENTITLEMENT_CACHE_MISS_SPIKE")
        .when(CACHE_MISS_RATIO.series().above(ENTITLEMENT_CACHE_MISS_RATIO))
        .pendingFor("15m")
        .severity(Severity.INFO)
        .service("entitlements")
        .summary("More than 40% of entitlement checks on {{ $labels.job }} miss the cache.")
        .description(
            "For 15 minutes more than 40% of the entitlement checks of {{ $labels.job }} missed the"
                + " cache and went to the policy engine and database. Expect slower checks and more"
                + " load on OPA and PostgreSQL; look for a cache flush, a restart or a change of"
                + " cache keys (security/policy_decisions.json).")
        .runbook(Runbook.fromResource(SecurityRules.class, "entitlement-cache-miss-spike"))
        .scenario(
            // 100 checks a minute; misses jump from 10 to 45 at 21m: 38% at 24m, 45% from 25m.
            AlertScenario.named("fires 15 minutes after a cache flush lifts misses to 45%")
                .inputs(cacheFlushAt20m())
                .checking("24m", missing, ENTITLEMENTS_JOB, false)
                .checking("25m", missing, ENTITLEMENTS_JOB, true)
                .observing(0.45)
                .firesAt("40m", ENTITLEMENTS_JOB))
        .scenario(
            AlertScenario.named("is still pending 14 minutes after the crossing")
                .inputs(cacheFlushAt20m())
                .observing(ENTITLEMENTS_JOB, 0.45)
                .quietAt("39m"))
        .scenario(
            AlertScenario.named("stays quiet at 39% misses")
                .input(TestSeries.of(cacheHits()).rising(61, 60))
                .input(TestSeries.of(cacheMisses()).rising(39, 60))
                .checking("60m", CACHE_MISS_RATIO.series().isAbove(0.38), ENTITLEMENTS_JOB, true)
                .observing(ENTITLEMENTS_JOB, 0.39)
                .quietAt("60m"));
  }

  private static List<TestSeries> cacheFlushAt20m() {
    return List.of(
        TestSeries.of(cacheHits()).rising(90, 20).rising(55, 40),
        TestSeries.of(cacheMisses()).rising(10, 20).rising(45, 40));
  }

  static final TargetAlerts TARGETS =
      TargetAlerts.forJobs(
          "security",
          List.of(SECURITY_JOBS.split("\\|")),
          Runbook.fromResource(SecurityRules.class, "security-target-down"),
          "The security alerts that read it are blind, and if the service itself is down, logins"
              + " or entitlement checks fail.",
          "clickhouse");
}
