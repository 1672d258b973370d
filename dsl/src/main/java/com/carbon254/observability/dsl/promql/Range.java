package com.carbon254.observability.dsl.promql;

import java.util.Set;

/** A range vector, {@code selector[window]}: only functions take it. */
public record Range<K extends SeriesKind>(Selector<K> selector, Window window) {
  public String promql() {
    return selector.promql() + "[" + window + "]";
  }

  public Set<String> labels() {
    return selector.labels();
  }

  public Set<String> metricNames() {
    return selector.metricNames();
  }

  public Set<Metric> metrics() {
    return selector.metrics();
  }

  public java.util.List<SeriesRef> selections() {
    return selector.selections();
  }
}
