package com.carbon254.observability.bundles.security;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Counter;
import java.util.List;

/** Security domain: authentication, entitlements, policy decisions. So far its catalog; dashboards, rules and alerts follow. */
public final class SecurityBundle implements Bundle {
  public static final Counter AUTH_FAILURES =
      Counter.named("security_auth_failures_total")
          .help("Failed authentication attempts, by reason.")
          .labels("reason");

  @Override
  public String name() {
    return "security";
  }

  @Override
  public void define(BundleDefinition d) {
    d.metrics(() -> List.of(AUTH_FAILURES));
  }
}
