package com.carbon254.observability.bundles.security;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Metric;
import java.util.List;

/**
 * The security domain's metrics: authentication, entitlement checks and their cache, and the OPA
 * policy decisions behind them. {@code security_auth_failures_total} is the seed's (section 8); the
 * others follow its conventions (section 7): {@code security_<area>_<metric>}, counters in {@code
 * _total}, durations in seconds, bounded labels only (no user, tenant or token identifiers).
 */
public final class SecurityMetrics {
  private SecurityMetrics() {}

  public static final Counter AUTH_FAILURES =
      Counter.named("security_auth_failures_total")
          .help(
              "Failed authentication attempts, by reason (invalid_credentials, expired_token,"
                  + " ...).")
          .labels("reason");

  /** The denominator of the failure ratio: every attempt, failed or not. */
  public static final Counter AUTH_ATTEMPTS =
      Counter.named("security_auth_attempts_total")
          .help("Authentication attempts, successful or not, by method (password, api_key, oidc).")
          .labels("method");

  public static final Counter ENTITLEMENT_CHECKS =
      Counter.named("security_entitlement_checks_total")
          .help(
              "Entitlement checks made before serving data, by entitlement (the product or dataset"
                  + " checked).")
          .labels("entitlement");

  public static final Counter ENTITLEMENT_DENIALS =
      Counter.named("security_entitlement_denials_total")
          .help(
              "Entitlement checks that denied access, by entitlement and reason (not_subscribed,"
                  + " expired, ...).")
          .labels("entitlement", "reason");

  public static final Counter ENTITLEMENT_CACHE_HITS =
      Counter.named("security_entitlement_cache_hits_total")
          .help("Entitlement checks answered from the entitlement cache.");

  public static final Counter ENTITLEMENT_CACHE_MISSES =
      Counter.named("security_entitlement_cache_misses_total")
          .help(
              "Entitlement checks the cache could not answer, which went to the policy engine and"
                  + " database.");

  public static final Counter OPA_DECISIONS =
      Counter.named("security_opa_decisions_total")
          .help("OPA policy decisions, by policy and result (allow, deny, error).")
          .labels("policy", "result");

  /**
   * A decision evaluated in memory takes well under a millisecond; one that loads external data
   * takes tens of milliseconds. The bounds cover both, with 50 ms (the alert threshold) among them.
   */
  public static final Histogram OPA_DECISION_DURATION =
      Histogram.named("security_opa_decision_duration_seconds")
          .help("Time OPA took to evaluate a policy decision, in seconds, by policy.")
          .buckets(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)
          .labels("policy");

  static List<Metric> all() {
    return List.of(
        AUTH_FAILURES,
        AUTH_ATTEMPTS,
        ENTITLEMENT_CHECKS,
        ENTITLEMENT_DENIALS,
        ENTITLEMENT_CACHE_HITS,
        ENTITLEMENT_CACHE_MISSES,
        OPA_DECISIONS,
        OPA_DECISION_DURATION);
  }
}
