package com.carbon254.observability.dsl.promql;

import java.util.Set;

/** A range vector, {@code selector[window]}: only functions take it. */
public sealed interface Range permits Range.OfCounter, Range.OfGauge {
  Selector selector();

  Window window();

  default String promql() {
    return selector().promql() + "[" + window() + "]";
  }

  default Set<String> labels() {
    return selector().labels();
  }

  default Set<String> metricNames() {
    return selector().metricNames();
  }

  record OfCounter(Selector.Counting selector, Window window) implements Range {}

  record OfGauge(Selector.Sampled selector, Window window) implements Range {}
}
