package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Selects series of one catalog metric (or recording). {@code K} says whether they count ({@link
 * SeriesKind.Counting}: may be given to {@code rate}) or are sampled values.
 */
public record Selector<K extends SeriesKind>(SeriesRef ref) implements Vector {

  public static Selector<SeriesKind.Counting> counting(
      Metric metric, String series, List<String> labels) {
    return new Selector<>(
        new SeriesRef(series, metric.name(), labels, true, List.of(), Optional.of(metric)));
  }

  public static Selector<SeriesKind.Sampled> sampled(
      Metric metric, String series, List<String> labels) {
    return new Selector<>(
        new SeriesRef(series, metric.name(), labels, true, List.of(), Optional.of(metric)));
  }

  /** The series a recording rule writes; it carries exactly the labels the rule's result has. */
  public static Selector<SeriesKind.Sampled> recorded(String recordName, Set<String> labels) {
    return new Selector<>(
        new SeriesRef(
            recordName, recordName, List.copyOf(labels), false, List.of(), Optional.empty()));
  }

  public Selector<K> where(String label, String value) {
    return new Selector<>(ref.with(label, Matcher.Op.EQ, value));
  }

  public Selector<K> whereNot(String label, String value) {
    return new Selector<>(ref.with(label, Matcher.Op.NE, value));
  }

  public Selector<K> matching(String label, String regex) {
    return new Selector<>(ref.with(label, Matcher.Op.RE, regex));
  }

  public Selector<K> notMatching(String label, String regex) {
    return new Selector<>(ref.with(label, Matcher.Op.NRE, regex));
  }

  public Range<K> over(Window window) {
    return new Range<>(this, window);
  }

  public Range<K> over(String window) {
    return over(Window.of(window));
  }

  @Override
  public String promql() {
    return ref.promql();
  }

  @Override
  public Set<String> labels() {
    return ref.labels();
  }

  @Override
  public Set<String> metricNames() {
    return Set.of(ref.source());
  }

  @Override
  public Set<Metric> metrics() {
    return ref.metric().map(Set::of).orElse(Set.of());
  }

  @Override
  public java.util.List<SeriesRef> selections() {
    return java.util.List.of(ref);
  }
}
