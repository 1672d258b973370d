package com.carbon254.observability.dsl.lint;

import com.carbon254.observability.dsl.review.PromExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels an expression's result can carry, where the text decides it: {@code sum by (job)}
 * keeps {@code job} only, a selector keeps whatever its series have (unknown here), a number has
 * none. Empty means unknown; checks then stay silent rather than guess.
 */
final class OutputLabels {
  private OutputLabels() {}

  static Optional<Set<String>> of(PromExpr expr) {
    if (expr instanceof PromExpr.Number
        || expr instanceof PromExpr.Str
        || expr instanceof PromExpr.Variable) {
      return Optional.of(Set.of());
    }
    if (expr instanceof PromExpr.Paren p) {
      return of(p.expr());
    }
    if (expr instanceof PromExpr.Unary u) {
      return of(u.expr());
    }
    if (expr instanceof PromExpr.Selector || expr instanceof PromExpr.Subquery) {
      return Optional.empty();
    }
    if (expr instanceof PromExpr.Aggregate a) {
      return aggregate(a);
    }
    if (expr instanceof PromExpr.Call c) {
      return call(c);
    }
    return binary((PromExpr.Binary) expr);
  }

  private static Optional<Set<String>> aggregate(PromExpr.Aggregate a) {
    String kind = a.grouping().kind();
    if (a.op().equals("topk")
        || a.op().equals("bottomk")
        || a.op().equals("limitk")
        || a.op().equals("limit_ratio")) {
      return of(a.expr());
    }
    Set<String> labels = new TreeSet<>();
    if (kind.equals("by")) {
      labels.addAll(a.grouping().labels());
    } else if (kind.equals("without")) {
      Optional<Set<String>> inner = of(a.expr());
      if (inner.isEmpty()) {
        return Optional.empty();
      }
      labels.addAll(inner.get());
      labels.removeAll(a.grouping().labels());
    }
    if (a.op().equals("count_values") && a.param() instanceof PromExpr.Str s) {
      labels.add(s.value());
    }
    return Optional.of(labels);
  }

  private static Optional<Set<String>> call(PromExpr.Call c) {
    switch (c.function()) {
      case "vector", "time", "scalar", "pi" -> {
        return Optional.of(Set.of());
      }
      case "absent", "absent_over_time" -> {
        // absent() carries the equality matchers of its selector, nothing else.
        Set<String> labels = new TreeSet<>();
        c.args().stream()
            .flatMap(a -> a.selectors().stream())
            .flatMap(s -> s.matchers().stream())
            .filter(m -> m.op().equals("=") && !m.label().equals("__name__"))
            .forEach(m -> labels.add(m.label()));
        return Optional.of(labels);
      }
      case "label_replace", "label_join" -> {
        Optional<Set<String>> inner = c.args().isEmpty() ? Optional.empty() : of(c.args().get(0));
        if (inner.isEmpty()
            || c.args().size() < 2
            || !(c.args().get(1) instanceof PromExpr.Str dst)) {
          return inner;
        }
        Set<String> labels = new TreeSet<>(inner.get());
        labels.add(dst.value());
        return Optional.of(labels);
      }
      case "histogram_quantile" -> {
        Optional<Set<String>> inner = c.args().size() < 2 ? Optional.empty() : of(c.args().get(1));
        return inner.map(l -> without(l, "le"));
      }
      default -> {
        // Functions of one series keep its labels; the vector argument is the one that is not a
        // number.
        List<PromExpr> vectors =
            c.args().stream()
                .filter(
                    a ->
                        !(a.unwrapped() instanceof PromExpr.Number) && !(a instanceof PromExpr.Str))
                .toList();
        if (vectors.isEmpty()) {
          return Optional.of(Set.of());
        }
        return vectors.size() == 1 ? of(vectors.get(0)) : Optional.empty();
      }
    }
  }

  private static Optional<Set<String>> binary(PromExpr.Binary b) {
    Optional<Set<String>> lhs = of(b.lhs());
    Optional<Set<String>> rhs = of(b.rhs());
    boolean lhsScalar = isScalar(b.lhs());
    boolean rhsScalar = isScalar(b.rhs());
    if (b.op().equals("and") || b.op().equals("unless")) {
      return lhs;
    }
    if (b.op().equals("or")) {
      // Either side's series come through: a label of one side only may be empty on the other's.
      if (lhs.isEmpty() || rhs.isEmpty()) {
        return Optional.empty();
      }
      Set<String> union = new TreeSet<>(lhs.get());
      union.addAll(rhs.get());
      return Optional.of(union);
    }
    if (rhsScalar) {
      return lhs;
    }
    if (lhsScalar) {
      return rhs;
    }
    PromExpr.Matching m = b.matching();
    String group = m.group().kind();
    if (group.isEmpty() && m.match().kind().equals("on")) {
      return Optional.of(new TreeSet<>(m.match().labels()));
    }
    Optional<Set<String>> side = group.equals("group_right") ? rhs : lhs;
    if (side.isEmpty()) {
      return Optional.empty();
    }
    Set<String> labels = new TreeSet<>(side.get());
    if (group.isEmpty() && m.match().kind().equals("ignoring")) {
      labels.removeAll(m.match().labels());
    }
    labels.addAll(m.group().labels());
    return Optional.of(labels);
  }

  /** A scalar, not a vector: a number, time(), scalar(...), pi(), and arithmetic of those. */
  private static boolean isScalar(PromExpr expr) {
    PromExpr e = expr.unwrapped();
    if (e instanceof PromExpr.Number || e instanceof PromExpr.Variable) {
      return true;
    }
    if (e instanceof PromExpr.Call c) {
      return c.function().equals("time")
          || c.function().equals("scalar")
          || c.function().equals("pi");
    }
    if (e instanceof PromExpr.Unary u) {
      return isScalar(u.expr());
    }
    return e instanceof PromExpr.Binary b && isScalar(b.lhs()) && isScalar(b.rhs());
  }

  private static Set<String> without(Set<String> labels, String label) {
    Set<String> copy = new TreeSet<>(labels);
    copy.remove(label);
    return copy;
  }
}
