package com.carbon254.observability.dsl.slo;

import static com.carbon254.observability.dsl.promql.Promql.absent;
import static com.carbon254.observability.dsl.promql.Promql.count;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.VectorMatching;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.DashboardRef;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an {@link Slo} into Prometheus rules.
 *
 * <ul>
 *   <li>{@code slo-<id>} (every minute, read by the alerts): the error ratio over every alert
 *       window, each a ratio of summed rates, and the current burn rate;
 *   <li>{@code slo-<id>-period} (every 5 minutes, read by nothing that pages): bad and total events
 *       of the last 5 minutes, recorded every 5 minutes so their windows do not overlap, summed
 *       over the period through a 5-minute subquery (8,640 samples per 30 days instead of 86,400),
 *       their ratio (every event weighs the same), the period burn rate, the remaining budget and
 *       the objective, budget and period as series;
 *   <li>{@code slo-<id>-alerts}: one alert per burn-rate pair and a no-data alert.
 * </ul>
 */
public final class SloRules {
  private static final MathContext DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
  static final Window EVENTS_STEP = Window.minutes(5);

  /** How long the SLI may be missing before the no-data alert fires. */
  static final Window NO_DATA_FOR = Window.minutes(10);

  private final Slo slo;
  private final Map<Window, RecordingRule> ratios = new LinkedHashMap<>();
  private final RecordingRule currentBurn;
  private final List<RecordingRule> period = new ArrayList<>();
  private final RecordingRule errorEvents;
  private final RecordingRule totalEvents;
  private final RecordingRule periodErrors;
  private final RecordingRule periodTotal;
  private final RecordingRule periodRatio;
  private final RecordingRule remainingBudget;
  private final Runbook runbook;

  /** The rules of one SLO, and where they are published. */
  public record Compiled(
      Slo slo, List<RuleGroup.Builder> recordings, RuleFile alertFile, RuleGroup.Builder alerts) {}

  private SloRules(Slo slo) {
    this.slo = slo;
    List<String> by = slo.groupBy();
    for (Window w : slo.windows()) {
      ratios.put(
          w,
          identified(
              RecordingRule.named("slo:sli_error:ratio_rate" + w)
                  .expr(slo.sli().errorRatio(w, by))));
    }
    BigDecimal budget = slo.errorBudget();
    currentBurn =
        identified(
            RecordingRule.named("slo:current_burn_rate:ratio")
                .expr(own(ratios.get(Window.minutes(5))).div(budget.doubleValue())));
    String p = slo.periodText();
    Optional<Vector> errors5m = slo.sli().errorEvents(EVENTS_STEP, by);
    Optional<Vector> total5m = slo.sli().totalEvents(EVENTS_STEP, by);
    Set<String> labels = new TreeSet<>(slo.identity().keySet());
    labels.addAll(by);
    if (errors5m.isPresent() && total5m.isPresent()) {
      errorEvents =
          identified(RecordingRule.named("slo:sli_error_events:increase5m").expr(errors5m.get()));
      totalEvents =
          identified(RecordingRule.named("slo:sli_total_events:increase5m").expr(total5m.get()));
      periodErrors =
          identified(
              RecordingRule.named("slo:sli_error_events:increase" + p)
                  .expr(sumOverPeriod(errorEvents)));
      periodTotal =
          identified(
              RecordingRule.named("slo:sli_total_events:increase" + p)
                  .expr(sumOverPeriod(totalEvents)));
      periodRatio =
          identified(
              RecordingRule.named("slo:sli_error:ratio_rate" + p)
                  .expr(own(periodErrors).div(own(periodTotal))));
      period.addAll(List.of(errorEvents, totalEvents, periodErrors, periodTotal, periodRatio));
    } else {
      // Only a ratio is known: the period can only be the mean of 5-minute ratios (Sloth's way).
      errorEvents = totalEvents = periodErrors = periodTotal = null;
      periodRatio =
          identified(
              RecordingRule.named("slo:sli_error:ratio_rate" + p)
                  .expr(
                      sum(new RawQuery(
                              "avg_over_time("
                                  + select(ratios.get(Window.minutes(5))).promql()
                                  + "["
                                  + p
                                  + ":"
                                  + EVENTS_STEP
                                  + "])",
                              labels,
                              Set.of(ratios.get(Window.minutes(5)).name()),
                              true))
                          .by(by.toArray(String[]::new))));
      period.add(periodRatio);
    }
    RecordingRule periodBurn =
        identified(
            RecordingRule.named("slo:period_burn_rate:ratio")
                .expr(own(periodRatio).div(budget.doubleValue())));
    period.add(periodBurn);
    remainingBudget =
        identified(
            RecordingRule.named("slo:period_error_budget_remaining:ratio")
                .expr(own(periodBurn).complement()));
    period.add(remainingBudget);
    period.add(
        identified(
            RecordingRule.named("slo:objective:ratio")
                .expr(RawQuery.call("vector(" + Numbers.format(slo.objectiveRatio()) + ")"))));
    period.add(
        identified(
            RecordingRule.named("slo:error_budget:ratio")
                .expr(RawQuery.call("vector(" + Numbers.format(budget) + ")"))));
    period.add(
        identified(
            RecordingRule.named("slo:time_period:days")
                .expr(RawQuery.call("vector(" + slo.period().seconds() / 86400 + ")"))));
    runbook = SloRunbook.of(slo);
  }

