package com.carbon254.observability.dsl.promql;

/**
 * An instant vector: what a selector, a function, an aggregation or an operator returns. Operators
 * are methods so a query reads left to right: {@code errors.div(total).above(0.02)}.
 */
public interface Vector extends Expr {

  default Vector div(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.DIV, other, VectorMatching.NONE);
  }

  default Vector div(Vector other, VectorMatching matching) {
    return BinaryOp.of(this, BinaryOp.Op.DIV, other, matching);
  }

  default Vector mul(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.MUL, other, VectorMatching.NONE);
  }

  /**
   * {@code this * on(...) group_left(...) other}: the join that copies labels from an info metric.
   */
  default Vector mul(Vector other, VectorMatching matching) {
    return BinaryOp.of(this, BinaryOp.Op.MUL, other, matching);
  }

  default Vector plus(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.ADD, other, VectorMatching.NONE);
  }

  default Vector minus(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.SUB, other, VectorMatching.NONE);
  }

  default Vector div(double number) {
    return BinaryOp.of(this, BinaryOp.Op.DIV, Literal.of(number), VectorMatching.NONE);
  }

  default Vector mul(double number) {
    return BinaryOp.of(this, BinaryOp.Op.MUL, Literal.of(number), VectorMatching.NONE);
  }

  default Vector plus(double number) {
    return BinaryOp.of(this, BinaryOp.Op.ADD, Literal.of(number), VectorMatching.NONE);
  }

  default Vector minus(double number) {
    return BinaryOp.of(this, BinaryOp.Op.SUB, Literal.of(number), VectorMatching.NONE);
  }

  /** {@code 1 - this}, the complement of a ratio. */
  default Vector complement() {
    return BinaryOp.of(Literal.of(1), BinaryOp.Op.SUB, this, VectorMatching.NONE);
  }

  /** Keeps the series whose value is greater than {@code threshold}. */
  default Vector above(double threshold) {
    return BinaryOp.of(this, BinaryOp.Op.GT, Literal.of(threshold), VectorMatching.NONE);
  }

  default Vector atLeast(double threshold) {
    return BinaryOp.of(this, BinaryOp.Op.GE, Literal.of(threshold), VectorMatching.NONE);
  }

  default Vector below(double threshold) {
    return BinaryOp.of(this, BinaryOp.Op.LT, Literal.of(threshold), VectorMatching.NONE);
  }

  default Vector atMost(double threshold) {
    return BinaryOp.of(this, BinaryOp.Op.LE, Literal.of(threshold), VectorMatching.NONE);
  }

  /**
   * Keeps the series whose value is exactly {@code value}: for values that only take a few states,
   * such as {@code up == 0}, where a threshold between them would read as a tolerance.
   */
  default Vector equalTo(double value) {
    return BinaryOp.of(this, BinaryOp.Op.EQ, Literal.of(value), VectorMatching.NONE);
  }

  /** 1 where the value is above {@code threshold}, 0 elsewhere: for checks in promtool tests. */
  default Vector isAbove(double threshold) {
    return BinaryOp.bool(this, BinaryOp.Op.GT, Literal.of(threshold));
  }

  /** 1 where the value is below {@code threshold}, 0 elsewhere. */
  default Vector isBelow(double threshold) {
    return BinaryOp.bool(this, BinaryOp.Op.LT, Literal.of(threshold));
  }

  default Vector above(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.GT, other, VectorMatching.NONE);
  }

  default Vector below(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.LT, other, VectorMatching.NONE);
  }

  default Vector and(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.AND, other, VectorMatching.NONE);
  }

  default Vector and(Vector other, VectorMatching matching) {
    return BinaryOp.of(this, BinaryOp.Op.AND, other, matching);
  }

  default Vector or(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.OR, other, VectorMatching.NONE);
  }

  default Vector unless(Vector other) {
    return BinaryOp.of(this, BinaryOp.Op.UNLESS, other, VectorMatching.NONE);
  }

  default Vector unless(Vector other, VectorMatching matching) {
    return BinaryOp.of(this, BinaryOp.Op.UNLESS, other, matching);
  }
}
