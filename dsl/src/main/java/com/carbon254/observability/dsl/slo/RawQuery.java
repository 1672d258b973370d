package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.Vector;
import java.util.Set;
import java.util.TreeSet;

/**
 * PromQL text the typed model cannot build: {@code vector(0.99)}, and the queries of imported Sloth
 * or OpenSLO specs. It is always parenthesised when combined, since its precedence is unknown.
 *
 * @param labels the labels its result carries, as far as the author states them
 * @param metricNames the series it reads, for the checks that follow recordings to their inputs
 */
public record RawQuery(String promql, Set<String> labels, Set<String> metricNames, boolean atom)
    implements Vector {
  public RawQuery {
    labels = Set.copyOf(new TreeSet<>(labels));
    metricNames = Set.copyOf(new TreeSet<>(metricNames));
  }

  /** Text that binds like a single term, such as a function call. */
  public static RawQuery call(String promql) {
    return new RawQuery(promql, Set.of(), Set.of(), true);
  }

  /** Text of any shape, with no labels known. */
  public static RawQuery text(String promql) {
    return new RawQuery(promql, Set.of(), Set.of(), false);
  }

  @Override
  public Set<Metric> metrics() {
    return Set.of();
  }

  /** Text is not read for selectors: a scenario's inputs are not matched against raw queries. */
  @Override
  public java.util.List<com.carbon254.observability.dsl.promql.SeriesRef> selections() {
    return java.util.List.of();
  }

  @Override
  public int precedence() {
    // Below every operator, so a binary operation wraps it in parentheses.
    return atom ? Integer.MAX_VALUE : 0;
  }
}
