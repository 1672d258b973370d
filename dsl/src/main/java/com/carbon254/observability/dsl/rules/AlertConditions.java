package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.BinaryOp;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;

/** The conditions of an alert and what each one measures, for the values its scenarios observe. */
final class AlertConditions {
  private AlertConditions() {}

  /**
   * The clauses joined by {@code and} or {@code or}, in order: {@code a > 1 and b > 2} gives both
   * comparisons, {@code absent(x) or absent(y)} both absent() calls.
   */
  static List<Vector> of(Vector expr) {
    if (expr instanceof BinaryOp op
        && !op.returnsBool()
        && (op.op() == BinaryOp.Op.AND || op.op() == BinaryOp.Op.OR)) {
      List<Vector> all = new ArrayList<>(of(op.left()));
      all.addAll(of(op.right()));
      return all;
    }
    return List.of(expr);
  }

  /**
   * The query each condition measures: the alert's own {@code measuring(...)} where it gives them,
   * else the left-hand side of each comparison with a number. A condition without one (an {@code
   * absent(...)}) is refused here rather than skipped: the alert says what to measure instead.
   */
  static List<Vector> measured(String object, Vector expr, List<Vector> measuring) {
    List<Vector> conditions = of(expr);
    if (!measuring.isEmpty()) {
      if (measuring.size() != conditions.size()) {
        throw new DefinitionException(
            object,
            ".measuring(...) gives "
                + measuring.size()
                + " queries but the alert has "
                + conditions.size()
                + " conditions; give one per condition, in order");
      }
      return List.copyOf(measuring);
    }
    List<Vector> measured = new ArrayList<>();
    for (Vector condition : conditions) {
      Vector lhs = BinaryOp.measured(condition);
      measured.add(lhs == condition ? null : lhs);
    }
    return java.util.Collections.unmodifiableList(measured);
  }

  /** The first condition without a numeric left-hand side, for the message that refuses it. */
  static String unmeasured(Vector expr, List<Vector> measured) {
    List<Vector> conditions = of(expr);
    for (int i = 0; i < measured.size(); i++) {
      if (measured.get(i) == null) {
        return conditions.get(i).promql();
      }
    }
    return null;
  }
}
