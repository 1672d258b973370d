package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** {@code left op right}, with parentheses only where precedence needs them. */
public record BinaryOp(
    Vector left, Op op, Vector right, VectorMatching matching, boolean returnsBool)
    implements Vector {

  public enum Op {
    OR("or", Precedence.OR),
    AND("and", Precedence.AND_UNLESS),
    UNLESS("unless", Precedence.AND_UNLESS),
    EQ("==", Precedence.COMPARISON),
    NE("!=", Precedence.COMPARISON),
    GT(">", Precedence.COMPARISON),
    GE(">=", Precedence.COMPARISON),
    LT("<", Precedence.COMPARISON),
    LE("<=", Precedence.COMPARISON),
    ADD("+", Precedence.ADDITIVE),
    SUB("-", Precedence.ADDITIVE),
    MUL("*", Precedence.MULTIPLICATIVE),
    DIV("/", Precedence.MULTIPLICATIVE),
    MOD("%", Precedence.MULTIPLICATIVE),
    POW("^", Precedence.POWER);

    private final String text;
    private final int precedence;

    Op(String text, int precedence) {
      this.text = text;
      this.precedence = precedence;
    }

    boolean isSetOperator() {
      return this == OR || this == AND || this == UNLESS;
    }

    boolean isComparison() {
      return precedence == Precedence.COMPARISON;
    }
  }

  static BinaryOp of(Vector left, Op op, Vector right, VectorMatching matching) {
    return new BinaryOp(left, op, right, matching, false);
  }

  /** A comparison that returns 1 or 0 for every series instead of filtering ({@code > bool}). */
  static BinaryOp bool(Vector left, Op op, Vector right) {
    return new BinaryOp(left, op, right, VectorMatching.NONE, true);
  }

  public BinaryOp {
    if (returnsBool && !op.isComparison()) {
      throw new IllegalArgumentException("bool applies to comparisons only, not " + op.text);
    }
    boolean bothVectors = !left.isScalar() && !right.isScalar();
    String object =
        DefinitionException.name("query", left.promql() + " " + op.text + " " + right.promql());
    if (left.isScalar() && right.isScalar() && op.isComparison() && !returnsBool) {
      throw new DefinitionException(
          object,
          "comparing two numbers needs bool; compare a vector of series, or use isAbove/isBelow");
    }
    if (op.isSetOperator() && !bothVectors) {
      throw new DefinitionException(
          object, "'" + op.text + "' joins two vectors, not a number; compare with a number first");
    }
    if (!bothVectors && matching.kind() != VectorMatching.Kind.ALL_LABELS) {
      throw new DefinitionException(
          object,
          "on(...)/ignoring(...) match two vectors; a number matches every series without them, drop the matching");
    }
    if (op.isSetOperator() && matching.manyToOne()) {
      throw new DefinitionException(
          object,
          "'"
              + op.text
              + "' matches many to many already; group_left is not allowed with it, drop it");
    }
    if (matching.kind() == VectorMatching.Kind.ON) {
      for (String copied : matching.copiedLabels()) {
        if (matching.labels().contains(copied)) {
          throw new DefinitionException(
              object,
              "group_left ("
                  + copied
                  + ") copies a label that on(...) already matches; copy other labels");
        }
      }
    }
    if (bothVectors && op != Op.OR) {
      checkMatching(object, left, op, right, matching);
    }
  }

  private static void checkMatching(
      String object, Vector left, Op op, Vector right, VectorMatching matching) {
    for (String copied : matching.copiedLabels()) {
      if (!right.labels().contains(copied)) {
        throw new DefinitionException(
            object,
            "group_left ("
                + copied
                + ") copies a label the right side does not carry; copy one it has");
      }
    }
    switch (matching.kind()) {
      case ALL_LABELS -> {
        if (!left.labels().equals(right.labels())) {
          throw new DefinitionException(
              object,
              "the two sides carry different labels ("
                  + String.join(", ", new TreeSet<>(left.labels()))
                  + " vs "
                  + String.join(", ", new TreeSet<>(right.labels()))
                  + "), so no series would match; aggregate both sides by the same labels or match with on(...)");
        }
      }
      case ON -> {
        for (String label : matching.labels()) {
          if (!left.labels().contains(label) || !right.labels().contains(label)) {
            throw new DefinitionException(
                object,
                "on ("
                    + label
                    + ") names a label that one side does not carry; match on labels both sides have");
          }
        }
      }
      case IGNORING -> {
        // Ignoring a label neither side has is harmless in Prometheus, but always a mistake here.
        for (String label : matching.labels()) {
          if (!left.labels().contains(label) && !right.labels().contains(label)) {
            throw new DefinitionException(
                object, "ignoring (" + label + ") names a label neither side carries; remove it");
          }
        }
      }
    }
    if (!op.isSetOperator()) {
      checkCardinality(object, left, right, matching);
    }
  }

  /**
   * Prometheus pairs series one to one unless told otherwise, and fails at evaluation when one side
   * holds several series with the same matching labels. A side that carries labels beyond the
   * matching ones can hold several: the left one only with {@code group_left}, the right one only
   * for labels that {@code group_left} copies.
   */
  private static void checkCardinality(
      String object, Vector left, Vector right, VectorMatching matching) {
    if (matching.kind() == VectorMatching.Kind.ALL_LABELS) {
      return;
    }
    Set<String> leftExtra = beyondMatching(left, matching);
    Set<String> rightExtra = beyondMatching(right, matching);
    rightExtra.removeAll(matching.copiedLabels());
    if (!rightExtra.isEmpty()) {
      throw new DefinitionException(
          object,
          "the right side carries "
              + rightExtra
              + " beyond the matching labels, so several of its series can match"
              + " one on the left; aggregate those labels away on the right");
    }
    if (!leftExtra.isEmpty() && !matching.manyToOne()) {
      throw new DefinitionException(
          object,
          "the left side carries "
              + leftExtra
              + " beyond the matching labels, so several of its series match one on"
              + " the right; say so with .groupLeft()");
    }
  }

  private static Set<String> beyondMatching(Vector side, VectorMatching matching) {
    TreeSet<String> extra = new TreeSet<>(side.labels());
    if (matching.kind() == VectorMatching.Kind.ON) {
      extra.removeAll(matching.labels());
    } else {
      extra.retainAll(matching.labels());
    }
    return extra;
  }

  @Override
  public boolean isScalar() {
    return left.isScalar() && right.isScalar();
  }

  @Override
  public int precedence() {
    return op.precedence;
  }

  @Override
  public Set<String> labels() {
    if (left.isScalar()) {
      return right.labels();
    }
    if (right.isScalar() || op.isComparison() || op == Op.AND || op == Op.UNLESS) {
      return left.labels();
    }
    if (op == Op.OR) {
      TreeSet<String> union = new TreeSet<>(left.labels());
      union.addAll(right.labels());
      return union;
    }
    return switch (matching.kind()) {
      case ALL_LABELS -> left.labels();
      case ON -> {
        if (matching.manyToOne()) {
          TreeSet<String> kept = new TreeSet<>(left.labels());
          kept.addAll(matching.copiedLabels());
          yield kept;
        }
        yield new TreeSet<>(matching.labels());
      }
      case IGNORING -> {
        TreeSet<String> kept = new TreeSet<>(left.labels());
        if (matching.manyToOne()) {
          kept.addAll(matching.copiedLabels());
        } else {
          matching.labels().forEach(kept::remove);
        }
        yield kept;
      }
    };
  }

  @Override
  public Set<String> metricNames() {
    TreeSet<String> all = new TreeSet<>(left.metricNames());
    all.addAll(right.metricNames());
    return all;
  }

  @Override
  public Set<Metric> metrics() {
    Set<Metric> all = new HashSet<>(left.metrics());
    all.addAll(right.metrics());
    return all;
  }

  @Override
  public java.util.List<SeriesRef> selections() {
    java.util.List<SeriesRef> all = new java.util.ArrayList<>(left.selections());
    all.addAll(right.selections());
    return java.util.List.copyOf(all);
  }

  /**
   * The conditions joined by {@code and}, in order: {@code a > 1 and b > 2} gives both comparisons;
   * any other expression is one condition.
   */
  public static java.util.List<Vector> conditions(Vector expr) {
    if (expr instanceof BinaryOp op && op.op == Op.AND) {
      java.util.List<Vector> all = new java.util.ArrayList<>(conditions(op.left));
      all.addAll(conditions(op.right));
      return all;
    }
    return java.util.List.of(expr);
  }

  /**
   * The left-hand side of a filtering comparison against a number ({@code x > 0.02} gives x), else
   * the condition.
   */
  public static Vector measured(Vector condition) {
    if (condition instanceof BinaryOp op
        && op.op.isComparison()
        && !op.returnsBool
        && op.right.isScalar()) {
      return op.left;
    }
    return condition;
  }

  @Override
  public String promql() {
    // Operators are left-associative (but ^): a right operand of equal strength needs parentheses.
    boolean rightAssociative = op == Op.POW;
    String l =
        wrap(
            left,
            rightAssociative
                ? left.precedence() <= op.precedence
                : left.precedence() < op.precedence);
    String r =
        wrap(
            right,
            rightAssociative
                ? right.precedence() < op.precedence
                : right.precedence() <= op.precedence);
    if (op.isSetOperator()) {
      // One condition per line: a reviewer sees which condition of an alert changed.
      return l + "\n" + (op.text + " " + matching.promql()).strip() + "\n" + r;
    }
    return l + " " + op.text + " " + (returnsBool ? "bool " : "") + matching.promql() + r;
  }

  private static String wrap(Vector operand, boolean parenthesize) {
    return parenthesize ? "(" + operand.promql() + ")" : operand.promql();
  }
}
