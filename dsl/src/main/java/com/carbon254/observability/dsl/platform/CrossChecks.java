package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;
import com.carbon254.observability.dsl.promql.Expr;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.SeriesRef;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.Rule;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.TestSeries;
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Checks that need every bundle at once: unique names, known metrics, one runbook per slug. */
final class CrossChecks {
  private CrossChecks() {}

  /** Where a name was first declared, for "already declared in bundle X" messages. */
  private record Owner(String bundle, Object value) {}

  static List<Problem> run(List<BundleContent> bundles) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Owner> metrics = new HashMap<>();
    Map<String, Owner> recordings = new HashMap<>();
    Map<String, Owner> alerts = new HashMap<>();
    Map<String, Owner> groups = new HashMap<>();
    Map<String, Owner> dashboardUids = new HashMap<>();
    Map<String, Owner> dashboardPaths = new HashMap<>();
    Map<String, Owner> runbooks = new HashMap<>();
    Map<String, Owner> jobs = new HashMap<>();
    Map<String, Owner> latencyTargets = new HashMap<>();
    Map<String, Owner> slos = new HashMap<>();
    Map<String, Owner> sloAlertFiles = new HashMap<>();

    for (BundleContent bundle : bundles) {
      for (Metric metric : bundle.metrics()) {
        if (ScrapeTargets.ALL.stream().anyMatch(m -> m.name().equals(metric.name()))) {
          problems.add(
              new Problem(
                  bundle.bundle(),
                  "metric '" + metric.name() + "'",
                  "is written by Prometheus for every target, not by a service; drop it from the catalog and read"
                      + " ScrapeTargets."
                      + metric.name().toUpperCase(java.util.Locale.ROOT)));
          continue;
        }
        Owner previous = metrics.get(metric.name());
        if (metric.exporter().isPresent()
            && previous != null
            && !previous.bundle().equals(bundle.bundle())) {
          // An exporter's metric (node_*, kube_*) is no bundle's own: every domain that reads it
          // declares it, and the declarations must agree or one of them selects nothing.
          if (!previous.value().equals(metric)) {
            problems.add(
                new Problem(
                    bundle.bundle(),
                    "metric '" + metric.name() + "'",
                    "is declared differently in bundle '"
                        + previous.bundle()
                        + "'; an exporter's metric must be"
                        + " declared alike (help, labels, exporter) in every bundle that reads it"));
          }
          continue;
        }
        unique(
            problems,
            metrics,
            bundle.bundle(),
            "metric '" + metric.name() + "'",
            metric.name(),
            metric,
            "declare the metric in one bundle and import its constant elsewhere");
      }
      for (BundleContent.PlacedGroup placed : bundle.groups()) {
        unique(
            problems,
            groups,
            bundle.bundle(),
            "rule group '" + placed.group().name() + "'",
            placed.group().name(),
            placed,
            "rename one group; promtool orders groups by name");
        for (RecordingRule rule : placed.group().recordings()) {
          String key = rule.name() + rule.labels();
          unique(
              problems,
              recordings,
              bundle.bundle(),
              rule.describe(),
              key,
              rule,
              "record it once, or tell the copies apart with a label");
        }
        for (Alert alert : placed.group().alerts()) {
          unique(
              problems,
              alerts,
              bundle.bundle(),
              alert.describe(),
              alert.name(),
              alert,
              "give each alert its own ALERT_<SERVICE>_<CONDITION> name");
          Runbook runbook = alert.runbook();
          Owner previous =
              runbooks.putIfAbsent(runbook.slug(), new Owner(bundle.bundle(), runbook));
          if (previous != null && !previous.value().equals(runbook)) {
            String where =
                previous.bundle().equals(bundle.bundle())
                    ? "this bundle"
                    : "bundle '" + previous.bundle() + "'";
            problems.add(
                new Problem(
                    bundle.bundle(),
                    "runbook '" + runbook.slug() + "'",
                    where + " ships a different runbook with this slug; rename one"));
          }
        }
      }
      for (Slo slo : bundle.slos()) {
        unique(
            problems,
            slos,
            bundle.bundle(),
            slo.describe(),
            slo.id(),
            slo,
            "give each SLO its own service and name; its recordings and alerts are keyed by them");
        unique(
            problems,
            sloAlertFiles,
            bundle.bundle(),
            slo.describe(),
            slo.alertFile(),
            slo,
            "publish its alerts in their own file with .alertFile(\"<service>_<name>_slo\")");
      }
      for (DashboardFile file : bundle.dashboards()) {
        unique(
            problems,
            dashboardUids,
            bundle.bundle(),
            "dashboard '" + file.dashboard().uid() + "'",
            file.dashboard().uid(),
            file,
            "give each dashboard its own uid; Grafana keys dashboards by uid");
        unique(
            problems,
            dashboardPaths,
            bundle.bundle(),
            "dashboard '" + file.dashboard().uid() + "'",
            file.path(),
            file,
            "publish it under another file name than " + file.path());
      }
      for (ScrapeTarget target : bundle.scrapeTargets()) {
        unique(
            problems,
            jobs,
            bundle.bundle(),
            "scrape target '" + target.job() + "'",
            target.job(),
            target,
            "declare each job once; its ServiceMonitor and every alert on the job name one service");
      }
    }
    for (BundleContent bundle : bundles) {
      for (ScrapeTarget target : bundle.scrapeTargets()) {
        exportsCatalogMetrics(problems, bundle.bundle(), target, metrics);
      }
      // Traces name the service as its scrape job does: the sampler and the trace-to-metrics links
      // match on it.
      for (LatencyTarget target : bundle.latencyTargets()) {
        String object = "latency target '" + target.service() + "'";
        unique(
            problems,
            latencyTargets,
            bundle.bundle(),
            object,
            target.service(),
            target,
            "give each service one latency target");
        if (!jobs.containsKey(target.service())) {
          problems.add(
              new Problem(
                  bundle.bundle(),
                  object,
                  "names service '"
                      + target.service()
                      + "', which no scrape target declares as its job; declare it"
                      + " with definition.scrapeTarget(...) or use the job's name"));
        }
      }
    }

