package com.carbon254.observability.dsl.bundle;

import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;

/**
 * Everything one bundle declared, in declaration order, and the problems found while building it.
 */
public record BundleContent(
    String bundle,
    List<Metric> metrics,
    List<PlacedGroup> groups,
    List<DashboardFile> dashboards,
    List<Problem> problems,
    List<LintSilence> lintSilences,
    List<ScrapeTarget> scrapeTargets,
    List<LatencyTarget> latencyTargets,
    List<Slo> slos) {

  /** A rule group and the file it is published in. */
  public record PlacedGroup(RuleFile file, RuleGroup group) {}

  public BundleContent {
    slos = List.copyOf(slos);
    metrics = List.copyOf(metrics);
    groups = List.copyOf(groups);
    dashboards = List.copyOf(dashboards);
    problems = List.copyOf(problems);
    lintSilences = List.copyOf(lintSilences);
    scrapeTargets = List.copyOf(scrapeTargets);
    latencyTargets = List.copyOf(latencyTargets);
  }

  /** Content with rules and dashboards only: no lint silences, scrape or latency targets, SLOs. */
  public BundleContent(
      String bundle,
      List<Metric> metrics,
      List<PlacedGroup> groups,
      List<DashboardFile> dashboards,
      List<Problem> problems) {
    this(bundle, metrics, groups, dashboards, problems, List.of(), List.of(), List.of(), List.of());
  }
}
