package com.carbon254.observability.dsl.slo;

import static com.carbon254.observability.dsl.promql.Promql.abs;
import static com.carbon254.observability.dsl.promql.Promql.absent;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import com.carbon254.observability.dsl.slo.BurnTimeline.Phase;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The generated promtool scenarios of an SLO. Every expected time comes from {@link BurnTimeline}'s
 * window arithmetic, never from promtool's output. Each burn-rate alert gets one scenario that
 * kills the mutants {@code AlertMutationTest} makes: quiet one step before its detection time
 * (where the long window is above half the threshold and the short one above it), firing at it
 * (with a burn below 1.5 times the factor), and quiet again after recovery (where the long window
 * is still above the threshold and the short one above half of it).
 */
final class SloScenarios {
  /** Events per minute in every generated test: enough that the bad share is never rounded. */
  static final BigDecimal EVENTS_PER_MINUTE = BigDecimal.valueOf(1000);

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final List<BigDecimal> ROUND_BURNS =
      List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(8));

  private SloScenarios() {}

  /**
   * Comparisons with a margin: Prometheus computes the ratios in floating point, so a ratio that
   * equals its threshold exactly could land on either side; the tests never claim such a point.
   */
  private static final BigDecimal MARGIN = new BigDecimal("1e-9");

  private static boolean above(BigDecimal value, BigDecimal threshold) {
    return value.compareTo(threshold.multiply(BigDecimal.ONE.add(MARGIN))) > 0;
  }

  private static boolean below(BigDecimal value, BigDecimal threshold) {
    return value.compareTo(threshold.multiply(BigDecimal.ONE.subtract(MARGIN))) < 0;
  }

  /**
   * The condition with each window's threshold scaled, clearly true ({@code fires}) or clearly
   * false.
   */
  private static boolean clearly(
      BurnTimeline tl,
      BurnAlert pair,
      long t,
      boolean fires,
      BigDecimal longScale,
      BigDecimal shortScale) {
    BigDecimal longRate = tl.burnRate(t, pair.longWindow().seconds() / 60);
    BigDecimal shortRate = tl.burnRate(t, pair.shortWindow().seconds() / 60);
    BigDecimal longThreshold = pair.factor().multiply(longScale);
    BigDecimal shortThreshold = pair.factor().multiply(shortScale);
    return fires
        ? above(longRate, longThreshold) && above(shortRate, shortThreshold)
        : below(longRate, longThreshold) || below(shortRate, shortThreshold);
  }

  private static boolean clearlyFires(BurnTimeline tl, BurnAlert pair, long t) {
    return clearly(tl, pair, t, true, BigDecimal.ONE, BigDecimal.ONE);
  }

  private static boolean clearlyQuiet(BurnTimeline tl, BurnAlert pair, long t) {
    return clearly(tl, pair, t, false, BigDecimal.ONE, BigDecimal.ONE);
  }

  /**
   * What each condition of the pair measures at minute {@code t}, in the alert's order: the error
   * ratio of the long and of the short window (the burn over the window times the budget), then,
   * where the alert counts them, the events in the long window. Every checked time lies at least
   * one long window after the start of the series or exactly on it, and windows and times are whole
   * steps, so {@code rate()} finds samples at both ends of each window and does not extrapolate:
   * the ideal arithmetic is exact up to floating point.
   */
  private static double[] measured(
      SloRules rules, BurnAlert pair, BurnTimeline tl, long t, BigDecimal eventsPerMinute) {
    BigDecimal budget = rules.slo().errorBudget();
    long longW = pair.longWindow().seconds() / 60;
    double longRatio = tl.burnRate(t, longW).multiply(budget).doubleValue();
    double shortRatio =
        tl.burnRate(t, pair.shortWindow().seconds() / 60).multiply(budget).doubleValue();
    if (!rules.countsEvents(pair)) {
      return new double[] {longRatio, shortRatio};
    }
    double events = eventsPerMinute.multiply(BigDecimal.valueOf(Math.min(t, longW))).doubleValue();
    return new double[] {longRatio, shortRatio, events};
  }

  /** The queries {@link #measured} gives values for, as the alert's conditions measure them. */
  private static List<Vector> measuredQueries(SloRules rules, BurnAlert pair) {
    List<Vector> queries = new ArrayList<>();
    queries.add(rules.select(rules.ratio(pair.longWindow())));
    queries.add(rules.select(rules.ratio(pair.shortWindow())));
    if (rules.countsEvents(pair)) {
      queries.add(rules.longWindowEvents(pair));
    }
    return queries;
  }

  /**
   * The scenario states the measured values at {@code t}: at its evaluation time through {@code
   * observing(...)}, at an earlier or later quiet time through one check per condition.
   */
  private static AlertScenario.Builder observedAt(
      AlertScenario.Builder scenario,
      SloRules rules,
      BurnAlert pair,
      BurnTimeline tl,
      BigDecimal eventsPerMinute,
      long t,
      boolean evaluated) {
    Map<String, String> labels = rules.resultLabels(rules.slo().sli().testLabels());
    double[] values = measured(rules, pair, tl, t, eventsPerMinute);
    if (evaluated) {
      return scenario.observing(labels, values);
    }
    List<Vector> queries = measuredQueries(rules, pair);
    for (int i = 0; i < values.length; i++) {
      checkValue(scenario, t, queries.get(i), labels, values[i]);
    }
    return scenario;
  }

  /**
   * Checks that {@code query} measures {@code value} at {@code t}, within the relative 1e-9 the
   * test renderer allows an observed value (Prometheus' ratios are floating point).
   */
  private static void checkValue(
      AlertScenario.Builder scenario,
      long t,
      Vector query,
      Map<String, String> labels,
      double value) {
    Map<String, String> kept = new TreeMap<>(labels);
    kept.keySet().retainAll(query.labels());
    double tolerance = 1e-9 * Math.max(1, Math.abs(value));
    scenario.checking(minutes(t), abs(query.minus(value)).isBelow(tolerance), kept, true);
  }

  /** The first step in {@code [from, to]} at which the alert clearly fires. */
  private static Optional<Long> firstFiring(
      BurnTimeline tl, BurnAlert pair, long from, long to, long step) {
    for (long t = Math.max(step, BurnTimeline.ceil(from, step)); t <= to; t += step) {
      if (clearlyFires(tl, pair, t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Minutes between input samples: the coarsest that divides both windows and leaves 4 samples in
   * the short one.
   */
  static long step(BurnAlert pair) {
    long shortMinutes = pair.shortWindow().seconds() / 60;
    long longMinutes = pair.longWindow().seconds() / 60;
    long best = 5;
    for (long candidate : new long[] {5, 10, 15, 30, 60}) {
      if (shortMinutes % candidate == 0
          && longMinutes % candidate == 0
          && candidate * 4 <= shortMinutes) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Healthy traffic before a burn: the whole long window, the workbook's setting (and three healthy
   * days for the 3d pair). Days-long scenarios are sampled every 30m or 1h, and their alerts are
   * tested in a file evaluated at that interval, so this stays cheap.
   */
  private static long history(BurnAlert pair, long step) {
    return BurnTimeline.ceil(pair.longWindow().seconds() / 60, step);
  }

  /**
   * A burn above the factor but below 1.5 times it: 20 for 14.4 and 8 for 6, as the workbook's
   * examples.
   */
  static BigDecimal fireBurn(BigDecimal factor, BigDecimal maxBurn) {
    for (BigDecimal burn : ROUND_BURNS) {
      if (burn.compareTo(factor.multiply(new BigDecimal("1.1"))) > 0
          && burn.compareTo(factor.multiply(new BigDecimal("1.4"))) < 0
          && burn.compareTo(maxBurn) <= 0) {
        return burn;
      }
    }
    BigDecimal burn = factor.multiply(new BigDecimal("1.4"));
    return burn.compareTo(maxBurn) <= 0
        ? burn
        : factor.add(maxBurn).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
  }

  static List<AlertScenario> forBurnAlert(SloRules rules, BurnAlert pair) {
    Slo slo = rules.slo();
    BigDecimal maxBurn = BigDecimal.ONE.divide(slo.errorBudget(), MathContext.DECIMAL64);
    long s = step(pair);
    long longMinutes = pair.longWindow().seconds() / 60;
    long h = history(pair, s);
    BigDecimal f = pair.factor();
    BigDecimal b = fireBurn(f, maxBurn);
    List<AlertScenario> scenarios = new ArrayList<>();

    // Detection: the first step at which both windows pass the threshold under a steady burn.
    BurnTimeline steady =
        BurnTimeline.of(new Phase(h, BigDecimal.ZERO), new Phase(4 * longMinutes, b));
    long fire =
        firstFiring(steady, pair, h, h + 4 * longMinutes, s)
            .orElseThrow(() -> cannot(slo, pair, "burn " + b + " never fires"));
    long quiet = fire - s;
    while (quiet > h && !clearlyQuiet(steady, pair, quiet)) {
      quiet -= s;
    }
    long longW = longMinutes;
    long shortW = pair.shortWindow().seconds() / 60;
    // Halving the long threshold, or dropping the long clause, must make it fire at that point.
    if (!clearlyQuiet(steady, pair, quiet)
        || !clearly(steady, pair, quiet, true, HALF, BigDecimal.ONE)) {
      throw cannot(
          slo,
          pair,
          "before detection the long window is never between half the threshold and the threshold");
    }
    // Recovery: the burn drops to 3/4 of the factor; find how long it must have lasted for the long
    // window to stay above the threshold while the short one falls between half the threshold and
    // it.
    BigDecimal calmer = f.multiply(new BigDecimal("0.75"));
    for (long burnFor = fire - h; burnFor <= 4 * longMinutes; burnFor += s) {
      BurnTimeline recovery =
          BurnTimeline.of(
              new Phase(h, BigDecimal.ZERO), new Phase(burnFor, b), new Phase(shortW, calmer));
      for (long t = h + burnFor + s; t <= recovery.minutes(); t += s) {
        // Halving the short threshold, or dropping the short clause, must make it fire here.
        if (clearlyQuiet(recovery, pair, t)
            && above(recovery.burnRate(t, longW), f)
            && clearly(recovery, pair, t, true, BigDecimal.ONE, HALF)) {
          AlertScenario.Builder scenario =
              AlertScenario.named(
                      "burn "
                          + Numbers.format(b)
                          + " after "
                          + minutes(h)
                          + " healthy: quiet at "
                          + minutes(quiet)
                          + ", fires at "
                          + minutes(fire)
                          + " (both ratios above "
                          + Numbers.format(f)
                          + "x budget), quiet at "
                          + minutes(t)
                          + " after the burn fell to "
                          + Numbers.format(calmer)
                          + " at "
                          + minutes(h + burnFor)
                          + " and the "
                          + pair.shortWindow()
                          + " ratio with it")
                  .sampledEvery(Window.minutes(s))
                  .inputs(feed(slo, recovery, s, EVENTS_PER_MINUTE))
                  .alsoQuietAt(minutes(quiet))
                  .alsoQuietAt(minutes(t));
          observedAt(scenario, rules, pair, recovery, EVENTS_PER_MINUTE, quiet, false);
          observedAt(scenario, rules, pair, recovery, EVENTS_PER_MINUTE, t, false);
          observedAt(scenario, rules, pair, recovery, EVENTS_PER_MINUTE, fire, true);
          scenarios.add(
              scenario.firesAt(minutes(fire), rules.resultLabels(slo.sli().testLabels())));
          break;
        }
      }
      if (!scenarios.isEmpty()) {
        break;
      }
    }
    if (scenarios.isEmpty()) {
      throw cannot(
          slo,
          pair,
          "no recovery point keeps the long window above the threshold while the short one falls");
    }
    if (isFastestPage(slo, pair)) {
      scenarios.add(outage(rules, pair, maxBurn, s, h));
    }
    scenarios.add(steadyQuiet(rules, pair, s));
    if (pair.severity() == Severity.WARN) {
      burnOfTwo(rules, pair, s).ifPresent(scenarios::add);
    }
    if (slo.minEvents().isPresent() && pair.severity() == Severity.PAGE) {
      scenarios.addAll(lowTraffic(rules, pair, maxBurn, s, h));
    }
    return scenarios;
  }

  private static boolean isFastestPage(Slo slo, BurnAlert pair) {
    return slo.alerts().stream()
        .filter(a -> a.severity() == Severity.PAGE)
        .min(Comparator.comparing(BurnAlert::longWindow))
        .map(pair::equals)
        .orElse(false);
  }

  /** Everything fails: the fastest page alert fires within minutes. */
  private static AlertScenario outage(
      SloRules rules, BurnAlert pair, BigDecimal maxBurn, long s, long h) {
    long longW = pair.longWindow().seconds() / 60;
    BurnTimeline outage = BurnTimeline.of(new Phase(h, BigDecimal.ZERO), new Phase(longW, maxBurn));
    long fire = firstFiring(outage, pair, h, h + longW, s).orElseThrow();
    AlertScenario.Builder scenario =
        AlertScenario.named(
                "a total outage after "
                    + minutes(h)
                    + " healthy pages "
                    + minutes(fire - h)
                    + " into it, not a step earlier")
            .sampledEvery(Window.minutes(s))
            .inputs(feed(rules.slo(), outage, s, EVENTS_PER_MINUTE));
    if (clearlyQuiet(outage, pair, fire - s)) {
      scenario.alsoQuietAt(minutes(fire - s));
      observedAt(scenario, rules, pair, outage, EVENTS_PER_MINUTE, fire - s, false);
    }
    observedAt(scenario, rules, pair, outage, EVENTS_PER_MINUTE, fire, true);
    return scenario.firesAt(minutes(fire), rules.resultLabels(rules.slo().sli().testLabels()));
  }

  /**
   * A steady burn below the factor, over a whole long window: 2 (the budget gone in half the
   * period) for the alerts that must not fire on it, else 0.5 (it would last twice the period).
   */
  private static AlertScenario steadyQuiet(SloRules rules, BurnAlert pair, long s) {
    BigDecimal burn = BigDecimal.valueOf(2);
    if (burn.compareTo(pair.factor()) >= 0) {
      burn = HALF.compareTo(pair.factor()) < 0 ? HALF : pair.factor().multiply(HALF);
    }
    long longW = pair.longWindow().seconds() / 60;
    BurnTimeline timeline = BurnTimeline.of(new Phase(longW, burn));
    AlertScenario.Builder scenario =
        AlertScenario.named(
                "a steady burn of "
                    + Numbers.format(burn)
                    + " stays quiet for the whole "
                    + pair.longWindow()
                    + " window (below "
                    + Numbers.format(pair.factor())
                    + "x budget)")
            .sampledEvery(Window.minutes(s))
            .inputs(feed(rules.slo(), timeline, s, EVENTS_PER_MINUTE));
    // The long window starts with the series at 0: its first sample is 0 and rate() does not
    // extrapolate before it.
    return observedAt(scenario, rules, pair, timeline, EVENTS_PER_MINUTE, longW, true)
        .quietAt(minutes(longW));
  }

  /**
   * A burn of 2 (the budget gone in half the period) warns on the slow pairs whose factor is below
   * 2.
   */
  private static Optional<AlertScenario> burnOfTwo(SloRules rules, BurnAlert pair, long s) {
    BigDecimal two = BigDecimal.valueOf(2);
    if (two.compareTo(pair.factor()) <= 0) {
      return Optional.empty();
    }
    long h = history(pair, s);
    long longW = pair.longWindow().seconds() / 60;
    BurnTimeline timeline = BurnTimeline.of(new Phase(h, BigDecimal.ZERO), new Phase(longW, two));
    Optional<Long> fire = firstFiring(timeline, pair, h, h + longW, s);
    if (fire.isEmpty()) {
      return Optional.empty();
    }
    long t = fire.get();
    // Where the ratio equals the threshold exactly at a step, the quiet claim moves one step back.
    long quiet = t - s;
    while (quiet > h && !clearlyQuiet(timeline, pair, quiet)) {
      quiet -= s;
    }
    AlertScenario.Builder scenario =
        AlertScenario.named(
                "a burn of 2 after "
                    + minutes(h)
                    + " healthy warns "
                    + minutes(t - h)
                    + " into it, quiet at "
                    + minutes(quiet - h))
            .sampledEvery(Window.minutes(s))
            .inputs(feed(rules.slo(), timeline, s, EVENTS_PER_MINUTE))
            .alsoQuietAt(minutes(quiet));
    observedAt(scenario, rules, pair, timeline, EVENTS_PER_MINUTE, quiet, false);
    observedAt(scenario, rules, pair, timeline, EVENTS_PER_MINUTE, t, true);
    return Optional.of(
        scenario.firesAt(minutes(t), rules.resultLabels(rules.slo().sli().testLabels())));
  }

  /**
   * An outage with a quarter more and a quarter fewer events than the minimum in the long window.
   */
  private static List<AlertScenario> lowTraffic(
      SloRules rules, BurnAlert pair, BigDecimal maxBurn, long s, long h) {
    long longW = pair.longWindow().seconds() / 60;
    BigDecimal min = BigDecimal.valueOf(rules.slo().minEvents().orElseThrow());
    BurnTimeline outage = BurnTimeline.of(new Phase(h, BigDecimal.ZERO), new Phase(longW, maxBurn));
    long fire = firstFiring(outage, pair, h, h + longW, s).orElseThrow();
    List<AlertScenario> scenarios = new ArrayList<>();
    for (BigDecimal share : List.of(new BigDecimal("1.25"), new BigDecimal("0.75"))) {
      // Events per step in 64ths, which a double holds exactly: promtool adds a series' step
      // increments in floating point, and 10.4166666666667 added 72 times ends above the 750 the
      // next phase starts at, a counter reset that doubles increase(). The share stays within
      // 1/64 event per step of the nominal one.
      BigDecimal sixtyFourths = BigDecimal.valueOf(64);
      BigDecimal perStep =
          min.multiply(share)
              .multiply(BigDecimal.valueOf(s))
              .multiply(sixtyFourths)
              .divide(BigDecimal.valueOf(longW), 0, java.math.RoundingMode.HALF_EVEN)
              .divide(sixtyFourths);
      BigDecimal perMinute = perStep.divide(BigDecimal.valueOf(s), MathContext.DECIMAL128);
      AlertScenario.Builder b =
          AlertScenario.named(
                  "an outage with "
                      + Numbers.format(share.multiply(BigDecimal.valueOf(100)))
                      + "% of the minimum events in "
                      + pair.longWindow()
                      + " "
                      + (share.compareTo(BigDecimal.ONE) > 0 ? "pages" : "does not page"))
              .sampledEvery(Window.minutes(s))
              .inputs(feed(rules.slo(), outage, s, perMinute));
      observedAt(b, rules, pair, outage, perMinute, fire, true);
      scenarios.add(
          share.compareTo(BigDecimal.ONE) > 0
              ? b.firesAt(minutes(fire), rules.resultLabels(rules.slo().sli().testLabels()))
              : b.quietAt(minutes(fire)));
    }
    return scenarios;
  }

  /**
   * The series stop reporting: the no-data alert fires once the 5m ratio is gone for its pending
   * time.
   */
  static List<AlertScenario> forNoData(SloRules rules) {
    Slo slo = rules.slo();
    long s = 5;
    int reporting = 6;
    List<Load> loads = List.of(Load.of(reporting, 1000 * s, 0), Load.gap(12));
    List<TestSeries> inputs = slo.sli().feed(loads).orElseThrow(() -> noFeed(slo));
    // The last sample is at 30m; at 35m the 5m window holds one sample, too few for a rate.
    long gone = reporting * s + s;
    long fire = gone + SloRules.NO_DATA_FOR.seconds() / 60;
    // One ratio series while the test's single series reports, none once it is gone: count()
    // measures the series present and returns nothing, not 0, over none.
    Vector present = rules.presentRatios();
    Selector<SeriesKind.Sampled> ratio = rules.select(rules.ratio(Window.minutes(5)));
    AlertScenario fires =
        AlertScenario.named(
                "the series stop after "
                    + minutes(reporting * s)
                    + ": the ratio is gone at "
                    + minutes(gone)
                    + ", the alert fires "
                    + SloRules.NO_DATA_FOR
                    + " later, not a step earlier")
            .sampledEvery(Window.minutes(s))
            .inputs(inputs)
            .alsoQuietAt(minutes(reporting * s))
            .alsoQuietAt(minutes(fire - s))
            .checking(minutes(reporting * s), abs(present.minus(1)).isBelow(1e-9), Map.of(), true)
            // No series to count while pending: the check is on absent() itself, which is 1.
            .checking(minutes(fire - s), absent(ratio).isAbove(0.5), slo.identity(), true)
            .observing(AlertScenario.NO_SERIES)
            .firesAt(minutes(fire), slo.identity());
    AlertScenario quiet =
        AlertScenario.named("series that keep reporting keep it quiet")
            .sampledEvery(Window.minutes(s))
            .inputs(
                slo.sli().feed(List.of(Load.of(12, 1000 * s, 0))).orElseThrow(() -> noFeed(slo)))
            .observing(Map.of(), 1)
            .quietAt(minutes(12 * s));
    return List.of(fires, quiet);
  }

  /**
   * A busy hour at 5 % bad, then three quiet hours without errors across a restart: the period
   * ratio weighs every event once (1800 / 37800), where the mean of 5-minute ratios would say
   * 0.0125, and the period sums equal {@code increase()} over the whole period.
   */
  static Optional<RecordingScenario.Builder> periodScenario(SloRules rules) {
    Slo slo = rules.slo();
    List<Load> loads = List.of(Load.of(60, 600, 30), Load.of(90, 10, 0), Load.restarted(90, 10, 0));
    List<TestSeries> inputs = slo.sli().feed(loads).orElseThrow(() -> noFeed(slo));
    double errors = 60 * 30;
    double total = 60 * 600 + 180 * 10;
    String at = "240m";
    Map<String, String> labels = rules.resultLabels(slo.sli().testLabels());
    Window p = slo.period();
    Vector errorsIncrease = slo.sli().errorEvents(p, List.of()).orElseThrow();
    Vector totalIncrease = slo.sli().totalEvents(p, List.of()).orElseThrow();
    RecordingScenario.Builder scenario =
        RecordingScenario.named(
                "SLO "
                    + slo.id()
                    + ": a busy hour at 5% bad and three quiet hours across a restart weigh every event once"
                    + " (1800/37800, not the 0.0125 mean of 5-minute ratios); the period sums equal increase() over "
                    + p)
            .inputs(inputs)
            .expect(at, rules.periodErrors().orElseThrow(), labels, errors)
            .expect(at, rules.periodTotal().orElseThrow(), labels, total)
            .expect(at, rules.periodRatio(), labels, errors / total)
            .checking(
                at,
                abs(sum(rules.select(rules.periodErrors().orElseThrow())).minus(errorsIncrease))
                    .isBelow(1e-6),
                Map.of(),
                true)
            .checking(
                at,
                abs(sum(rules.select(rules.periodTotal().orElseThrow())).minus(totalIncrease))
                    .isBelow(1e-6),
                Map.of(),
                true);
    return Optional.of(scenario);
  }

  private static List<TestSeries> feed(
      Slo slo, BurnTimeline timeline, long step, BigDecimal eventsPerMinute) {
    List<Load> loads = new ArrayList<>();
    BigDecimal events = eventsPerMinute.multiply(BigDecimal.valueOf(step));
    for (Phase phase : timeline.phases()) {
      BigDecimal errors = events.multiply(slo.errorBudget()).multiply(phase.burn());
      loads.add(
          Load.of(
              (int) (phase.minutes() / step),
              events.doubleValue(),
              Math.min(errors.doubleValue(), events.doubleValue())));
    }
    return slo.sli().feed(loads).orElseThrow(() -> noFeed(slo));
  }

  private static String minutes(long minutes) {
    return Window.minutes(minutes).toString();
  }

  private static DefinitionException noFeed(Slo slo) {
    return new DefinitionException(
        slo.describe(),
        "its indicator is a raw PromQL ratio, for which no test input can be generated; declare it with Sli.errors(...),"
            + " Sli.good(...) or Sli.latency(...) from catalog counters");
  }

  private static DefinitionException cannot(Slo slo, BurnAlert pair, String why) {
    return new DefinitionException(
        slo.describe(),
        "cannot generate a test for the burn-rate alert over "
            + pair.longWindow()
            + " and "
            + pair.shortWindow()
            + " (factor "
            + Numbers.format(pair.factor())
            + "): "
            + why
            + "; choose a short window at most a quarter of the long one");
  }
}
