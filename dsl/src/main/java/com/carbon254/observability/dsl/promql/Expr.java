package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Set;

/**
 * A PromQL expression built from catalog metrics. Every expression knows the labels its result
 * carries, so grouping or matching on a label that cannot be there fails where it is written.
 */
public interface Expr {
  /** Canonical PromQL text: the same expression always renders to the same bytes. */
  String promql();

  /** Labels the result series may carry. */
  Set<String> labels();

  /** Names of the catalog metrics (and recorded series) this expression reads. */
  Set<String> metricNames();

  /** The metric declarations this expression selects, to compare with the catalog's. */
  Set<Metric> metrics();

  /**
   * Every selector of the expression with its matchers, in the order they are written; a test
   * scenario uses them to show that its input series reach the query.
   */
  List<SeriesRef> selections();

  /**
   * A single number rather than a vector of series: {@code 0.02}, {@code time()}. It carries no
   * labels, matches every series, and cannot be aggregated or compared without {@code bool}.
   */
  default boolean isScalar() {
    return false;
  }

  /** Binding strength, to decide where parentheses are needed when rendering. */
  default int precedence() {
    return Precedence.ATOM;
  }
}
