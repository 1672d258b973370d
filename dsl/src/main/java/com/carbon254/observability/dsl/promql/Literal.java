package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.render.Numbers;
import java.math.BigDecimal;
import java.util.Set;

/** A number in a query. Printed exactly as a decimal so the text does not depend on the JDK. */
public record Literal(BigDecimal value) implements Vector {
  public static Literal of(double value) {
    return new Literal(Numbers.decimal(value));
  }

  @Override
  public String promql() {
    return Numbers.format(value);
  }

  /** A number has no labels; matching it with a vector keeps the vector's labels. */
  @Override
  public Set<String> labels() {
    return Set.of();
  }

  @Override
  public Set<String> metricNames() {
    return Set.of();
  }
}
