package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.TargetAlerts;
import java.util.List;

/**
 * Scrape-target alerts of the two domains. When a target is down its series go stale, and every
 * alert on them (overdue, lag, backlog) goes quiet instead of firing: these alerts say so.
 */
final class TargetRules {
  private TargetRules() {}

  static final TargetAlerts INGESTION =
      TargetAlerts.forJobs(
          "ingestion",
          List.of(ConnectorMetrics.JOB),
          Runbook.fromResource(TargetRules.class, "ingestion-target-down"),
          "Either the connector scheduler is down and no connector runs, or only its metrics are"
              + " lost; in both cases the connector failure and overdue alerts cannot see it.",
          NormalizationMetrics.JOB);

  static final TargetAlerts DATA_PROCESSING =
      TargetAlerts.forJobs(
          "data_processing",
          List.of(NormalizationMetrics.JOB, AggregationMetrics.JOB),
          Runbook.fromResource(TargetRules.class, "data-processing-target-down"),
          "Either the pod is down and its partitions wait for a rebalance, or only its metrics are"
              + " lost; in both cases the normalization lag and bar backlog alerts cannot see it.",
          ConnectorMetrics.JOB);

  static RuleGroup.Builder ingestion() {
    return INGESTION.group("ingestion-targets");
  }

  static RuleGroup.Builder dataProcessing() {
    return DATA_PROCESSING.group("data-processing-targets");
  }
}