  /**
   * Sums the 5-minute counts over the period at 5-minute steps: each window counted once, and the
   * same sum whether the 5-minute group ran every 5 minutes (Prometheus) or every minute (a test).
   */
  private Vector sumOverPeriod(RecordingRule fiveMinutes) {
    Set<String> labels = select(fiveMinutes).labels();
    return sum(new RawQuery(
            "sum_over_time("
                + select(fiveMinutes).promql()
                + "["
                + slo.periodText()
                + ":"
                + EVENTS_STEP
                + "])",
            labels,
            Set.of(fiveMinutes.name()),
            true))
        .by(slo.groupBy().toArray(String[]::new));
  }

  /**
   * This SLO's series of another of its recordings, summed by its grouping labels: the same values
   * without the identity labels, which the reading rule then sets as its own constants.
   */
  private Vector own(RecordingRule rule) {
    return sum(select(rule)).by(slo.groupBy().toArray(String[]::new));
  }

  private RecordingRule identified(RecordingRule rule) {
    RecordingRule r = rule;
    for (Map.Entry<String, String> label : slo.identity().entrySet()) {
      r = r.label(label.getKey(), label.getValue());
    }
    return r;
  }

  /** This SLO's series of one of its recordings. */
  Selector<SeriesKind.Sampled> select(RecordingRule rule) {
    return rule.series();
  }

  public static SloRules of(Slo slo) {
    return new SloRules(slo);
  }

  public Slo slo() {
    return slo;
  }

  public RecordingRule ratio(Window w) {
    return ratios.get(w);
  }

  public Optional<RecordingRule> periodErrors() {
    return Optional.ofNullable(periodErrors);
  }

  public Optional<RecordingRule> periodTotal() {
    return Optional.ofNullable(periodTotal);
  }

  public RecordingRule periodRatio() {
    return periodRatio;
  }

  /** Share of the period's error budget left: 1 untouched, below 0 overspent. */
  public RecordingRule remainingBudget() {
    return remainingBudget;
  }

  public Runbook runbook() {
    return runbook;
  }

  /** The recording groups, the short windows first (the alerts read them), then the period. */
  public List<RuleGroup.Builder> recordingGroups(boolean withTests) {
    RuleGroup.Builder windows = RuleGroup.named(slo.groupPrefix());
    ratios.values().forEach(windows::rule);
    windows.rule(currentBurn);
    RuleGroup.Builder periodGroup =
        RuleGroup.named(slo.groupPrefix() + "-period").interval(EVENTS_STEP.toString());
    period.forEach(periodGroup::rule);
    if (withTests && periodErrors != null) {
      SloScenarios.periodScenario(this).ifPresent(periodGroup::scenario);
    }
    return List.of(windows, periodGroup);
  }

  public RuleFile alertFile() {
    return RuleFile.of(RuleFile.AlertClass.SLO, slo.alertFile());
  }

