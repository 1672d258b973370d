package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.promql.Promql.absent;
import static com.carbon254.observability.dsl.promql.Promql.count;

import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The two scrape-target alerts every domain needs, with their scenarios: {@code
 * ALERT_<DOMAIN>_TARGET_DOWN} when a target of the domain's jobs fails its scrapes, {@code
 * ALERT_<DOMAIN>_TARGETS_MISSING} when a job has no target at all.
 *
 * <p>A target-down alert carries the target's own {@code service} label (the Prometheus Operator
 * sets it to the Kubernetes Service, which also names the job), so each job groups and is inhibited
 * as its service. A missing job has no series to take it from: that alert's static {@code service}
 * is the domain, which is what is blind.
 */
public final class TargetAlerts {
  private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private final String domain;
  private final List<String> jobs;
  private final Runbook runbook;
  private final String impact;
  private final String otherDomainJob;

  private TargetAlerts(
      String domain, List<String> jobs, Runbook runbook, String impact, String otherDomainJob) {
    this.domain = domain;
    this.jobs = jobs;
    this.runbook = runbook;
    this.impact = impact;
    this.otherDomainJob = otherDomainJob;
  }

  /**
   * @param domain snake_case, as in {@code data_processing}: the alert names' {@code <DOMAIN>} and
   *     the targets-missing alert's service
   * @param jobs the scrape jobs of the domain, as its ServiceMonitors name them
   * @param impact what a down target means to the domain, for the description: "The access
   *     dashboards and alerts miss its metrics until it is back."
   * @param otherDomainJob a job of another domain, which the scenarios show the alert ignores
   */
  public static TargetAlerts forJobs(
      String domain, List<String> jobs, Runbook runbook, String impact, String otherDomainJob) {
    String object = DefinitionException.name("target alerts", domain);
    if (domain == null || !DOMAIN.matcher(domain).matches()) {
      throw new DefinitionException(object, "domain must be snake_case, as in 'data_processing'");
    }
    if (jobs.isEmpty()) {
      throw new DefinitionException(object, "has no job; pass the domain's scrape jobs");
    }
    if (jobs.contains(otherDomainJob)) {
      throw new DefinitionException(
          object,
          "otherDomainJob '"
              + otherDomainJob
              + "' is one of the domain's own jobs; pass a job of another domain");
    }
    return new TargetAlerts(
        domain,
        List.copyOf(jobs),
        Objects.requireNonNull(runbook, "runbook"),
        impact,
        otherDomainJob);
  }

  /** Both alerts in one group. */
  public RuleGroup.Builder group(String name) {
    return RuleGroup.named(name).rule(targetDown()).rule(targetsMissing());
  }

  private String alertName(String condition) {
    return "ALERT_" + domain.toUpperCase(java.util.Locale.ROOT) + "_" + condition;
  }

  private Selector<SeriesKind.Sampled> up() {
    return jobs.size() == 1
        ? ScrapeTargets.UP.select().where("job", jobs.get(0))
        : ScrapeTargets.UP.select().matching("job", String.join("|", jobs));
  }

  /**
   * A cause alert: an unscraped target is a blind spot in every dashboard and alert on it, and
   * often a crashed pod. Warn, not page: the symptom alerts page if users feel it. Five minutes is
   * twenty failed scrapes at 15 s, riding out a slow scrape or a pod restart; a pod replaced in a
   * rolling deploy leaves the targets instead of failing its scrapes.
   */
  public Alert.Builder targetDown() {
    String first = jobs.get(0);
    Alert.Builder alert =
        Alert.named(alertName("TARGET_DOWN"))
            .when(up().equalTo(0))
            .pendingFor("5m")
            .severity(Severity.WARN)
            .summary("Prometheus cannot scrape {{ $labels.job }} target {{ $labels.instance }}.")
            .description(
                "Scrapes of {{ $labels.instance }} (job {{ $labels.job }}) have failed for 5"
                    + " minutes: the pod is down, restarting or not answering on its metrics port. "
                    + impact
                    + " Check the pod and the target's error on Prometheus' /targets page.")
            .runbook(runbook)
            // Up until 9m, every scrape fails from 10m: the condition holds from 10m, so the
            // alert is pending at 14m and fires at 15m.
            .scenario(
                AlertScenario.named("fires 5 minutes after " + first + "'s scrapes start failing")
                    .input(target(first).from(1).flat(9).rising(-1, 1).flat(20))
                    .input(target(first, 1).from(1).flat(30))
                    .observing(0)
                    .firesAt("15m", labels(first)))
            .scenario(
                AlertScenario.named("is still pending 4 minutes after")
                    .input(target(first).from(1).flat(9).rising(-1, 1).flat(20))
                    .observing(labels(first), 0)
                    .quietAt("14m"));
    for (String job : jobs.subList(1, jobs.size())) {
      alert.scenario(
          AlertScenario.named("fires for a " + job + " target too")
              .input(target(job).from(0).flat(30))
              .observing(0)
              .firesAt("10m", labels(job)));
    }
    return alert
        .scenario(
            // Down from 10m to 13m, up again at 14m: four failed minutes, one short of 5m.
            AlertScenario.named("stays quiet when a target is back within 5 minutes")
                .input(target(first).from(1).flat(9).rising(-1, 1).flat(3).rising(1, 1).flat(15))
                .observing(labels(first), 1)
                .quietAt("15m"))
        .scenario(
            AlertScenario.named("leaves a down " + otherDomainJob + " target to its own domain")
                .input(target(otherDomainJob).from(0).flat(30))
                .input(target(first).from(1).flat(30))
                .observing(labels(first), 1)
                .quietAt("20m"));
  }

