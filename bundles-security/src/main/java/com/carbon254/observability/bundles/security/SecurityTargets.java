package com.carbon254.observability.bundles.security;

import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/**
 * How Prometheus finds the security services, under the job names the security rules select ({@link
 * SecurityRules#SECURITY_JOBS}): the authentication service, the entitlements service with its
 * cache, and OPA, whose decision metrics its diagnostic port serves.
 */
final class SecurityTargets {
  private SecurityTargets() {}

  static final String AUTH_JOB = "auth";
  static final String ENTITLEMENTS_JOB = "entitlements";
  static final String OPA_JOB = "opa";

  static ScrapeTarget.Builder auth() {
    return ScrapeTarget.platformService(AUTH_JOB)
        .exports(SecurityMetrics.AUTH_FAILURES, SecurityMetrics.AUTH_ATTEMPTS);
  }

  static ScrapeTarget.Builder entitlements() {
    return ScrapeTarget.platformService(ENTITLEMENTS_JOB)
        .exports(
            SecurityMetrics.ENTITLEMENT_CHECKS,
            SecurityMetrics.ENTITLEMENT_DENIALS,
            SecurityMetrics.ENTITLEMENT_CACHE_HITS,
            SecurityMetrics.ENTITLEMENT_CACHE_MISSES);
  }

  static ScrapeTarget.Builder opa() {
    return ScrapeTarget.platformService(OPA_JOB)
        .exports(SecurityMetrics.OPA_DECISIONS, SecurityMetrics.OPA_DECISION_DURATION);
  }
}