  /** An alert's parts, built once for the tested (bundle) and the untested (converted) path. */
  private record Parts(
      String name,
      Vector expr,
      Optional<Window> pendingFor,
      Severity severity,
      String summary,
      String description,
      List<Vector> measuring) {
    Alert.Builder builder(Map<String, String> labels, Runbook runbook) {
      Alert.Builder b =
          Alert.named(name)
              .when(expr)
              .severity(severity)
              .summary(summary)
              .description(description)
              .runbook(runbook);
      if (!measuring.isEmpty()) {
        b.measuring(measuring.toArray(Vector[]::new));
      }
      pendingFor.ifPresent(p -> b.pendingFor(p.toString()));
      labels.forEach(b::label);
      return b;
    }

    /**
     * Without the builder's checks, which insist on test scenarios that a converted spec cannot
     * have.
     */
    Alert untested(Map<String, String> labels, Runbook runbook) {
      return new Alert(
          name, expr, pendingFor, severity, labels, summary, description, runbook, List.of());
    }
  }

  /** The alert group, each alert with its generated promtool scenarios. */
  public RuleGroup.Builder alertGroup() {
    return alertGroup(Optional.empty());
  }

  /**
   * The alert group, each alert with its generated promtool scenarios and linking {@code
   * dashboard}, the view of the SLO's error budget.
   */
  public RuleGroup.Builder alertGroup(Optional<DashboardRef> dashboard) {
    RuleGroup.Builder group = RuleGroup.named(slo.groupPrefix() + "-alerts");
    for (BurnAlert pair : slo.alerts()) {
      Alert.Builder alert = burnAlert(pair).builder(alertLabels(), runbook);
      dashboard.ifPresent(alert::dashboard);
      SloScenarios.forBurnAlert(this, pair).forEach(alert::scenario);
      group.rule(alert);
    }
    Alert.Builder noData = noDataAlert().builder(alertLabels(), runbook);
    dashboard.ifPresent(noData::dashboard);
    SloScenarios.forNoData(this).forEach(noData::scenario);
    group.rule(noData);
    return group;
  }

  /** Every alert's name: the burn-rate pairs', then the no-data alert's. */
  public List<String> alertNames() {
    List<String> names = new ArrayList<>();
    slo.alerts().forEach(pair -> names.add(burnAlertName(pair)));
    names.add(noDataAlertName());
    return names;
  }

  /** The alerts without tests, for rule files converted from Sloth or OpenSLO specs. */
  public RuleGroup untestedAlertGroup() {
    List<com.carbon254.observability.dsl.rules.Rule> rules = new ArrayList<>();
    for (BurnAlert pair : slo.alerts()) {
      rules.add(burnAlert(pair).untested(alertLabels(), runbook));
    }
    rules.add(noDataAlert().untested(alertLabels(), runbook));
    return new RuleGroup(
        slo.groupPrefix() + "-alerts", RuleGroup.DEFAULT_INTERVAL, rules, List.of());
  }

  public String burnAlertName(BurnAlert pair) {
    return slo.alertPrefix()
        + "_BUDGET_BURN_"
        + pair.longWindow().toString().toUpperCase(Locale.ROOT);
  }

  public String noDataAlertName() {
    return slo.alertPrefix() + "_SLI_NO_DATA";
  }

  /** The labels of the alerts' results: the SLO's identity and its grouping labels. */
  Map<String, String> resultLabels(Map<String, String> example) {
    Map<String, String> labels = new java.util.TreeMap<>(slo.identity());
    for (String g : slo.groupBy()) {
      labels.put(g, example.get(g));
    }
    return labels;
  }

  /** The condition of a pair: both windows above factor x budget (and enough events to page). */
  Vector condition(BurnAlert pair) {
    double threshold = pair.threshold(slo.errorBudget()).doubleValue();
    Vector condition =
        select(ratios.get(pair.longWindow()))
            .above(threshold)
            .and(select(ratios.get(pair.shortWindow())).above(threshold));
    if (countsEvents(pair)) {
      condition =
          condition.and(
              longWindowEvents(pair).atLeast(slo.minEvents().get()),
              VectorMatching.on(slo.groupBy().toArray(String[]::new)));
    }
    return condition;
  }