  /**
   * {@code up == 0} cannot see a job whose targets are all gone: a deleted ServiceMonitor, a
   * Deployment scaled to zero or a changed Service label leaves no {@code up} series at all. Ten
   * minutes lets a job that is being replaced (a renamed Service) come back first. Each condition
   * is measured as the number of the job's targets present; {@link AlertScenario#NO_SERIES} when
   * none.
   *
   * <p>One firing scenario per job, that job gone while every other job has its target: each {@code
   * absent(...)} of the {@code or} is then the only one that can fire, so dropping any of them
   * fails a scenario.
   */
  public Alert.Builder targetsMissing() {
    Vector missing = null;
    List<Vector> present = new ArrayList<>();
    for (String job : jobs) {
      Selector<SeriesKind.Sampled> up = ScrapeTargets.UP.select().where("job", job);
      missing = missing == null ? absent(up) : missing.or(absent(up));
      present.add(count(up));
    }
    double[] oneTargetEach = new double[jobs.size()];
    java.util.Arrays.fill(oneTargetEach, 1);
    Alert.Builder alert =
        Alert.named(alertName("TARGETS_MISSING"))
            .when(missing)
            .measuring(present.toArray(Vector[]::new))
            .pendingFor("10m")
            .severity(Severity.WARN)
            .service(domain)
            .summary("Prometheus has no scrape target for job {{ $labels.job }}.")
            .description(
                "Prometheus has discovered no target of job {{ $labels.job }} for 10 minutes, so"
                    + " none of its metrics arrive and the alerts on it cannot fire. The"
                    + " ServiceMonitor, the Service or the workload is gone or no longer matches.")
            .runbook(runbook);
    for (int gone = 0; gone < jobs.size(); gone++) {
      String job = jobs.get(gone);
      double[] oneGone = oneTargetEach.clone();
      oneGone[gone] = AlertScenario.NO_SERIES;
      AlertScenario.Builder scenario =
          AlertScenario.named("fires when " + job + " has had no target for 10 minutes");
      for (String other : jobs) {
        if (!other.equals(job)) {
          scenario.input(target(other).from(1).flat(30));
        }
      }
      // A job that never had a target: absent() holds from the start, so the alert is pending
      // at 9m and fires at 10m.
      alert.scenario(
          scenario
              .input(target(otherDomainJob).from(1).flat(30))
              .observing(oneGone)
              .alsoQuietAt("9m")
              .firesAt("10m", Map.of("job", job)));
    }
    AlertScenario.Builder everyJob =
        AlertScenario.named("stays quiet while every job has a target, even a down one");
    for (String job : jobs.subList(0, jobs.size() - 1)) {
      everyJob.input(target(job).from(1).flat(30));
    }
    return alert.scenario(
        everyJob
            .input(target(jobs.get(jobs.size() - 1)).from(0).flat(30))
            .observing(Map.of(), oneTargetEach)
            .quietAt("20m"));
  }

  /** The Prometheus Operator labels a target with its Service, which also names the job. */
  private static Map<String, String> labels(String job) {
    return Map.of("job", job, "instance", instance(job, 0), "service", job);
  }

  private static TestSeries target(String job) {
    return target(job, 0);
  }

  private static TestSeries target(String job, int replica) {
    return TestSeries.of(
        ScrapeTargets.UP
            .select()
            .where("job", job)
            .where("instance", instance(job, replica))
            .where("service", job));
  }

  /** A made-up pod address; only its shape matters to the alerts. */
  private static String instance(String job, int replica) {
    return job + "-" + replica + ":9090";
  }
}
