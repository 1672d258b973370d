package com.carbon254.observability.dsl.lint;

import com.carbon254.observability.dsl.bundle.LintSilence;
import com.carbon254.observability.dsl.review.PromDuration;
import com.carbon254.observability.dsl.review.PromExpr;
import com.carbon254.observability.dsl.review.RenderedDashboard;
import com.carbon254.observability.dsl.review.RenderedRules;
import com.carbon254.observability.dsl.review.RenderedScenario;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every {@link LintCheck} over a rendered tree. It reads what Prometheus and Grafana will read
 * (rule files, promtool tests, dashboards), so content from any renderer is checked the same way.
 */
public final class Lint {
  /** Functions that need at least two samples in their window, where a short window goes empty. */
  private static final Set<String> RANGE_RATES = Set.of("rate", "irate", "increase");

  /** Aggregations that keep a counter's meaning: a sum of counters is still a counter. */
  private static final Set<String> COUNTER_PRESERVING =
      Set.of("sum", "min", "max", "avg", "topk", "bottomk", "quantile", "group");

  private static final List<String> COUNTER_SUFFIXES =
      List.of("_total", "_count", "_sum", "_bucket");
  private static final Set<String> PAGING = Set.of("page", "critical");
  private static final Pattern LABEL_IN_TEMPLATE =
      Pattern.compile("\\$labels\\.([A-Za-z_][A-Za-z0-9_]*)|index\\s+\\$labels\\s+\"([^\"]+)\"");

  private final RenderedSnapshot tree;
  private final LintConfig config;
  private final Duration scrape;
  private final List<LintFinding> findings = new ArrayList<>();

  private Lint(RenderedSnapshot tree, LintConfig config) {
    this.tree = tree;
    this.config = config;
    this.scrape = tree.scrapeInterval().orElse(config.scrapeInterval());
  }

  /**
   * Lints a tree and applies silences, given per bundle ({@code bundle name -> silences}). A
   * silence naming an unknown check, or one that silences nothing, is itself a finding.
   */
  public static LintReport run(
      RenderedSnapshot tree, LintConfig config, Map<String, List<LintSilence>> silences) {
    Lint lint = new Lint(tree, config);
    lint.alerts();
    lint.recordings();
    lint.dashboards();
    return silence(lint.findings, silences);
  }

  private static LintReport silence(
      List<LintFinding> all, Map<String, List<LintSilence>> silences) {
    List<LintFinding> standing = new ArrayList<>();
    List<LintReport.Silenced> silenced = new ArrayList<>();
    Map<LintSilence, String> unused = new LinkedHashMap<>();
    List<LintFinding> meta = new ArrayList<>();
    new TreeMap<>(silences)
        .forEach(
            (bundle, list) ->
                list.forEach(
                    s -> {
                      if (LintCheck.byId(s.check()).isEmpty()) {
                        meta.add(
                            new LintFinding(
                                LintCheck.UNKNOWN_CHECK,
                                s.object(),
                                "bundle " + bundle,
                                "a silence names check '" + s.check() + "', which does not exist"));
                      } else {
                        unused.put(s, bundle);
                      }
                    }));
    for (LintFinding finding : all) {
      Optional<Map.Entry<LintSilence, String>> match =
          silences.entrySet().stream()
              .flatMap(e -> e.getValue().stream().map(s -> Map.entry(s, e.getKey())))
              .filter(
                  e ->
                      e.getKey().check().equals(finding.check().id())
                          && e.getKey().object().equals(finding.object()))
              .findFirst();
      if (match.isPresent()) {
        silenced.add(
            new LintReport.Silenced(finding, match.get().getValue(), match.get().getKey()));
        unused.remove(match.get().getKey());
      } else {
        standing.add(finding);
      }
    }
    unused.forEach(
        (s, bundle) ->
            meta.add(
                new LintFinding(
                    LintCheck.UNUSED_SILENCE,
                    s.object(),
                    "bundle " + bundle,
                    "silences " + s.check() + ", which does not fire on it")));
    standing.addAll(meta);
    return new LintReport(standing, silenced);
  }

  private void add(LintCheck check, String object, String file, String message) {
    findings.add(new LintFinding(check, object, file, message));
  }

  // ---- alerts ----------------------------------------------------------------------------------

