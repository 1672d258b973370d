package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.metric.Metric;
import java.util.List;
import java.util.Set;

/**
 * Selects series of one catalog metric. A {@link Counting} selector (counters, histogram buckets)
 * can be given to {@code rate} and {@code increase}; a {@link Sampled} one (gauges, recordings)
 * cannot, so {@code rate(gauge)} does not compile.
 */
public sealed interface Selector extends Vector permits Selector.Counting, Selector.Sampled {

  SeriesRef ref();

  @Override
  default String promql() {
    return ref().promql();
  }

  @Override
  default Set<String> labels() {
    return ref().labels();
  }

  @Override
  default Set<String> metricNames() {
    return Set.of(ref().source());
  }

  static Counting counting(Metric metric, String series, List<String> labels) {
    return new Counting(new SeriesRef(series, metric.name(), labels, true, List.of()));
  }

  static Sampled sampled(Metric metric, String series, List<String> labels) {
    return new Sampled(new SeriesRef(series, metric.name(), labels, true, List.of()));
  }

  /** The series a recording rule writes; it carries exactly the labels the rule's result has. */
  static Sampled recorded(String recordName, Set<String> labels) {
    return new Sampled(new SeriesRef(recordName, recordName, List.copyOf(labels), false, List.of()));
  }

  record Counting(SeriesRef ref) implements Selector {
    public Counting where(String label, String value) {
      return new Counting(ref.with(label, Matcher.Op.EQ, value));
    }

    public Counting whereNot(String label, String value) {
      return new Counting(ref.with(label, Matcher.Op.NE, value));
    }

    public Counting matching(String label, String regex) {
      return new Counting(ref.with(label, Matcher.Op.RE, regex));
    }

    public Counting notMatching(String label, String regex) {
      return new Counting(ref.with(label, Matcher.Op.NRE, regex));
    }

    public Range.OfCounter over(Window window) {
      return new Range.OfCounter(this, window);
    }

    public Range.OfCounter over(String window) {
      return over(Window.of(window));
    }
  }

  record Sampled(SeriesRef ref) implements Selector {
    public Sampled where(String label, String value) {
      return new Sampled(ref.with(label, Matcher.Op.EQ, value));
    }

    public Sampled whereNot(String label, String value) {
      return new Sampled(ref.with(label, Matcher.Op.NE, value));
    }

    public Sampled matching(String label, String regex) {
      return new Sampled(ref.with(label, Matcher.Op.RE, regex));
    }

    public Sampled notMatching(String label, String regex) {
      return new Sampled(ref.with(label, Matcher.Op.NRE, regex));
    }

    public Range.OfGauge over(Window window) {
      return new Range.OfGauge(this, window);
    }

    public Range.OfGauge over(String window) {
      return over(Window.of(window));
    }
  }
}
