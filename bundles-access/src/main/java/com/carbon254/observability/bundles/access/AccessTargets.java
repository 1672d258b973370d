package com.carbon254.observability.bundles.access;

import static com.carbon254.observability.dsl.promql.Promql.absent;

import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/** The access domain's scrape targets, and the alert when Prometheus cannot scrape one of them. */
final class AccessTargets {
  private AccessTargets() {}

  static final String GATEWAY_JOB = "gateway";

  /** Every job of the access domain: the gateway and the streaming service. */
  static final String JOBS = GATEWAY_JOB + "|" + StreamingRules.JOB;

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("access-targets").rule(targetDown()).rule(targetsMissing());
  }

  /**
   * A cause alert: one instance unscraped is blind spots on every access dashboard and alert, and
   * often a crashed pod. Warn, not page: the other replicas keep serving, and the RED alerts page
   * if users feel it. Five minutes rides out a pod restart during a rollout.
   */
  static Alert.Builder targetDown() {
    return Alert.named("ALERT_ACCESS_TARGET_DOWN")
        .when(ScrapeTargets.UP.select().matching("job", JOBS).equalTo(0))
        .pendingFor("5m")
        .severity(Severity.WARN)
        .summary("Prometheus cannot scrape {{ $labels.job }} instance {{ $labels.instance }}.")
        .description(
            "The last scrapes of {{ $labels.instance }} (job {{ $labels.job }}) failed for 5 minutes: the pod is"
                + " down, restarting or not answering on its metrics port. Its metrics are missing from the access"
                + " dashboards and alerts until it is back.")
        .runbook(Runbook.fromResource(AccessTargets.class, "access-target-down"))
        // Down from 11m: the condition holds from 11m, so the alert fires at 16m, not at 15m.
        .scenario(
            AlertScenario.named("is still pending four minutes after a streaming target went down")
                .input(
                    target(StreamingRules.JOB, "streaming-0")
                        .from(1)
                        .flat(10)
                        .rising(-1, 1)
                        .flat(19))
                .quietAt("15m"))
        .scenario(
            AlertScenario.named("fires five minutes after a streaming target went down")
                .input(
                    target(StreamingRules.JOB, "streaming-0")
                        .from(1)
                        .flat(10)
                        .rising(-1, 1)
                        .flat(19))
                .input(target(StreamingRules.JOB, "streaming-1").from(1).flat(30))
                .firesAt("16m", Map.of("job", StreamingRules.JOB, "instance", "streaming-0:9102")))
        .scenario(
            AlertScenario.named("fires for a gateway target too")
                .input(target(GATEWAY_JOB, "gateway-0").flat(30))
                .firesAt("10m", Map.of("job", GATEWAY_JOB, "instance", "gateway-0:9102")))
        .scenario(
            AlertScenario.named("stays quiet when a target is back within 5 minutes")
                .input(
                    target(StreamingRules.JOB, "streaming-0")
                        .from(1)
                        .flat(10)
                        .rising(-1, 1)
                        .flat(3)
                        .rising(1, 1)
                        .flat(15))
                .quietAt("16m"))
        .scenario(
            AlertScenario.named("stays quiet when a target of another domain is down")
                .input(target("model-serving", "model-serving-0").flat(30))
                .input(target(StreamingRules.JOB, "streaming-0").from(1).flat(30))
                .quietAt("20m"));
  }

  /**
   * {@code up == 0} cannot see a job whose targets are all gone: a deleted ServiceMonitor, a
   * Deployment scaled to zero or a changed Service label leaves no {@code up} series at all. Ten
   * minutes lets a job that is being replaced (a renamed Service) come back first.
   */
  static Alert.Builder targetsMissing() {
    return Alert.named("ALERT_ACCESS_TARGETS_MISSING")
        .when(absent(up(GATEWAY_JOB)).or(absent(up(StreamingRules.JOB))))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .summary("Prometheus has no scrape target for job {{ $labels.job }}.")
        .description(
            "Prometheus has discovered no target of job {{ $labels.job }} for 10 minutes, so none of its metrics"
                + " arrive and the access alerts on it cannot fire. The ServiceMonitor, the Service or the"
                + " Deployment is gone or no longer matches.")
        .runbook(Runbook.fromResource(AccessTargets.class, "access-target-down"))
        .scenario(
            AlertScenario.named("fires when one job has had no target for 10 minutes")
                .input(target(GATEWAY_JOB, "gateway-0").from(1).flat(30))
                .firesAt("10m", Map.of("job", StreamingRules.JOB)))
        .scenario(
            AlertScenario.named("stays quiet while every job has a target, even a down one")
                .input(target(GATEWAY_JOB, "gateway-0").from(1).flat(30))
                .input(target(StreamingRules.JOB, "streaming-0").flat(30))
                .quietAt("10m"));
  }

  private static Selector<SeriesKind.Sampled> up(String job) {
    return ScrapeTargets.UP.select().where("job", job);
  }

  private static TestSeries target(String job, String pod) {
    return TestSeries.of(
        ScrapeTargets.UP.select().where("job", job).where("instance", pod + ":9102"));
  }
}
