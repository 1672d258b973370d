package com.carbon254.observability.dsl.bundle;

import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.metric.Metric;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a bundle declares into. Each declaration is built here, inside a guard, so one broken
 * alert or dashboard is reported and the rest of the bundle is still checked.
 */
public final class BundleDefinition {
  private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

  private final String bundle;
  private final List<Metric> metrics = new ArrayList<>();
  private final List<BundleContent.PlacedGroup> groups = new ArrayList<>();
  private final List<DashboardFile> dashboards = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  public BundleDefinition(String bundle) {
    this.bundle = bundle;
  }

  /** Adds metrics to the catalog; queries may only read catalog metrics. */
  public BundleDefinition metrics(Metric... declared) {
    metrics.addAll(List.of(declared));
    return this;
  }

  /** Recording rules, published in {@code k8s/prometheus/rules/recording-rules.yaml}. */
  public BundleDefinition recordings(RuleGroup.Builder group) {
    return rules(RuleFile.RECORDING, group);
  }

  /** A rule group, published in {@code file}. */
  public BundleDefinition rules(RuleFile file, RuleGroup.Builder group) {
    RuleGroup.Outcome outcome = group.tryBuild();
    outcome.group().ifPresent(g -> groups.add(new BundleContent.PlacedGroup(file, g)));
    outcome.errors().forEach(this::report);
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

  /** Runs part of a definition, recording its errors against this bundle instead of stopping. */
  public void guard(Runnable step) {
    List<DefinitionException> errors = new ArrayList<>();
    DefinitionErrors.collect(errors, step);
    errors.forEach(this::report);
  }

  public void report(DefinitionException error) {
    problems.add(Problem.of(bundle, error));
  }

  public BundleContent content() {
    return new BundleContent(bundle, metrics, groups, dashboards, problems);
  }
}