    TreeSet<String> known = new TreeSet<>(metrics.keySet());
    // Prometheus writes these for every target; reading them needs no catalog entry.
    ScrapeTargets.ALL.forEach(m -> known.add(m.name()));
    recordings.values().forEach(o -> known.add(((RecordingRule) o.value()).name()));
    // Several groups may record one name with different labels (every SLO records
    // slo:sli_error:ratio_rate5m).
    Map<String, List<RuleGroup>> recordedBy = new HashMap<>();
    for (BundleContent bundle : bundles) {
      for (BundleContent.PlacedGroup placed : bundle.groups()) {
        for (RecordingRule r : placed.group().recordings()) {
          List<RuleGroup> recorders = recordedBy.computeIfAbsent(r.name(), n -> new ArrayList<>());
          if (!recorders.contains(placed.group())) {
            recorders.add(placed.group());
          }
        }
      }
    }
    for (BundleContent bundle : bundles) {
      for (BundleContent.PlacedGroup placed : bundle.groups()) {
        for (Rule rule : placed.group().rules()) {
          knownMetrics(problems, bundle.bundle(), rule.describe(), rule.expr(), known, metrics);
        }
        for (Alert alert : placed.group().alerts()) {
          Reads reads = Reads.of(alert, recordedBy);
          freshRecordings(problems, bundle.bundle(), alert, reads, recordedBy);
          scenarioInputsAreRead(problems, bundle.bundle(), alert, reads);
        }
        groupPlacement(problems, bundle.bundle(), placed);
      }
      for (DashboardFile file : bundle.dashboards()) {
        for (Expr expr : file.dashboard().expressions()) {
          knownMetrics(
              problems,
              bundle.bundle(),
              "dashboard '" + file.dashboard().uid() + "'",
              expr,
              known,
              metrics);
        }
      }
    }
    return problems;
  }

  private static void unique(
      List<Problem> problems,
      Map<String, Owner> seen,
      String bundle,
      String object,
      String key,
      Object value,
      String fix) {
    Owner previous = seen.putIfAbsent(key, new Owner(bundle, value));
    if (previous != null) {
      String where =
          previous.bundle().equals(bundle) ? "this bundle" : "bundle '" + previous.bundle() + "'";
      problems.add(
          new Problem(bundle, object, "is declared twice (also in " + where + "); " + fix));
    }
  }

  /**
   * An alert reading a recording sees it up to one group interval late (groups run apart), and
   * promtool tests evaluate every group each minute whatever its interval, so they cannot show the
   * lag: recordings that alerts read, directly or through other recordings, are kept at {@link
   * #MAX_INTERVAL_READ_BY_ALERTS} or faster.
   */
  private static void freshRecordings(
      List<Problem> problems,
      String bundle,
      Alert alert,
      Reads reads,
      Map<String, List<RuleGroup>> recordedBy) {
    for (Map.Entry<String, Set<RuleGroup>> read : reads.recorders().entrySet()) {
      String name = read.getKey();
      // In the order the groups are declared, as the problems of a platform are listed.
      for (RuleGroup group : recordedBy.get(name)) {
        if (read.getValue().contains(group)
            && group.interval().compareTo(MAX_INTERVAL_READ_BY_ALERTS) > 0) {
          problems.add(
              new Problem(
                  bundle,
                  alert.describe(),
                  "reads '"
                      + name
                      + "', which rule group '"
                      + group.name()
                      + "' records every "
                      + group.interval()
                      + "; groups that alerts read must run every "
                      + MAX_INTERVAL_READ_BY_ALERTS
                      + " or faster, so set .interval(\""
                      + MAX_INTERVAL_READ_BY_ALERTS
                      + "\") or less"));
        }
      }
    }
  }

  static final Window MAX_INTERVAL_READ_BY_ALERTS = Window.minutes(1);

  /**
   * What an alert reads, with the recordings it reads followed to the selectors they read.
   *
   * @param recordedSeries the selectors that pick recordings
   * @param rawSelectors the selectors that pick scraped series
   * @param recorders by recording name, the groups whose recordings of that name the alert reads
   */
  private record Reads(
      List<SeriesRef> recordedSeries,
      List<SeriesRef> rawSelectors,
      Map<String, Set<RuleGroup>> recorders) {

    static Reads of(Alert alert, Map<String, List<RuleGroup>> recordedBy) {
      Reads reads = new Reads(new ArrayList<>(), new ArrayList<>(), new TreeMap<>());
      reads.follow(alert.expr().selections(), recordedBy, new TreeSet<>());
      return reads;
    }

    private void follow(
        List<SeriesRef> selections, Map<String, List<RuleGroup>> recordedBy, Set<String> visited) {
      for (SeriesRef selection : selections) {
        List<RuleGroup> groups = recordedBy.get(selection.series());
        if (groups == null) {
          rawSelectors.add(selection);
          continue;
        }
        recordedSeries.add(selection);
        if (!visited.add(selection.promql())) {
          continue;
        }
        for (RuleGroup group : groups) {
          for (RecordingRule r : group.recordings()) {
            if (r.name().equals(selection.series()) && agreesOnConstantLabels(selection, r)) {
              recorders.computeIfAbsent(r.name(), n -> new HashSet<>()).add(group);
              follow(r.expr().selections(), recordedBy, visited);
            }
          }
        }
      }
    }
  }

  /**
   * A scenario input must be a series the alert reads (a typo in a metric name would feed nothing),
   * and a quiet scenario must feed every selector, matchers included: with only a {@code
   * status="5000"} series for a {@code =~"5.."} matcher, "stays quiet" would pass whatever the
   * threshold. An input a matcher excludes is fine beside one it selects: it shows the exclusion.
   * Recordings the alert reads are followed to the selectors they read.
   */
  private static void scenarioInputsAreRead(
      List<Problem> problems, String bundle, Alert alert, Reads reads) {
    List<SeriesRef> rawSelectors = reads.rawSelectors();
    Set<String> read = new TreeSet<>();
    reads.recordedSeries().forEach(s -> read.add(s.series()));
    rawSelectors.forEach(s -> read.add(s.series()));
    for (AlertScenario scenario : alert.scenarios()) {
      for (TestSeries input : scenario.inputs()) {
        if (!read.contains(input.metricName())) {
          problems.add(
              new Problem(
                  bundle,
                  alert.describe(),
                  "scenario '"
                      + scenario.name()
                      + "' feeds "
                      + input.metricName()
                      + ", which the alert does not read"
                      + " (it reads "
                      + read
                      + "); fix the series name"));
        }
      }
      if (scenario.expectsFiring()) {
        continue;
      }
      for (String unfed :
          rawSelectors.stream()
              .filter(
                  s ->
                      scenario.inputs().stream()
                          .noneMatch(in -> s.selects(in.metricName(), in.labels())))
              .map(SeriesRef::promql)
              .distinct()
              .toList()) {
        problems.add(
            new Problem(
                bundle,
                alert.describe(),
                "quiet scenario '"
                    + scenario.name()
                    + "' feeds no series that "
                    + unfed
                    + " selects, so it stays quiet"
                    + " whatever the threshold; add an input that this selector selects, with values below the threshold"));
      }
    }
  }

  /**
   * Whether a selector can pick this one of the recordings of its name: recordings of the same name
   * told apart by constant labels (an SLO's identity) are read through matchers on them.
   */
  private static boolean agreesOnConstantLabels(SeriesRef selection, RecordingRule recording) {
    return selection.matchers().stream()
        .filter(m -> recording.labels().containsKey(m.label()))
        .allMatch(m -> m.matches(recording.labels()));
  }

  /**
   * Recordings live in the recording files, which every generated test loads first; an alert group
   * is evaluated at most every minute, the pace its promtool tests assume.
   */
  private static void groupPlacement(
      List<Problem> problems, String bundle, BundleContent.PlacedGroup placed) {
    RuleGroup group = placed.group();
    String object = "rule group '" + group.name() + "'";
    if (!group.recordings().isEmpty() && !placed.file().holdsRecordings()) {
      problems.add(
          new Problem(
              bundle,
              object,
              "holds recording rules but is published in "
                  + placed.file().path()
                  + "; declare recordings with definition.recordings(...) (or generalRecordings(...) for"
                  + " infrastructure and cross-domain ones) so tests and Prometheus load them first"));
    }
    if (!group.alerts().isEmpty() && group.interval().compareTo(MAX_INTERVAL_READ_BY_ALERTS) > 0) {
      problems.add(
          new Problem(
              bundle,
              object,
              "evaluates its alerts every "
                  + group.interval()
                  + "; alert groups run every "
                  + MAX_INTERVAL_READ_BY_ALERTS
                  + " or faster, as their promtool tests assume"));
    }
  }

  /** A target keeps only what it exports, so each export must be a catalog declaration. */
  private static void exportsCatalogMetrics(
      List<Problem> problems, String bundle, ScrapeTarget target, Map<String, Owner> catalog) {
    String object = "scrape target '" + target.job() + "'";
    for (Metric exported : target.metrics()) {
      Owner declared = catalog.get(exported.name());
      if (declared == null) {
        problems.add(
            new Problem(
                bundle,
                object,
                "exports metric '"
                    + exported.name()
                    + "', which no bundle's catalog declares; add it with definition.metrics(...)"));
      } else if (!declared.value().equals(exported)) {
        problems.add(
            new Problem(
                bundle,
                object,
                "exports metric '"
                    + exported.name()
                    + "' through a declaration that differs from the catalog's; use the catalog's constant"));
      }
    }
  }

  /**
   * Every metric a query reads must be in a catalog or be recorded by a rule, and be the catalog's
   * declaration: a second constant of the same name with other labels would select nothing.
   */
  private static void knownMetrics(
      List<Problem> problems,
      String bundle,
      String object,
      Expr expr,
      Set<String> known,
      Map<String, Owner> catalog) {
    for (Metric used : expr.metrics()) {
      Owner declared = catalog.get(used.name());
      if (declared != null && !declared.value().equals(used)) {
        Metric metric = (Metric) declared.value();
        problems.add(
            new Problem(
                bundle,
                object,
                "reads metric '"
                    + used.name()
                    + "' through a declaration that differs from the catalog's (labels "
                    + used.labelNames()
                    + " vs "
                    + metric.labelNames()
                    + "); use the catalog's constant"));
      }
    }
    for (String name : new TreeSet<>(expr.metricNames())) {
      if (!known.contains(name)) {
        problems.add(
            new Problem(
                bundle,
                object,
                "reads metric '"
                    + name
                    + "', which no bundle's catalog declares; add it with definition.metrics(...) or fix the name"));
      }
    }
  }
}
