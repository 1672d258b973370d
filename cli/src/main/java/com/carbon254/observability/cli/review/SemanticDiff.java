package com.carbon254.observability.cli.review;

import com.carbon254.observability.cli.review.SemanticReport.Broken;
import com.carbon254.observability.cli.review.SemanticReport.Change;
import com.carbon254.observability.cli.review.SemanticReport.Domain;
import com.carbon254.observability.cli.review.SemanticReport.Kind;
import com.carbon254.observability.dsl.review.PromDuration;
import com.carbon254.observability.dsl.review.PromExpr;
import com.carbon254.observability.dsl.review.RenderedAlertmanager;
import com.carbon254.observability.dsl.review.RenderedDashboard;
import com.carbon254.observability.dsl.review.RenderedRules;
import com.carbon254.observability.dsl.review.RenderedSlo;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two rendered trees object by object: alerts by name, recordings by the series they
 * produce, SLOs by id, dashboards by uid and their panels by title, Alertmanager routes by the
 * matchers that lead to them. What only moves (a panel's place on the grid, a rule's place in its
 * file) is not a change.
 */
public final class SemanticDiff {
  /** Leaf settings listed per changed panel or dashboard before "and N more". */
  private static final int MAX_SETTINGS = 4;

  private final RenderedSnapshot before;
  private final RenderedSnapshot after;
  private final List<Change> changes = new ArrayList<>();
  private final List<Broken> broken = new ArrayList<>();

  private SemanticDiff(RenderedSnapshot before, RenderedSnapshot after) {
    this.before = before;
    this.after = after;
  }

  public static SemanticReport compare(
      String from, RenderedSnapshot before, String to, RenderedSnapshot after) {
    SemanticDiff diff = new SemanticDiff(before, after);
    diff.alerts();
    diff.recordings();
    diff.groups();
    diff.slos();
    diff.dashboards();
    diff.alertmanager();
    diff.runbooks();
    return new SemanticReport(from, to, diff.changes, diff.broken);
  }

  // ---- alerts ----------------------------------------------------------------------------------

  private void alerts() {
    compareBy(
        before.alerts(),
        after.alerts(),
        RenderedRules.Alert::name,
        a ->
            add(
                Domain.ALERTS,
                Kind.ADDED,
                "alert",
                a.name(),
                "(" + a.severity().orElse("no severity") + ")",
                List.of()),
        a ->
            add(
                Domain.ALERTS,
                Kind.REMOVED,
                "alert",
                a.name(),
                "(" + a.severity().orElse("no severity") + ")",
                List.of()),
        (a, b) -> {
          List<String> details = new ArrayList<>(expressionChanges(a.query(), b.query()));
          if (!Objects.equals(a.forDuration(), b.forDuration())) {
            details.add("for " + forText(a) + " → " + forText(b));
          }
          Map<String, String> labelsA = new TreeMap<>(a.labels());
          Map<String, String> labelsB = new TreeMap<>(b.labels());
          String sevA = labelsA.remove("severity");
          String sevB = labelsB.remove("severity");
          details.addAll(mapChanges("label", labelsA, labelsB));
          Map<String, String> annotationsA = new TreeMap<>(a.annotations());
          Map<String, String> annotationsB = new TreeMap<>(b.annotations());
          annotationsA.remove(RUNBOOK_URL);
          annotationsB.remove(RUNBOOK_URL);
          details.addAll(mapChanges("annotation", annotationsA, annotationsB));
          if (!Objects.equals(a.annotations().get(RUNBOOK_URL), b.annotations().get(RUNBOOK_URL))) {
            details.add("runbook " + runbook(a) + " → " + runbook(b));
          }
          if (!a.file().equals(b.file()) || !a.group().equals(b.group())) {
            details.add("group " + a.file() + "#" + a.group() + " → " + b.file() + "#" + b.group());
          }
          if (details.isEmpty() && Objects.equals(sevA, sevB)) {
            return;
          }
          details.add(
              Objects.equals(sevA, sevB)
                  ? "severity " + sevB + " (unchanged)"
                  : "severity " + sevA + " → " + sevB);
          add(Domain.ALERTS, Kind.CHANGED, "alert", b.name(), "", details);
        });
  }

