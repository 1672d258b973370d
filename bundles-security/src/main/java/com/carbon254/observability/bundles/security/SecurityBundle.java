package com.carbon254.observability.bundles.security;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleFile.AlertClass;

/** Security domain: authentication, entitlements and their cache, OPA policy decisions. */
public final class SecurityBundle implements Bundle {
  static final RuleFile SECURITY_RED = RuleFile.of(AlertClass.RED, "security_red");

  @Override
  public String name() {
    return "security";
  }

  @Override
  public void define(BundleDefinition d) {
    // Suppliers, so a broken constant is reported and the other declarations are still checked.
    d.metrics(SecurityMetrics::all);
    d.recordings(SecurityRules::recordings);
    d.rules(SECURITY_RED, SecurityRules::alerts);
    d.scrapeTarget(SecurityTargets::auth);
    d.scrapeTarget(SecurityTargets::entitlements);
    d.scrapeTarget(SecurityTargets::opa);
    d.dashboard("security", "policy_decisions", PolicyDecisionsDashboard::build);
  }
}
