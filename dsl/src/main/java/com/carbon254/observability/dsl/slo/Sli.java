package com.carbon254.observability.dsl.slo;

import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an SLO measures: the share of bad events over a window. Event-based indicators also count
 * the events, so the period ratio can weigh every event once instead of averaging ratios.
 */
public sealed interface Sli permits Sli.Events, Sli.EventQueries, Sli.ErrorRatio {

  /** Bad events over all events in {@code window}, summed per {@code by} before dividing. */
  Vector errorRatio(Window window, List<String> by);

  /**
   * Bad events counted over {@code window} (for the period sums); empty if only a ratio is known.
   */
  Optional<Vector> errorEvents(Window window, List<String> by);

  /** All events counted over {@code window}; empty if only a ratio is known. */
  Optional<Vector> totalEvents(Window window, List<String> by);

  /** Labels the indicator's series carry, which an SLO may group by. */
  Set<String> labels();

  /** Input series for a generated test: the indicator's series under these loads, in order. */
  Optional<List<TestSeries>> feed(List<Load> loads);

  /** One line for runbooks and messages. */
  String describe();

  /** The labels of the series a generated test feeds (those of a bad event). */
  default Map<String, String> testLabels() {
    return Map.of();
  }

  /**
   * Bad events are those of {@code bad} among those of {@code total} (5xx among all requests).
   *
   * @param badExample labels of a series {@code bad} selects, for generated tests
   * @param goodExample labels of a series {@code total} selects and {@code bad} does not
   */
  static Events errors(
      Selector<SeriesKind.Counting> bad,
      Selector<SeriesKind.Counting> total,
      Map<String, String> badExample,
      Map<String, String> goodExample) {
    return new Events(bad, false, total, badExample, goodExample);
  }

  /**
   * Good events are those of {@code good} among those of {@code total} (delivered of published).
   */
  static Events good(
      Selector<SeriesKind.Counting> good,
      Selector<SeriesKind.Counting> total,
      Map<String, String> goodExample,
      Map<String, String> badExample) {
    return new Events(good, true, total, badExample, goodExample);
  }

  /**
   * Requests slower than {@code thresholdSeconds} are bad: good ones are counted by the bucket with
   * that bound, all of them by {@code _count}. The threshold must be a bucket bound.
   *
   * @param matchers narrow both the bucket and the count series
   * @param example labels of one histogram child, for generated tests
   */
  static Events latency(
      Histogram histogram,
      double thresholdSeconds,
      List<Matcher> matchers,
      Map<String, String> example) {
    if (!histogram.hasBucketBound(thresholdSeconds)) {
      throw new com.carbon254.observability.dsl.validation.DefinitionException(
          com.carbon254.observability.dsl.validation.DefinitionException.name(
              "metric", histogram.name()),
          "a latency SLI needs its threshold "
              + Numbers.format(thresholdSeconds)
              + " s on a bucket bound, and the bounds are "
              + histogram.buckets().stream().map(Numbers::format).toList()
              + "; choose one of them or add the bound to the histogram");
    }
    Selector<SeriesKind.Counting> good =
        narrow(histogram.bucket(), matchers).where("le", Numbers.format(thresholdSeconds));
    Selector<SeriesKind.Counting> total = narrow(histogram.count(), matchers);
    Map<String, String> goodLabels = new TreeMap<>(example);
    goodLabels.put("le", Numbers.format(thresholdSeconds));
    return new Events(good, true, total, example, goodLabels);
  }

  private static Selector<SeriesKind.Counting> narrow(
      Selector<SeriesKind.Counting> s, List<Matcher> matchers) {
    for (Matcher m : matchers) {
      s =
          switch (m.op()) {
            case EQ -> s.where(m.label(), m.value());
            case NE -> s.whereNot(m.label(), m.value());
            case RE -> s.matching(m.label(), m.value());
            case NRE -> s.notMatching(m.label(), m.value());
          };
    }
    return s;
  }

