package com.carbon254.observability.dsl.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A PromQL expression read back from a rendered file. The typed model ({@code dsl.promql}) writes
 * queries; this tree reads any query, including those of files rendered before a model change and
 * hand-written dashboard queries with Grafana variables.
 */
public sealed interface PromExpr {

  /** The expression printed on one line with canonical spacing: equal text means equal query. */
  String text();

  /** A number as written ({@code 0.02}, {@code 1e3}, {@code Inf}). */
  record Number(BigDecimal value, String written) implements PromExpr {
    @Override
    public String text() {
      return written;
    }
  }

  record Str(String value) implements PromExpr {
    @Override
    public String text() {
      return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  /**
   * A Grafana template variable in a value position, e.g. the {@code $n} of {@code topk($n, ...)}.
   */
  record Variable(String written) implements PromExpr {
    @Override
    public String text() {
      return written;
    }
  }

  record LabelMatcher(String label, String op, String value) {
    String text() {
      return label + op + new Str(value).text();
    }
  }

  /**
   * A series selector, a range selector when {@code range} is set. Durations are kept as written.
   */
  record Selector(
      String metric, List<LabelMatcher> matchers, String range, String offset, String at)
      implements PromExpr {
    public Selector {
      matchers = List.copyOf(matchers);
    }

    /** The metric name, from the name or a {@code __name__="..."} matcher; empty when neither. */
    public Optional<String> name() {
      if (metric != null) {
        return Optional.of(metric);
      }
      return matchers.stream()
          .filter(m -> m.label().equals("__name__") && m.op().equals("="))
          .map(LabelMatcher::value)
          .findFirst();
    }

    @Override
    public String text() {
      StringBuilder s = new StringBuilder(metric == null ? "" : metric);
      if (!matchers.isEmpty() || metric == null) {
        s.append('{')
            .append(String.join(", ", matchers.stream().map(LabelMatcher::text).toList()))
            .append('}');
      }
      if (range != null) {
        s.append('[').append(range).append(']');
      }
      return s.append(modifiers(offset, at)).toString();
    }
  }

  record Subquery(PromExpr expr, String range, String step, String offset, String at)
      implements PromExpr {
    @Override
    public String text() {
      return expr.text()
          + "["
          + range
          + ":"
          + (step == null ? "" : step)
          + "]"
          + modifiers(offset, at);
    }
  }

  record Call(String function, List<PromExpr> args) implements PromExpr {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public String text() {
      return function + "(" + String.join(", ", args.stream().map(PromExpr::text).toList()) + ")";
    }
  }

  /** {@code by}, {@code without} or no grouping, with its labels. */
  record Grouping(String kind, List<String> labels) {
    public static final Grouping NONE = new Grouping("", List.of());

    public Grouping {
      labels = List.copyOf(labels);
    }

    String text() {
      return kind.isEmpty() ? "" : " " + kind + " (" + String.join(", ", labels) + ")";
    }
  }

  record Aggregate(String op, PromExpr param, PromExpr expr, Grouping grouping)
      implements PromExpr {
    @Override
    public String text() {
      return op
          + grouping.text()
          + " ("
          + (param == null ? "" : param.text() + ", ")
          + expr.text()
          + ")";
    }
  }

  /**
   * {@code on}/{@code ignoring} and {@code group_left}/{@code group_right} of a binary operation.
   */
  record Matching(Grouping match, Grouping group) {
    public static final Matching NONE = new Matching(Grouping.NONE, Grouping.NONE);

    String text() {
      return match.text() + group.text();
    }
  }

  record Binary(String op, PromExpr lhs, PromExpr rhs, boolean returnBool, Matching matching)
      implements PromExpr {
    public boolean isComparison() {
      return COMPARISONS.contains(op);
    }

    public boolean isSetOperator() {
      return op.equals("and") || op.equals("or") || op.equals("unless");
    }

    @Override
    public String text() {
      return lhs.text()
          + " "
          + op
          + (returnBool ? " bool" : "")
          + matching.text()
          + " "
          + rhs.text();
    }
  }

  record Unary(String op, PromExpr expr) implements PromExpr {
    @Override
    public String text() {
      return op + expr.text();
    }
  }

  record Paren(PromExpr expr) implements PromExpr {
    @Override
    public String text() {
      return "(" + expr.text() + ")";
    }
  }

  Set<String> COMPARISONS = Set.of("==", "!=", ">", "<", ">=", "<=");

  private static String modifiers(String offset, String at) {
    return (offset == null ? "" : " offset " + offset) + (at == null ? "" : " @ " + at);
  }

  /** This node and every node below it, depth first. */
  default void visit(Consumer<PromExpr> visitor) {
    visitor.accept(this);
    if (this instanceof Subquery s) {
      s.expr().visit(visitor);
    } else if (this instanceof Call c) {
      c.args().forEach(a -> a.visit(visitor));
    } else if (this instanceof Aggregate a) {
      if (a.param() != null) {
        a.param().visit(visitor);
      }
      a.expr().visit(visitor);
    } else if (this instanceof Binary b) {
      b.lhs().visit(visitor);
      b.rhs().visit(visitor);
    } else if (this instanceof Unary u) {
      u.expr().visit(visitor);
    } else if (this instanceof Paren p) {
      p.expr().visit(visitor);
    }
  }

  default List<Selector> selectors() {
    List<Selector> found = new ArrayList<>();
    visit(
        e -> {
          if (e instanceof Selector s) {
            found.add(s);
          }
        });
    return found;
  }

  /** The metric names this expression reads, sorted. */
  default Set<String> metricNames() {
    Set<String> names = new TreeSet<>();
    selectors().forEach(s -> s.name().ifPresent(names::add));
    return names;
  }

  /** The expression without the parentheses around it. */
  default PromExpr unwrapped() {
    PromExpr e = this;
    while (e instanceof Paren p) {
      e = p.expr();
    }
    return e;
  }
}
