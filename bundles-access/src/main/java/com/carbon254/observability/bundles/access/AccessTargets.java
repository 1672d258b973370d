package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.TargetAlerts;
import java.util.List;

/** The access domain's scrape targets, and the alerts when Prometheus cannot scrape them. */
final class AccessTargets {
  private AccessTargets() {}

  static final String GATEWAY_JOB = "gateway";

  static final TargetAlerts TARGETS =
      TargetAlerts.forJobs(
          "access",
          List.of(GATEWAY_JOB, StreamingRules.JOB),
          Runbook.fromResource(AccessTargets.class, "access-target-down"),
          "Its metrics are missing from the access dashboards and alerts until it is back; the"
              + " other replicas keep serving, and the RED alerts page if users feel it.",
          "model-serving");

  static RuleGroup.Builder alerts() {
    return TARGETS.group("access-targets");
  }
}
