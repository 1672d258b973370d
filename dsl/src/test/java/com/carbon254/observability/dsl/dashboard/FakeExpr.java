package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import com.carbon254.observability.dsl.promql.Metric;
import java.util.Set;

/**
 * A PromQL expression given as text, with the labels its result carries; enough for the dashboard
 * model.
 */
record FakeExpr(String promql, Set<String> labels, Set<String> metricNames) implements Expr {
  static FakeExpr of(String promql, String... labels) {
    return new FakeExpr(promql, Set.of(labels), Set.of());
  }

  @Override
  public Set<Metric> metrics() {
    return Set.of();
  }

  @Override
  public java.util.List<com.carbon254.observability.dsl.promql.SeriesRef> selections() {
    return java.util.List.of();
  }
}
