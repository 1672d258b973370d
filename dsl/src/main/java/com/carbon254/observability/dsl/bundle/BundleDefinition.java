package com.carbon254.observability.dsl.bundle;

import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.slo.SloDashboards;
import com.carbon254.observability.dsl.slo.SloRules;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.carbon254.observability.dsl.validation.Problem;
import com.carbon254.observability.dsl.validation.UnderConstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a bundle declares into. Each declaration is built here, inside a guard, so one broken alert
 * or dashboard is reported and the rest of the bundle is still checked.
 */
public final class BundleDefinition {
  private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

  /** How the JVM words the use of a class whose static initialiser failed earlier. */
  private static final String UNINITIALIZED = "Could not initialize class ";

  private final String bundle;
  private final List<Metric> metrics = new ArrayList<>();
  private final List<BundleContent.PlacedGroup> groups = new ArrayList<>();
  private final List<DashboardFile> dashboards = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<LintSilence> lintSilences = new ArrayList<>();
  private final List<ScrapeTarget> scrapeTargets = new ArrayList<>();
  private final List<LatencyTarget> latencyTargets = new ArrayList<>();
  private final List<Slo> slos = new ArrayList<>();

  public BundleDefinition(String bundle) {
    this.bundle = bundle;
  }

  /** Adds metrics to the catalog; queries may only read catalog metrics. */
  public BundleDefinition metrics(Metric... declared) {
    metrics.addAll(List.of(declared));
    return this;
  }

  /**
   * Adds metrics that static constants declare: {@code d.metrics(() -> List.of(REQUESTS, ...))}. A
   * constant that breaks a naming rule fails its class's initialisation; here that failure is
   * reported and the rest of the bundle is still checked.
   */
  public BundleDefinition metrics(Supplier<List<? extends Metric>> declared) {
    guard(() -> metrics.addAll(declared.get()));
    return this;
  }

  /** Recording rules, published in {@code k8s/prometheus/rules/recording-rules.yaml}. */
  public BundleDefinition recordings(RuleGroup.Builder group) {
    return rules(RuleFile.RECORDING, group);
  }

  /**
   * Recording rules built by code that may fail, e.g. {@code
   * d.recordings(GatewayRules::recordings)}.
   */
  public BundleDefinition recordings(Supplier<RuleGroup.Builder> group) {
    return rules(RuleFile.RECORDING, group);
  }

  /**
   * Infrastructure and cross-domain recordings, published in {@code
   * k8s/prometheus/rules/general-rules.yaml}.
   */
  public BundleDefinition generalRecordings(RuleGroup.Builder group) {
    return rules(RuleFile.GENERAL, group);
  }

  /**
   * General recordings built by code that may fail, e.g. {@code
   * d.generalRecordings(NodeRules::recordings)}.
   */
  public BundleDefinition generalRecordings(Supplier<RuleGroup.Builder> group) {
    return rules(RuleFile.GENERAL, group);
  }

  /** A rule group, published in {@code file}. */
  public BundleDefinition rules(RuleFile file, RuleGroup.Builder group) {
    RuleGroup.Outcome outcome = group.tryBuild();
    outcome.group().ifPresent(g -> groups.add(new BundleContent.PlacedGroup(file, g)));
    outcome.errors().forEach(this::report);
    return this;
  }

  /** A rule group built by code that may fail: its failure is reported, the bundle goes on. */
  public BundleDefinition rules(RuleFile file, Supplier<RuleGroup.Builder> group) {
    guard(() -> rules(file, group.get()));
    return this;
  }