  private static final String RUNBOOK_URL = "runbook_url";

  private static String runbook(RenderedRules.Alert alert) {
    return RenderedSnapshot.runbookOf(alert)
        .orElse(alert.annotations().getOrDefault(RUNBOOK_URL, "(none)"));
  }

  private static String forText(RenderedRules.Alert alert) {
    return alert.pendingFor() == null ? "none" : alert.pendingFor();
  }

  /** One clause of an alert: the operands of {@code and}, {@code or}, {@code unless} at the top. */
  private record Clause(
      String query, String op, PromExpr.Number threshold, String whole, String label) {}

  /**
   * Thresholds compared clause by clause, so a change inside an {@code and} reads as "threshold
   * 0.02 → 0.03 (5m clause)" rather than as a new expression.
   */
  static List<String> expressionChanges(PromExpr before, PromExpr after) {
    if (before.text().equals(after.text())) {
      return List.of();
    }
    List<Clause> a = clauses(before);
    List<Clause> b = clauses(after);
    if (a.size() != b.size()) {
      List<String> details = new ArrayList<>();
      Set<String> wholeA = new LinkedHashSet<>(a.stream().map(Clause::whole).toList());
      Set<String> wholeB = new LinkedHashSet<>(b.stream().map(Clause::whole).toList());
      wholeA.stream().filter(c -> !wholeB.contains(c)).forEach(c -> details.add("- clause " + c));
      wholeB.stream().filter(c -> !wholeA.contains(c)).forEach(c -> details.add("+ clause " + c));
      return details.isEmpty() ? List.of("expr " + before.text() + " → " + after.text()) : details;
    }
    List<String> details = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      Clause x = a.get(i);
      Clause y = b.get(i);
      if (x.whole().equals(y.whole())) {
        continue;
      }
      String where = y.label().isEmpty() ? "" : " (" + y.label() + ")";
      if (x.threshold() != null && y.threshold() != null && x.query().equals(y.query())) {
        if (!x.op().equals(y.op())) {
          details.add(
              "comparison "
                  + x.op()
                  + " "
                  + x.threshold().text()
                  + " → "
                  + y.op()
                  + " "
                  + y.threshold().text()
                  + where);
        } else {
          details.add("threshold " + x.threshold().text() + " → " + y.threshold().text() + where);
        }
      } else {
        details.add("query " + x.whole() + " → " + y.whole() + where);
      }
    }
    if (details.isEmpty()) {
      details.add("operators " + before.text() + " → " + after.text());
    }
    return details;
  }

  private static List<Clause> clauses(PromExpr expr) {
    List<PromExpr> parts = new ArrayList<>();
    flatten(expr.unwrapped(), parts);
    List<Clause> clauses = new ArrayList<>();
    List<String> windows = new ArrayList<>();
    for (PromExpr part : parts) {
      Set<String> ranges = new TreeSet<>();
      part.selectors().stream().filter(s -> s.range() != null).forEach(s -> ranges.add(s.range()));
      windows.add(String.join("/", ranges));
    }
    for (int i = 0; i < parts.size(); i++) {
      PromExpr part = parts.get(i).unwrapped();
      String window = windows.get(i);
      String label =
          parts.size() == 1
              ? ""
              : !window.isEmpty() && windows.stream().filter(window::equals).count() == 1
                  ? window + " clause"
                  : "clause " + (i + 1);
      if (part instanceof PromExpr.Binary bin && bin.isComparison() && !bin.returnBool()) {
        if (bin.rhs().unwrapped() instanceof PromExpr.Number n) {
          clauses.add(new Clause(bin.lhs().text(), bin.op(), n, part.text(), label));
          continue;
        }
        if (bin.lhs().unwrapped() instanceof PromExpr.Number n) {
          clauses.add(new Clause(bin.rhs().text(), flip(bin.op()), n, part.text(), label));
          continue;
        }
      }
      clauses.add(new Clause(part.text(), null, null, part.text(), label));
    }
    return clauses;
  }

  private static void flatten(PromExpr expr, List<PromExpr> parts) {
    if (expr instanceof PromExpr.Binary b && b.isSetOperator()) {
      flatten(b.lhs().unwrapped(), parts);
      flatten(b.rhs().unwrapped(), parts);
    } else {
      parts.add(expr);
    }
  }

  private static String flip(String op) {
    return switch (op) {
      case ">" -> "<";
      case "<" -> ">";
      case ">=" -> "<=";
      case "<=" -> ">=";
      default -> op;
    };
  }

  // ---- recordings and groups -------------------------------------------------------------------

  private void recordings() {
    Set<String> recordedAfter = new TreeSet<>();
    after.recordings().forEach(r -> recordedAfter.add(r.name()));
    Set<String> reportedBroken = new TreeSet<>();
    compareBy(
        withoutSloMetadata(before),
        withoutSloMetadata(after),
        RenderedRules.Recording::series,
        r -> add(Domain.RECORDINGS, Kind.ADDED, "recording", r.series(), "", List.of()),
        r -> {
          List<String> readers = recordedAfter.contains(r.name()) ? List.of() : readersOf(r.name());
          String note = readers.isEmpty() ? "" : "(still read by " + count(readers) + ": broken)";
          add(Domain.RECORDINGS, Kind.REMOVED, "recording", r.series(), note, List.of());
          if (!readers.isEmpty() && reportedBroken.add(r.name())) {
            broken.add(
                new Broken(
                    "recording",
                    r.name(),
                    "no rule records it any more, but it is still read",
                    readers));
          }
        },
        (a, b) -> {
          List<String> details = new ArrayList<>();
          if (!a.query().text().equals(b.query().text())) {
            details.add("expr " + a.query().text() + " → " + b.query().text());
          }
          if (!a.group().equals(b.group()) || !a.file().equals(b.file())) {
            details.add("group " + a.file() + "#" + a.group() + " → " + b.file() + "#" + b.group());
          }
          if (!details.isEmpty()) {
            add(Domain.RECORDINGS, Kind.CHANGED, "recording", b.series(), "", details);
          }
        });
  }

  /** SLO metadata series are reported as SLOs, with their budget, not as bare recordings. */
  private static List<RenderedRules.Recording> withoutSloMetadata(RenderedSnapshot tree) {
    return tree.recordings().stream()
        .filter(
            r ->
                !r.name().equals(RenderedSnapshot.SLO_OBJECTIVE)
                    && !r.name().equals(RenderedSnapshot.SLO_PERIOD))
        .toList();
  }

  /** Who reads a metric in the new tree: alerts, recordings (SLO rules among them) and panels. */
  private List<String> readersOf(String metric) {
    List<String> readers = new ArrayList<>();
    after.alerts().stream()
        .filter(a -> a.query().metricNames().contains(metric))
        .forEach(a -> readers.add("alert " + a.name()));
    after.recordings().stream()
        .filter(r -> r.query().metricNames().contains(metric))
        .forEach(
            r ->
                readers.add(
                    (r.group().startsWith("slo") || r.file().contains("slo")
                            ? "SLO recording "
                            : "recording ")
                        + r.series()));
    for (RenderedDashboard d : after.dashboards()) {
      d.panels().stream()
          .filter(p -> p.metricNames().contains(metric))
          .forEach(p -> readers.add("panel \"" + p.title() + "\" of dashboard " + d.uid()));
    }
    return readers;
  }

  /** "2 panels", "1 alert, 3 panels": readers counted by kind. */
  private static String count(List<String> readers) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (String reader : readers) {
      String kind =
          reader.startsWith("SLO recording")
              ? "SLO recording"
              : reader.substring(0, reader.indexOf(' '));
      kinds.merge(kind, 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    kinds.forEach((k, n) -> parts.add(n + " " + k + (n == 1 ? "" : "s")));
    return String.join(", ", parts);
  }

  private void groups() {
    compareBy(
        before.groups(),
        after.groups(),
        g -> g.file() + "#" + g.name(),
        g ->
            add(
                Domain.RULE_GROUPS,
                Kind.ADDED,
                "rule group",
                g.name(),
                "(" + g.file() + ", every " + PromDuration.format(g.every()) + ")",
                List.of()),
        g ->
            add(
                Domain.RULE_GROUPS,
                Kind.REMOVED,
                "rule group",
                g.name(),
                "(" + g.file() + ")",
                List.of()),
        (a, b) -> {
          if (!a.every().equals(b.every())) {
            add(
                Domain.RULE_GROUPS,
                Kind.CHANGED,
                "rule group",
                b.name(),
                "",
                List.of(
                    "interval "
                        + PromDuration.format(a.every())
                        + " → "
                        + PromDuration.format(b.every())));
          }
        });
  }

  // ---- SLOs ------------------------------------------------------------------------------------

  private void slos() {
    compareBy(
        before.slos(),
        after.slos(),
        RenderedSlo::id,
        s ->
            add(
                Domain.SLOS,
                Kind.ADDED,
                "SLO",
                s.id(),
                "",
                List.of("objective " + percent(s) + " (error budget " + budget(s) + ")")),
        s ->
            add(
                Domain.SLOS,
                Kind.REMOVED,
                "SLO",
                s.id(),
                "",
                List.of("objective " + percent(s) + " (error budget " + budget(s) + ")")),
        (a, b) -> {
          if (a.objectiveRatio().compareTo(b.objectiveRatio()) == 0
              && a.periodDays() == b.periodDays()) {
            return;
          }
          List<String> details = new ArrayList<>();
          String budgets =
              "error budget "
                  + PromDuration.format(a.errorBudget())
                  + " → "
                  + PromDuration.format(b.errorBudget());
          if (a.periodDays() != b.periodDays()) {
            details.add("period " + a.periodDays() + "d → " + b.periodDays() + "d");
          }
          if (a.objectiveRatio().compareTo(b.objectiveRatio()) != 0) {
            details.add("objective " + percent(a) + " → " + percent(b));
          }
          String last = details.remove(details.size() - 1);
          details.add(
              last
                  + " ("
                  + budgets
                  + (a.periodDays() == b.periodDays() ? " per " + b.periodDays() + "d" : "")
                  + ")");
          add(Domain.SLOS, Kind.CHANGED, "SLO", b.id(), "", details);
        });
  }

  /** 99.5, and 99.0 rather than 99, as people write objectives. */
  private static String percent(RenderedSlo slo) {
    BigDecimal p = slo.objectivePercent();
    return (p.scale() < 1 ? p.setScale(1) : p).toPlainString();
  }

  private static String budget(RenderedSlo slo) {
    return PromDuration.format(slo.errorBudget()) + " per " + slo.periodDays() + "d";
  }

  // ---- dashboards ------------------------------------------------------------------------------

  private void dashboards() {
    compareBy(
        before.dashboards(),
        after.dashboards(),
        RenderedDashboard::uid,
        d ->
            add(
                Domain.DASHBOARDS,
                Kind.ADDED,
                "dashboard",
                d.uid(),
                "(\"" + d.title() + "\", " + d.panels().size() + " panels)",
                List.of()),
        d ->
            add(
                Domain.DASHBOARDS,
                Kind.REMOVED,
                "dashboard",
                d.uid(),
                "(\"" + d.title() + "\")",
                List.of()),
        this::dashboard);
  }

  private void dashboard(RenderedDashboard a, RenderedDashboard b) {
    List<String> details = new ArrayList<>();
    if (!a.title().equals(b.title())) {
      details.add("title \"" + a.title() + "\" → \"" + b.title() + "\"");
    }
    if (!a.path().equals(b.path())) {
      details.add("file " + a.path() + " → " + b.path());
    }
    Map<String, String> settingsA = new TreeMap<>();
    Map<String, String> settingsB = new TreeMap<>();
    flattenJson("", a.settings(), settingsA);
    flattenJson("", b.settings(), settingsB);
    details.addAll(capped(mapChanges("", settingsA, settingsB)));
    compareBy(
        a.variables(),
        b.variables(),
        RenderedDashboard.Variable::name,
        v -> details.add("+ variable $" + v.name()),
        v -> {
          details.add("- variable $" + v.name());
          List<String> users =
              b.panels().stream()
                  .filter(p -> p.variablesUsed().contains(v.name()))
                  .map(p -> "panel \"" + p.title() + "\"")
                  .toList();
          if (!users.isEmpty()) {
            broken.add(
                new Broken(
                    "variable",
                    "$" + v.name() + " of dashboard " + b.uid(),
                    "was removed, but panels still use it",
                    users));
          }
        },
        (x, y) -> {
          if (!x.equals(y)) {
            details.add(
                "~ variable $"
                    + y.name()
                    + ": "
                    + (x.type().equals(y.type())
                        ? ""
                        : "type " + x.type() + " → " + y.type() + ", ")
                    + "query "
                    + x.query()
                    + " → "
                    + y.query());
          }
        });
    compareBy(
        a.panels(),
        b.panels(),
        panelKey(a),
        panelKey(b),
        p -> details.add("+ panel \"" + p.title() + "\""),
        p -> details.add("- panel \"" + p.title() + "\""),
        (x, y) -> {
          List<String> panel = panelChanges(x, y);
          if (!panel.isEmpty()) {
            details.add("~ panel \"" + y.title() + "\": " + String.join(", ", panel));
          }
        });
    if (!details.isEmpty()) {
      add(Domain.DASHBOARDS, Kind.CHANGED, "dashboard", b.uid(), "", details);
    }
  }

  /** Panels by title; by row and title where a dashboard repeats a title under several rows. */
  private static Function<RenderedDashboard.Panel, String> panelKey(RenderedDashboard d) {
    Map<String, Integer> titles = new TreeMap<>();
    d.panels().forEach(p -> titles.merge(p.title(), 1, Integer::sum));
    return p -> titles.get(p.title()) > 1 ? p.row() + " / " + p.title() : p.title();
  }

  private static List<String> panelChanges(RenderedDashboard.Panel a, RenderedDashboard.Panel b) {
    List<String> details = new ArrayList<>();
    if (!a.type().equals(b.type())) {
      details.add("type " + a.type() + " → " + b.type());
    }
    if (!a.unit().equals(b.unit())) {
      details.add("unit " + orNone(a.unit()) + " → " + orNone(b.unit()));
    }
    compareBy(
        a.queries(),
        b.queries(),
        RenderedDashboard.Query::refId,
        q -> details.add("+ query " + q.refId() + " " + q.expr()),
        q -> details.add("- query " + q.refId() + " " + q.expr()),
        (x, y) -> {
          if (!x.expr().equals(y.expr())) {
            details.add("query " + y.refId() + " " + x.expr() + " → " + y.expr());
          }
          if (!x.legend().equals(y.legend())) {
            details.add(
                "legend " + y.refId() + " " + orNone(x.legend()) + " → " + orNone(y.legend()));
          }
        });
    if (!a.thresholds().equals(b.thresholds())) {
      details.add("thresholds " + a.thresholds() + " → " + b.thresholds());
    }
    Map<String, String> settingsA = leaves(a.settings());
    Map<String, String> settingsB = leaves(b.settings());
    details.addAll(capped(mapChanges("", settingsA, settingsB)));
    return details;
  }

  /**
   * The first few setting changes, then how many more: the reviewer opens the file for the rest.
   */
  private static List<String> capped(List<String> changes) {
    if (changes.size() <= MAX_SETTINGS) {
      return changes;
    }
    List<String> shown = new ArrayList<>(changes.subList(0, MAX_SETTINGS));
    shown.add("and " + (changes.size() - MAX_SETTINGS) + " more settings");
    return shown;
  }

  private static String orNone(String s) {
    return s.isEmpty() ? "(none)" : s;
  }

  /** A panel's settings as path → value, without what is reported on its own or only places it. */
  private static Map<String, String> leaves(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    flattenJson("", node, leaves);
    leaves
        .keySet()
        .removeIf(
            k ->
                k.equals("type")
                    || k.equals("fieldConfig.defaults.unit")
                    || k.startsWith("fieldConfig.defaults.thresholds"));
    return leaves;
  }

  private static void flattenJson(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flattenJson(
                      path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        flattenJson(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(
          path,
          node.isNumber()
              ? node.decimalValue().toPlainString()
              : node.isTextual() ? node.asText() : node.toString());
    }
  }

  // ---- Alertmanager ----------------------------------------------------------------------------

  private void alertmanager() {
    List<RenderedAlertmanager.Route> routesA =
        before.alertmanager().map(RenderedAlertmanager::routes).orElse(List.of());
    List<RenderedAlertmanager.Route> routesB =
        after.alertmanager().map(RenderedAlertmanager::routes).orElse(List.of());
    compareBy(
        routesA,
        routesB,
        RenderedAlertmanager.Route::path,
        r ->
            add(
                Domain.ALERTMANAGER,
                Kind.ADDED,
                "route",
                r.path(),
                "(→ " + r.receiver() + ")",
                List.of()),
        r ->
            add(
                Domain.ALERTMANAGER,
                Kind.REMOVED,
                "route",
                r.path(),
                "(→ " + r.receiver() + ")",
                List.of()),
        (a, b) -> {
          List<String> details = new ArrayList<>();
          field(details, "receiver", a.receiver(), b.receiver());
          field(details, "group_by", a.groupBy(), b.groupBy());
          field(details, "group_wait", a.groupWait(), b.groupWait());
          field(details, "group_interval", a.groupInterval(), b.groupInterval());
          field(details, "repeat_interval", a.repeatInterval(), b.repeatInterval());
          field(details, "continue", String.valueOf(a.continues()), String.valueOf(b.continues()));
          if (!details.isEmpty()) {
            add(Domain.ALERTMANAGER, Kind.CHANGED, "route", b.path(), "", details);
          }
        });
    List<String> receiversA =
        before.alertmanager().map(RenderedAlertmanager::receivers).orElse(List.of());
    List<String> receiversB =
        after.alertmanager().map(RenderedAlertmanager::receivers).orElse(List.of());
    compareBy(
        receiversA,
        receiversB,
        r -> r,
        r -> add(Domain.ALERTMANAGER, Kind.ADDED, "receiver", r, "", List.of()),
        r -> add(Domain.ALERTMANAGER, Kind.REMOVED, "receiver", r, "", List.of()),
        (x, y) -> {});
    List<String> inhibitA =
        before.alertmanager().map(RenderedAlertmanager::inhibitRules).orElse(List.of());
    List<String> inhibitB =
        after.alertmanager().map(RenderedAlertmanager::inhibitRules).orElse(List.of());
    compareBy(
        inhibitA,
        inhibitB,
        r -> r,
        r -> add(Domain.ALERTMANAGER, Kind.ADDED, "inhibition", r, "", List.of()),
        r -> add(Domain.ALERTMANAGER, Kind.REMOVED, "inhibition", r, "", List.of()),
        (x, y) -> {});
  }

  private static void field(List<String> details, String name, String a, String b) {
    if (!Objects.equals(a, b)) {
      details.add(name + " " + a + " → " + b);
    }
  }

  // ---- runbooks --------------------------------------------------------------------------------

  private void runbooks() {
    Set<String> linkedBefore = new TreeSet<>();
    before.alerts().forEach(a -> RenderedSnapshot.runbookOf(a).ifPresent(linkedBefore::add));
    Map<String, List<String>> linkedAfter = new TreeMap<>();
    after
        .alerts()
        .forEach(
            a ->
                RenderedSnapshot.runbookOf(a)
                    .ifPresent(
                        r ->
                            linkedAfter
                                .computeIfAbsent(r, k -> new ArrayList<>())
                                .add("alert " + a.name())));
    compareBy(
        List.copyOf(before.runbooks().keySet()),
        List.copyOf(after.runbooks().keySet()),
        r -> r,
        r -> add(Domain.RUNBOOKS, Kind.ADDED, "runbook", r, "", List.of()),
        r -> add(Domain.RUNBOOKS, Kind.REMOVED, "runbook", r, "", List.of()),
        (x, y) -> {
          String a = before.runbooks().get(x);
          String b = after.runbooks().get(y);
          if (!a.equals(b)) {
            add(
                Domain.RUNBOOKS,
                Kind.CHANGED,
                "runbook",
                y,
                "",
                List.of(
                    "text changed"
                        + (a.lines().count() == b.lines().count()
                            ? ""
                            : " (" + a.lines().count() + " → " + b.lines().count() + " lines)")));
          }
        });
    for (String runbook : linkedBefore) {
      // A runbook removed with its alert breaks nothing; one left behind is a dead page.
      if (!linkedAfter.containsKey(runbook) && after.runbooks().containsKey(runbook)) {
        broken.add(
            new Broken(
                "runbook",
                runbook,
                "no alert links it any more; delete it or link it from the alert that replaced the"
                    + " old one",
                List.of()));
      }
    }
    linkedAfter.forEach(
        (runbook, alerts) -> {
          if (!after.runbooks().containsKey(runbook) && !after.runbooks().isEmpty()) {
            broken.add(new Broken("runbook", runbook, "is linked but not rendered", alerts));
          }
        });
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void add(
      Domain domain, Kind kind, String object, String name, String note, List<String> details) {
    changes.add(new Change(domain, kind, object, name, note, details));
  }

  private interface Pair<T> {
    void accept(T before, T after);
  }

  private static <T> void compareBy(
      List<T> before,
      List<T> after,
      Function<T, String> key,
      java.util.function.Consumer<T> added,
      java.util.function.Consumer<T> removed,
      Pair<T> both) {
    compareBy(before, after, key, key, added, removed, both);
  }

  /**
   * Pairs objects by key: removed ones in the old order, then for the new order each object either
   * added or compared with its old self. A key seen twice keeps its first object.
   */
  private static <T> void compareBy(
      List<T> before,
      List<T> after,
      Function<T, String> keyBefore,
      Function<T, String> keyAfter,
      java.util.function.Consumer<T> added,
      java.util.function.Consumer<T> removed,
      Pair<T> both) {
    Map<String, T> a = new LinkedHashMap<>();
    before.forEach(t -> a.putIfAbsent(keyBefore.apply(t), t));
    Map<String, T> b = new LinkedHashMap<>();
    after.forEach(t -> b.putIfAbsent(keyAfter.apply(t), t));
    a.forEach(
        (k, t) -> {
          if (!b.containsKey(k)) {
            removed.accept(t);
          }
        });
    b.forEach(
        (k, t) -> {
          if (a.containsKey(k)) {
            both.accept(a.get(k), t);
          } else {
            added.accept(t);
          }
        });
  }

  private static List<String> mapChanges(
      String what, Map<String, String> a, Map<String, String> b) {
    List<String> details = new ArrayList<>();
    String prefix = what.isEmpty() ? "" : what + " ";
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      String x = a.get(k);
      String y = b.get(k);
      if (x == null) {
        details.add("+ " + prefix + k + " " + shorten(y));
      } else if (y == null) {
        details.add("- " + prefix + k);
      } else if (!x.equals(y)) {
        details.add(
            prefix
                + k
                + (x.length() > SHORT || y.length() > SHORT ? " reworded" : " " + x + " → " + y));
      }
    }
    return details;
  }

  /**
   * Longer texts (descriptions, summaries) are named, not repeated: the reviewer reads the prose in
   * the file.
   */
  private static final int SHORT = 60;

  private static String shorten(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= SHORT ? oneLine : "\"" + oneLine.substring(0, SHORT - 3) + "...\"";
  }
}
