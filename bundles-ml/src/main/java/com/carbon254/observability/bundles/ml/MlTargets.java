package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.TargetAlerts;
import java.util.List;

/** The ML domain's scrape targets, and the alerts when Prometheus cannot scrape them. */
final class MlTargets {
  private MlTargets() {}

  static final TargetAlerts TARGETS =
      TargetAlerts.forJobs(
          "ml",
          List.of(InferenceRules.JOB, EmbeddingRules.JOB),
          Runbook.fromResource(MlTargets.class, "ml-target-down"),
          "A replica often fails this while loading a model. Its metrics are missing from the ML"
              + " dashboards and the inference latency and error alerts until it is back.",
          "streaming");

  static RuleGroup.Builder alerts() {
    return TARGETS.group("ml-targets");
  }
}