  private void alerts() {
    Map<String, RenderedRules.Group> groupOf = new TreeMap<>();
    Map<String, RenderedRules.Group> recordedBy = new TreeMap<>();
    for (RenderedRules.Group g : tree.groups()) {
      g.alerts().forEach(a -> groupOf.putIfAbsent(a.name(), g));
      g.recordings().forEach(r -> recordedBy.putIfAbsent(r.name(), g));
    }
    Map<String, List<RenderedScenario>> checks = new TreeMap<>();
    tree.scenarios()
        .forEach(s -> checks.computeIfAbsent(s.alertname(), k -> new ArrayList<>()).add(s));

    for (RenderedRules.Alert alert : tree.alerts()) {
      String object = "alert " + alert.name();
      RenderedRules.Group group = groupOf.get(alert.name());
      Duration pending = alert.forDuration();
      if (!pending.isZero()) {
        Duration longest = group.every().compareTo(scrape) >= 0 ? group.every() : scrape;
        if (pending.compareTo(longest) < 0) {
          String which =
              longest.equals(group.every())
                  ? "its group '" + group.name() + "' runs every "
                  : "its series are scraped every ";
          add(
              LintCheck.FOR_SHORTER_THAN_INTERVAL,
              object,
              alert.file(),
              "'for' is " + alert.pendingFor() + " but " + which + PromDuration.format(longest));
        }
      }
      boolean absent = callsAny(alert.query(), Set.of("absent", "absent_over_time"));
      if (absent && pending.isZero()) {
        add(LintCheck.ABSENT_WITHOUT_FOR, object, alert.file(), "uses absent() and has no 'for'");
      }
      if (pending.isZero()
          && alert.severity().map(PAGING::contains).orElse(false)
          && !multiWindow(alert.query())) {
        add(
            LintCheck.PAGE_WITHOUT_FOR,
            object,
            alert.file(),
            "pages (severity " + alert.severity().get() + ") and has no 'for'");
      }
      rateWindows(object, alert.file(), alert.query());
      counterComparisons(object, alert.file(), alert.query());
      annotationLabels(object, alert);
      for (String metric : alert.query().metricNames()) {
        RenderedRules.Group recording = recordedBy.get(metric);
        if (recording != null && recording.every().compareTo(group.every()) > 0) {
          add(
              LintCheck.SLOWER_RECORDING,
              object,
              alert.file(),
              "reads '"
                  + metric
                  + "', recorded every "
                  + PromDuration.format(recording.every())
                  + " by group '"
                  + recording.name()
                  + "', while its own group '"
                  + group.name()
                  + "' runs every "
                  + PromDuration.format(group.every()));
        }
      }
      List<RenderedScenario> tests = checks.getOrDefault(alert.name(), List.of());
      Set<String> minutes = new TreeSet<>();
      tests.forEach(
          t ->
              minutes.add(
                  PromDuration.parse(t.evalTime()).map(PromDuration::format).orElse(t.evalTime())));
      if (tests.size() > 1 && minutes.size() == 1) {
        add(
            LintCheck.SCENARIOS_SAME_MINUTE,
            object,
            tests.get(0).file(),
            "all " + tests.size() + " scenario checks evaluate at " + minutes.iterator().next());
      }
    }
  }

  /**
   * A long window {@code and} a short one, as the SRE workbook's burn-rate alerts are written: the
   * short window already stops a single blip from paging, so these need no {@code for}.
   */
  private static boolean multiWindow(PromExpr expr) {
    PromExpr e = expr.unwrapped();
    if (e instanceof PromExpr.Binary b && b.op().equals("or")) {
      return multiWindow(b.lhs()) && multiWindow(b.rhs());
    }
    if (e instanceof PromExpr.Binary b && b.op().equals("and")) {
      Set<String> left = windows(b.lhs());
      Set<String> right = windows(b.rhs());
      return !left.isEmpty() && !right.isEmpty() && !left.equals(right);
    }
    return false;
  }

  private static Set<String> windows(PromExpr expr) {
    Set<String> windows = new TreeSet<>();
    expr.selectors().stream().filter(s -> s.range() != null).forEach(s -> windows.add(s.range()));
    // Recordings name their window by convention: x:ratio_rate5m, x:error_ratio1h.
    expr.metricNames().stream()
        .filter(n -> n.contains(":"))
        .forEach(
            n -> {
              Matcher m = RECORDED_WINDOW.matcher(n);
              if (m.find()) {
                windows.add(m.group(1));
              }
            });
    return windows;
  }

  private static final Pattern RECORDED_WINDOW = Pattern.compile("(\\d+[smhdwy])$");

  private void annotationLabels(String object, RenderedRules.Alert alert) {
    Optional<Set<String>> carried = OutputLabels.of(alert.query());
    if (carried.isEmpty()) {
      return;
    }
    Set<String> available = new TreeSet<>(carried.get());
    available.addAll(alert.labels().keySet());
    Set<String> missing = new TreeSet<>();
    for (String text : alert.annotations().values()) {
      Matcher m = LABEL_IN_TEMPLATE.matcher(text);
      while (m.find()) {
        String label = m.group(1) != null ? m.group(1) : m.group(2);
        if (!available.contains(label)) {
          missing.add(label);
        }
      }
    }
    if (!missing.isEmpty()) {
      add(
          LintCheck.ANNOTATION_LABEL,
          object,
          alert.file(),
          "annotations use "
              + String.join(", ", missing.stream().map(l -> "$labels." + l).toList())
              + " but the expression's result carries only "
              + available);
    }
  }