  /**
   * An SLO: its SLI and period recordings go to {@code k8s/prometheus/rules/slo-burn-rules.yaml},
   * its burn-rate and no-data alerts to {@code alerts/SLO/<file>.yaml}, each with generated
   * promtool tests, its runbook to {@code docs/runbooks/slo-<id>.md}, and its row to the bundle's
   * error-budget view {@code dashboards/<bundle>/slo_error_budgets.json}, which its alerts link.
   */
  public BundleDefinition slo(Supplier<Slo.Builder> slo) {
    guard(
        () -> {
          Slo built = slo.get().build();
          SloRules.Compiled compiled =
              SloRules.compile(built, Optional.of(SloDashboards.ref(bundle)));
          slos.add(built);
          compiled.recordings().forEach(group -> rules(RuleFile.SLO_BURN, group));
          rules(compiled.alertFile(), compiled.alerts());
        });
    return this;
  }

  /** A dashboard, published as {@code dashboards/<folder>/<fileName>.json}. */
  public BundleDefinition dashboard(String folder, String fileName, Supplier<Dashboard> dashboard) {
    guard(
        () -> {
          if (!FOLDER.matcher(folder).matches() || !FOLDER.matcher(fileName).matches()) {
            throw new DefinitionException(
                DefinitionException.name("dashboard file", folder + "/" + fileName),
                "folder and file name must be snake_case without extension, as in 'access', 'gateway_overview'");
          }
          dashboards.add(new DashboardFile(folder, fileName, dashboard.get()));
        });
    return this;
  }

  /**
   * Silences one lint check on one object of this bundle, with the reason next to it: {@code
   * d.lintSilence("promql/rate-window", "alert ALERT_X_BURST", "bursts last under a minute")}. A
   * silence that no longer silences anything is reported by the lint.
   */
  public BundleDefinition lintSilence(String check, String object, String reason) {
    guard(() -> lintSilences.add(new LintSilence(check, object, reason)));
    return this;
  }

  /**
   * A service Prometheus scrapes, e.g. {@code d.scrapeTarget(GatewayTargets::gateway)}: rendered as
   * a ServiceMonitor that keeps only the catalog metrics the target exports.
   */
  public BundleDefinition scrapeTarget(Supplier<ScrapeTarget.Builder> target) {
    guard(() -> scrapeTargets.add(target.get().build()));
    return this;
  }

  /**
   * A service's latency target, e.g. {@code d.latencyTarget(() -> LatencyTarget.p95("gateway",
   * LATENCY_TARGET_SECONDS))}: the collector keeps every trace of the service slower than twice it.
   */
  public BundleDefinition latencyTarget(Supplier<LatencyTarget> target) {
    guard(() -> latencyTargets.add(target.get()));
    return this;
  }

  /**
   * Runs part of a definition, reporting what it throws against this bundle instead of stopping. A
   * class whose static initialiser failed is reported with that first error; later uses of the
   * class in the same JVM only get "Could not initialize class", which is reported once and points
   * back to it.
   */
  public void guard(Runnable step) {
    UnderConstruction.forget();
    try {
      step.run();
    } catch (RuntimeException | LinkageError thrown) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof DefinitionException e) {
          report(UnderConstruction.attributed(e));
          return;
        }
        if (cause instanceof DefinitionErrors e) {
          e.errors().forEach(this::report);
          return;
        }
      }
      String message = String.valueOf(thrown.getMessage());
      if (thrown instanceof NoClassDefFoundError && message.startsWith(UNINITIALIZED)) {
        report(
            new DefinitionException(
                DefinitionException.name("class", message.substring(UNINITIALIZED.length())),
                "failed to initialise; fix the first error reported for its constants"));
        return;
      }
      report(
          new DefinitionException(
              "bundle definition", "failed with " + thrown + "; fix the bundle code"));
    } finally {
      UnderConstruction.forget();
    }
  }

  public void report(DefinitionException error) {
    problems.add(Problem.of(bundle, error));
  }

  public BundleContent content() {
    List<DashboardFile> all = new ArrayList<>(dashboards);
    if (!slos.isEmpty()) {
      guard(
          () ->
              all.add(
                  new DashboardFile(
                      bundle, SloDashboards.FILE_NAME, SloDashboards.build(bundle, slos))));
    }
    return new BundleContent(
        bundle, metrics, groups, all, problems, lintSilences, scrapeTargets, latencyTargets, slos);
  }
}
