package com.carbon254.observability.bundles.ml;

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

/** The ML domain's scrape targets, and the alert when Prometheus cannot scrape one of them. */
final class MlTargets {
  private MlTargets() {}

  /** Every job of the ML domain: model serving and the embedding service. */
  static final String JOBS = InferenceRules.JOB + "|" + EmbeddingRules.JOB;

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("ml-targets").rule(targetDown()).rule(targetsMissing());
  }

  /**
   * A cause alert: an unscraped replica is a blind spot in the inference latency and error alerts,
   * and often a replica that crashed loading a model. Warn: the other replicas serve, and the
   * symptom alerts page if callers feel it. Five minutes rides out a restart during a rollout.
   */
  static Alert.Builder targetDown() {
    return Alert.named("ALERT_ML_TARGET_DOWN")
        .when(ScrapeTargets.UP.select().matching("job", JOBS).equalTo(0))
        .pendingFor("5m")
        .severity(Severity.WARN)
        .summary("Prometheus cannot scrape {{ $labels.job }} instance {{ $labels.instance }}.")
        .description(
            "The last scrapes of {{ $labels.instance }} (job {{ $labels.job }}) failed for 5 minutes: the replica is"
                + " down, restarting (often while loading a model) or not answering on its metrics port. Its"
                + " metrics are missing from the ML dashboards and alerts until it is back.")
        .runbook(Runbook.fromResource(MlTargets.class, "ml-target-down"))
        // Down from 11m: the condition holds from 11m, so the alert fires at 16m, not at 15m.
        .scenario(
            AlertScenario.named(
                    "is still pending four minutes after a model serving target went down")
                .input(
                    target(InferenceRules.JOB, "model-serving-0")
                        .from(1)
                        .flat(10)
                        .rising(-1, 1)
                        .flat(19))
                .quietAt("15m"))
        .scenario(
            AlertScenario.named("fires five minutes after a model serving target went down")
                .input(
                    target(InferenceRules.JOB, "model-serving-0")
                        .from(1)
                        .flat(10)
                        .rising(-1, 1)
                        .flat(19))
                .input(target(InferenceRules.JOB, "model-serving-1").from(1).flat(30))
                .firesAt(
                    "16m", Map.of("job", InferenceRules.JOB, "instance", "model-serving-0:8080")))
        .scenario(
            AlertScenario.named("fires for an embedding target too")
                .input(target(EmbeddingRules.JOB, "embedding-0").flat(30))
                .firesAt("10m", Map.of("job", EmbeddingRules.JOB, "instance", "embedding-0:8080")))
        .scenario(
            AlertScenario.named("stays quiet when a target is back within 5 minutes")
                .input(
                    target(InferenceRules.JOB, "model-serving-0")
                        .from(1)
                        .flat(10)
                        .rising(-1, 1)
                        .flat(3)
                        .rising(1, 1)
                        .flat(15))
                .quietAt("16m"))
        .scenario(
            AlertScenario.named("stays quiet when a target of another domain is down")
                .input(target("streaming", "streaming-0").flat(30))
                .input(target(InferenceRules.JOB, "model-serving-0").from(1).flat(30))
                .quietAt("20m"));
  }

  /**
   * {@code up == 0} cannot see a job whose targets are all gone: a deleted ServiceMonitor, a
   * Deployment scaled to zero or a changed Service label leaves no {@code up} series at all. Ten
   * minutes lets a job that is being replaced (a renamed Service) come back first.
   */
  static Alert.Builder targetsMissing() {
    return Alert.named("ALERT_ML_TARGETS_MISSING")
        .when(absent(up(InferenceRules.JOB)).or(absent(up(EmbeddingRules.JOB))))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .summary("Prometheus has no scrape target for job {{ $labels.job }}.")
        .description(
            "Prometheus has discovered no target of job {{ $labels.job }} for 10 minutes, so none of its metrics"
                + " arrive and the ML alerts on it cannot fire. The ServiceMonitor, the Service or the"
                + " Deployment is gone or no longer matches.")
        .runbook(Runbook.fromResource(MlTargets.class, "ml-target-down"))
        .scenario(
            AlertScenario.named("fires when one job has had no target for 10 minutes")
                .input(target(InferenceRules.JOB, "model-serving-0").from(1).flat(30))
                .firesAt("10m", Map.of("job", EmbeddingRules.JOB)))
        .scenario(
            AlertScenario.named("stays quiet while every job has a target, even a down one")
                .input(target(InferenceRules.JOB, "model-serving-0").from(1).flat(30))
                .input(target(EmbeddingRules.JOB, "embedding-0").flat(30))
                .quietAt("10m"));
  }

  private static Selector<SeriesKind.Sampled> up(String job) {
    return ScrapeTargets.UP.select().where("job", job);
  }

  private static TestSeries target(String job, String pod) {
    return TestSeries.of(
        ScrapeTargets.UP.select().where("job", job).where("instance", pod + ":8080"));
  }
}