  // ---- PromQL ----------------------------------------------------------------------------------

  private static boolean callsAny(PromExpr expr, Set<String> functions) {
    boolean[] found = {false};
    expr.visit(
        e -> {
          if (e instanceof PromExpr.Call c && functions.contains(c.function())) {
            found[0] = true;
          }
        });
    return found[0];
  }

  private void rateWindows(String object, String file, PromExpr expr) {
    Duration minimum = scrape.multipliedBy(4);
    Set<String> reported = new TreeSet<>();
    expr.visit(
        e -> {
          if (e instanceof PromExpr.Call c && RANGE_RATES.contains(c.function())) {
            for (PromExpr arg : c.args()) {
              if (arg instanceof PromExpr.Selector s && s.range() != null) {
                Optional<Duration> window = PromDuration.parse(s.range());
                if (window.isPresent()
                    && window.get().compareTo(minimum) < 0
                    && reported.add(c.function() + s.range())) {
                  add(
                      LintCheck.RATE_WINDOW,
                      object,
                      file,
                      c.function()
                          + "() over ["
                          + s.range()
                          + "] spans fewer than four scrape intervals ("
                          + PromDuration.format(scrape)
                          + " each, so at least "
                          + PromDuration.format(minimum)
                          + ")");
                }
              }
            }
          }
        });
  }

  private void counterComparisons(String object, String file, PromExpr expr) {
    expr.visit(
        e -> {
          if (e instanceof PromExpr.Binary b && b.isComparison()) {
            for (PromExpr side : List.of(b.lhs(), b.rhs())) {
              rawCounter(side)
                  .ifPresent(
                      counter ->
                          add(
                              LintCheck.COUNTER_COMPARISON,
                              object,
                              file,
                              "compares the raw counter '"
                                  + counter
                                  + "' ("
                                  + b.op()
                                  + ") instead of its rate or increase"));
            }
          }
        });
  }

  /** The counter a value is, when it is one unchanged: a selector, or sums and scalings of one. */
  private static Optional<String> rawCounter(PromExpr expr) {
    PromExpr e = expr.unwrapped();
    if (e instanceof PromExpr.Selector s && s.range() == null) {
      return s.name().filter(n -> COUNTER_SUFFIXES.stream().anyMatch(n::endsWith));
    }
    if (e instanceof PromExpr.Aggregate a && COUNTER_PRESERVING.contains(a.op())) {
      return rawCounter(a.expr());
    }
    if (e instanceof PromExpr.Unary u) {
      return rawCounter(u.expr());
    }
    if (e instanceof PromExpr.Binary b && (b.op().equals("*") || b.op().equals("/"))) {
      if (b.rhs().unwrapped() instanceof PromExpr.Number) {
        return rawCounter(b.lhs());
      }
      if (b.lhs().unwrapped() instanceof PromExpr.Number) {
        return rawCounter(b.rhs());
      }
    }
    return Optional.empty();
  }

  // ---- recordings ------------------------------------------------------------------------------

  private void recordings() {
    Map<String, RenderedRules.Recording> first = new LinkedHashMap<>();
    for (RenderedRules.Recording r : tree.recordings()) {
      String object = "recording " + r.series();
      RenderedRules.Recording previous = first.putIfAbsent(r.series(), r);
      if (previous != null) {
        add(
            LintCheck.DUPLICATE_SERIES,
            object,
            r.file(),
            "group '"
                + r.group()
                + "' records the same series as group '"
                + previous.group()
                + "' ("
                + previous.file()
                + ")");
      }
      rateWindows(object, r.file(), r.query());
      counterComparisons(object, r.file(), r.query());
    }
  }

  // ---- dashboards ------------------------------------------------------------------------------

  private void dashboards() {
    Set<String> recorded = new TreeSet<>();
    tree.recordings().forEach(r -> recorded.add(r.name()));
    for (RenderedDashboard d : tree.dashboards()) {
      String object = "dashboard " + d.uid();
      int raw = 0;
      for (RenderedDashboard.Panel p : d.panels()) {
        for (RenderedDashboard.Query q : p.queries()) {
          for (PromExpr.Selector s : q.selectors()) {
            if (s.name().map(n -> !recorded.contains(n)).orElse(true)) {
              raw++;
            }
          }
          try {
            PromExpr expr = com.carbon254.observability.dsl.review.PromqlReader.read(q.expr());
            rateWindows(object, d.path(), expr);
            counterComparisons(object, d.path(), expr);
          } catch (RuntimeException unreadable) {
            // The snapshot read it already; an empty query has nothing to check.
          }
        }
      }
      if (raw > config.maxRawSelectorsPerDashboard()) {
        add(
            LintCheck.RAW_SELECTORS,
            object,
            d.path(),
            "its panels query "
                + raw
                + " raw series selectors (at most "
                + config.maxRawSelectorsPerDashboard()
                + ")");
      }
    }
  }
}