  /**
   * Events from catalog counters. When {@code selected} and {@code total} read the same series (5xx
   * among all requests) a test feeds a bad and a good series that add up to the total; otherwise
   * (delivered of published) it feeds the total and the selected series.
   */
  record Events(
      Selector<SeriesKind.Counting> selected,
      boolean selectsGood,
      Selector<SeriesKind.Counting> total,
      Map<String, String> badExample,
      Map<String, String> goodExample)
      implements Sli {
    public Events {
      badExample = Map.copyOf(badExample);
      goodExample = Map.copyOf(goodExample);
    }

    private Vector rates(Selector<SeriesKind.Counting> s, Window w, List<String> by) {
      return sum(rate(s.over(w))).by(by.toArray(String[]::new));
    }

    private Vector increases(Selector<SeriesKind.Counting> s, Window w, List<String> by) {
      return sum(increase(s.over(w))).by(by.toArray(String[]::new));
    }

    @Override
    public Vector errorRatio(Window w, List<String> by) {
      Vector all = rates(total, w, by);
      Vector bad = selectsGood ? all.minus(rates(selected, w, by)) : rates(selected, w, by);
      return bad.div(all);
    }

    @Override
    public Optional<Vector> errorEvents(Window w, List<String> by) {
      Vector all = increases(total, w, by);
      return Optional.of(
          selectsGood ? all.minus(increases(selected, w, by)) : increases(selected, w, by));
    }

    @Override
    public Optional<Vector> totalEvents(Window w, List<String> by) {
      return Optional.of(increases(total, w, by));
    }

    @Override
    public Set<String> labels() {
      Set<String> labels = new TreeSet<>(selected.labels());
      labels.retainAll(total.labels());
      return labels;
    }

    @Override
    public Map<String, String> testLabels() {
      return new TreeMap<>(badExample);
    }

    private boolean sameSeries() {
      return selected.ref().series().equals(total.ref().series());
    }

    @Override
    public Optional<List<TestSeries>> feed(List<Load> loads) {
      List<TestSeries> series = new ArrayList<>();
      if (sameSeries()) {
        series.add(build(total, badExample, loads, Load::errors));
        series.add(build(total, goodExample, loads, l -> l.events() - l.errors()));
      } else {
        series.add(build(total, selectsGood ? goodExample : badExample, loads, Load::events));
        series.add(
            selectsGood
                ? build(selected, goodExample, loads, l -> l.events() - l.errors())
                : build(selected, badExample, loads, Load::errors));
      }
      return Optional.of(series);
    }

    private static TestSeries build(
        Selector<SeriesKind.Counting> like,
        Map<String, String> labels,
        List<Load> loads,
        Function<Load, Double> perStep) {
      Metric metric = like.ref().metric().orElseThrow();
      Selector<SeriesKind.Counting> s =
          Selector.counting(metric, like.ref().series(), like.ref().declaredLabels());
      for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
        if (!label.getKey().equals("le") || like.ref().declaredLabels().contains("le")) {
          s = s.where(label.getKey(), label.getValue());
        }
      }
      TestSeries series = TestSeries.of(s);
      for (Load load : loads) {
        if (load.missing()) {
          series = series.missing(load.steps());
        } else if (load.restart()) {
          series = series.restartedRising(perStep.apply(load), load.steps());
        } else {
          series = series.rising(perStep.apply(load), load.steps());
        }
      }
      return series;
    }

    @Override
    public String describe() {
      return selectsGood
          ? "good events " + selected.promql() + " over all events " + total.promql()
          : "bad events " + selected.promql() + " over all events " + total.promql();
    }
  }

  /**
   * Bad and total event rates as PromQL text with a {@code {{.window}}} placeholder, as Sloth's
   * {@code events} SLIs and OpenSLO's ratio metrics write them. Their result labels are unknown, so
   * such an SLO cannot group by labels.
   */
  record EventQueries(String errorQuery, String totalQuery) implements Sli {
    public static final String WINDOW = "{{.window}}";

    private static Vector at(String template, Window w) {
      return RawQuery.text(template.replace(WINDOW, w.toString()));
    }

    @Override
    public Vector errorRatio(Window w, List<String> by) {
      return at(errorQuery, w).div(at(totalQuery, w));
    }

    /**
     * The queries give per-second rates, so the count over a window is the rate times its length.
     */
    @Override
    public Optional<Vector> errorEvents(Window w, List<String> by) {
      return Optional.of(at(errorQuery, w).mul(w.seconds()));
    }

    @Override
    public Optional<Vector> totalEvents(Window w, List<String> by) {
      return Optional.of(at(totalQuery, w).mul(w.seconds()));
    }

    @Override
    public Set<String> labels() {
      return Set.of();
    }

    @Override
    public Optional<List<TestSeries>> feed(List<Load> loads) {
      return Optional.empty();
    }

    @Override
    public String describe() {
      // Prometheus would read the placeholder in an annotation as a template.
      return ("bad events " + errorQuery + " over all events " + totalQuery).replace(WINDOW, "5m");
    }
  }

  /**
   * An error ratio given directly ({@code {{.window}}} placeholder), as Sloth's {@code raw} SLIs
   * write it. Without event counts the period ratio falls back to the mean of 5-minute ratios.
   */
  record ErrorRatio(String ratioQuery) implements Sli {
    @Override
    public Vector errorRatio(Window w, List<String> by) {
      return RawQuery.text(ratioQuery.replace(EventQueries.WINDOW, w.toString()));
    }

    @Override
    public Optional<Vector> errorEvents(Window w, List<String> by) {
      return Optional.empty();
    }

    @Override
    public Optional<Vector> totalEvents(Window w, List<String> by) {
      return Optional.empty();
    }

    @Override
    public Set<String> labels() {
      return Set.of();
    }

    @Override
    public Optional<List<TestSeries>> feed(List<Load> loads) {
      return Optional.empty();
    }

    @Override
    public String describe() {
      return ("error ratio " + ratioQuery).replace(EventQueries.WINDOW, "5m");
    }
  }
}
