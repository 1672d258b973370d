package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;

/**
 * A metric of the catalog: its identity (name, type, labels) and help text. Immutable; every fluent
 * step returns a new value and checks the naming and cardinality rules as it goes.
 */
public sealed interface Metric permits Counter, Gauge, Histogram {
  String name();

  String help();

  List<Label> labels();

  MetricType type();

  /** The exporter that owns the name when it is not ours (node_exporter, kube-state-metrics). */
  Optional<String> exporter();

  default List<String> labelNames() {
    return labels().stream().map(Label::name).toList();
  }

  default boolean declares(String label) {
    return labels().stream().anyMatch(l -> l.name().equals(label));
  }
}