  /** Whether the pair pages only with the SLO's minimum of events in its long window. */
  boolean countsEvents(BurnAlert pair) {
    return slo.minEvents().isPresent() && pair.severity() == Severity.PAGE;
  }

  /** The events in the pair's long window, which its minimum-events clause compares. */
  Vector longWindowEvents(BurnAlert pair) {
    return slo.sli().totalEvents(pair.longWindow(), slo.groupBy()).orElseThrow();
  }

  /** What the no-data alert measures: the 5-minute ratio's series present, none once gone. */
  Vector presentRatios() {
    return count(select(ratios.get(Window.minutes(5))));
  }

  private Parts burnAlert(BurnAlert pair) {
    BigDecimal share =
        pair.budgetShare(slo.period()).multiply(BigDecimal.valueOf(100)).round(new MathContext(3));
    BigDecimal hoursLeft =
        BigDecimal.valueOf(slo.period().seconds() / 3600)
            .divide(pair.factor(), 1, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    String threshold = Numbers.format(pair.threshold(slo.errorBudget()));
    String scope = slo.groupBy().isEmpty() ? "" : " for " + groupText();
    return new Parts(
        burnAlertName(pair),
        condition(pair),
        Optional.empty(),
        pair.severity(),
        "SLO "
            + slo.id()
            + scope
            + ": "
            + Numbers.format(share)
            + "% of the "
            + slo.periodText()
            + " error budget burnt within "
            + pair.longWindow()
            + " (burn rate above "
            + Numbers.format(pair.factor())
            + ").",
        slo.description()
            + " The error ratio"
            + scope
            + " is above "
            + threshold
            + " ("
            + Numbers.format(pair.factor())
            + " times the error budget of "
            + Numbers.format(slo.errorBudget())
            + ", objective "
            + slo.objectiveText()
            + ") over both the last "
            + pair.longWindow()
            + " and the last "
            + pair.shortWindow()
            + ": at this pace the whole "
            + slo.periodText()
            + " budget is gone in "
            + Numbers.format(hoursLeft)
            + "h. "
            + (pair.severity() == Severity.PAGE
                ? "Users are affected now; find what changed."
                : "Plan a fix in working hours before the budget runs out."),
        List.of());
  }

  private Parts noDataAlert() {
    return new Parts(
        noDataAlertName(),
        absent(select(ratios.get(Window.minutes(5)))),
        Optional.of(NO_DATA_FOR),
        Severity.WARN,
        "SLO " + slo.id() + " has no data: its indicator's series are gone.",
        "The 5-minute error ratio of SLO "
            + slo.id()
            + " ("
            + slo.sli().describe()
            + ") has had no series for "
            + NO_DATA_FOR
            + ": the service stopped reporting, its target is not scraped, or a metric was"
            + " renamed. Budget and burn-rate alerts are blind until it returns.",
        List.of(presentRatios()));
  }

  private Map<String, String> alertLabels() {
    Map<String, String> labels = new java.util.TreeMap<>(slo.labels());
    slo.owner().ifPresent(team -> labels.put("owner", team));
    labels.put(Alert.SERVICE, slo.service().replace('-', '_'));
    return labels;
  }

  private String groupText() {
    List<String> parts = new ArrayList<>();
    for (String label : slo.groupBy()) {
      parts.add(label + " {{ $labels." + label + " }}");
    }
    return String.join(", ", parts);
  }

  /** Everything of one bundle SLO: recordings with their test, alerts with theirs. */
  public static Compiled compile(Slo slo) {
    return compile(slo, Optional.empty());
  }

  /**
   * Everything of one bundle SLO, its alerts linking {@code dashboard} (its domain's {@link
   * SloDashboards error-budget view}).
   */
  public static Compiled compile(Slo slo, Optional<DashboardRef> dashboard) {
    SloRules rules = of(slo);
    return new Compiled(
        slo, rules.recordingGroups(true), rules.alertFile(), rules.alertGroup(dashboard));
  }
}
