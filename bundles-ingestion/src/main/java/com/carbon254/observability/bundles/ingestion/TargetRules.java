package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/**
 * Scrape-target-down alerts of the two domains. When a target is down its series go stale, and
 * every alert on them (overdue, lag, backlog) goes quiet instead of firing: these alerts say so.
 */
final class TargetRules {
  private TargetRules() {}

  static final Gauge UP = ScrapeTargets.UP;

  /** The data-processing jobs, as one regex over the scrape job label. */
  static final String DATA_PROCESSING_JOBS =
      NormalizationMetrics.JOB + "|" + AggregationMetrics.JOB;

  /**
   * Five minutes: twenty failed scrapes at the seed's 15 s scrape interval, so a slow scrape or a
   * garbage-collection pause does not count. A pod replaced in a rolling deploy drops out of the
   * targets instead of failing its scrapes, so deploys do not fire it either.
   */
  static final String PENDING = "5m";

  static Vector down(Selector<SeriesKind.Sampled> up) {
    return up.equalTo(0);
  }

  static RuleGroup.Builder ingestion() {
    return RuleGroup.named("ingestion-targets").rule(ingestionTargetDown());
  }

  static RuleGroup.Builder dataProcessing() {
    return RuleGroup.named("data-processing-targets").rule(dataProcessingTargetDown());
  }

  static Alert.Builder ingestionTargetDown() {
    return Alert.named("ALERT_INGESTION_TARGET_DOWN")
        .when(down(UP.select().where("job", ConnectorMetrics.JOB)))
        .pendingFor(PENDING)
        .severity(Severity.WARN)
        .summary("Prometheus cannot scrape the connector scheduler {{ $labels.pod }}.")
        .description(
            "Scrapes of {{ $labels.instance }} (pod {{ $labels.pod }}, job {{ $labels.job }}) have"
                + " failed for 5 minutes. Either the scheduler is down and no connector runs, or"
                + " only its metrics are lost; in both cases the connector failure and overdue"
                + " alerts cannot see it.")
        .runbook(Runbook.fromResource(TargetRules.class, "ingestion-target-down"))
        .scenario(
            goesDown(
                    "fires five minutes after the scheduler's scrapes start failing",
                    ConnectorMetrics.JOB,
                    "ingestion-0")
                .firesAt("15m", target(ConnectorMetrics.JOB, "ingestion-0")))
        .scenario(
            goesDown("is still pending four minutes after", ConnectorMetrics.JOB, "ingestion-0")
                .quietAt("14m"))
        .scenario(
            AlertScenario.named("stays quiet when one scrape fails")
                .input(
                    up(ConnectorMetrics.JOB, "ingestion-0")
                        .from(1)
                        .flat(9)
                        .rising(-1, 1)
                        .rising(1, 1)
                        .flat(18))
                .quietAt("15m"))
        .scenario(
            goesDown(
                    "stays quiet when another domain's target is down",
                    NormalizationMetrics.JOB,
                    "normalization-0")
                // Its own target stays up, so the quiet result is about the job matcher.
                .input(up(ConnectorMetrics.JOB, "ingestion-0").from(1).flat(29))
                .quietAt("15m"));
  }

  static Alert.Builder dataProcessingTargetDown() {
    return Alert.named("ALERT_DATA_PROCESSING_TARGET_DOWN")
        .when(down(UP.select().matching("job", DATA_PROCESSING_JOBS)))
        .pendingFor(PENDING)
        .severity(Severity.WARN)
        .summary("Prometheus cannot scrape {{ $labels.job }} pod {{ $labels.pod }}.")
        .description(
            "Scrapes of {{ $labels.instance }} (pod {{ $labels.pod }}, job {{ $labels.job }}) have"
                + " failed for 5 minutes. Either the pod is down and its partitions wait for a"
                + " rebalance, or only its metrics are lost; in both cases the normalization lag"
                + " and bar backlog alerts cannot see it.")
        .runbook(Runbook.fromResource(TargetRules.class, "data-processing-target-down"))
        .scenario(
            goesDown(
                    "fires five minutes after a normalizer's scrapes start failing",
                    NormalizationMetrics.JOB,
                    "normalization-1")
                .firesAt("15m", target(NormalizationMetrics.JOB, "normalization-1")))
        .scenario(
            goesDown(
                    "fires five minutes after an aggregator's scrapes start failing",
                    AggregationMetrics.JOB,
                    "aggregation-0")
                .firesAt("15m", target(AggregationMetrics.JOB, "aggregation-0")))
        .scenario(
            goesDown(
                    "is still pending four minutes after",
                    NormalizationMetrics.JOB,
                    "normalization-1")
                .quietAt("14m"))
        .scenario(
            AlertScenario.named("stays quiet when one scrape fails")
                .input(
                    up(AggregationMetrics.JOB, "aggregation-0")
                        .from(1)
                        .flat(9)
                        .rising(-1, 1)
                        .rising(1, 1)
                        .flat(18))
                .quietAt("15m"))
        .scenario(
            goesDown(
                    "stays quiet when another domain's target is down",
                    ConnectorMetrics.JOB,
                    "ingestion-0")
                // Its own targets stay up, so the quiet result is about the job matcher.
                .input(up(NormalizationMetrics.JOB, "normalization-0").from(1).flat(29))
                .quietAt("15m"));
  }

  /** Up for the first 10 minutes, then every scrape fails: the condition holds from 10m. */
  private static AlertScenario.Builder goesDown(String name, String job, String pod) {
    return AlertScenario.named(name).input(up(job, pod).from(1).flat(9).rising(-1, 1).flat(19));
  }

  private static TestSeries up(String job, String pod) {
    return TestSeries.of(
        UP.select()
            .where("job", job)
            .where("instance", instance(pod))
            .where("namespace", job)
            .where("pod", pod));
  }

  private static Map<String, String> target(String job, String pod) {
    return Map.of("job", job, "instance", instance(pod), "namespace", job, "pod", pod);
  }

  /** A stable made-up pod address; only its shape matters to the alert. */
  private static String instance(String pod) {
    return pod + ":9090";
  }
}
