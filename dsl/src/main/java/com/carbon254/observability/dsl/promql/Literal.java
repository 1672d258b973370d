package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.math.BigDecimal;
import java.util.Set;

/** A number in a query. Printed exactly as a decimal so the text does not depend on the JDK. */
public record Literal(BigDecimal value) implements Vector {
  public static Literal of(double value) {
    if (!Double.isFinite(value)) {
      throw new DefinitionException(
          DefinitionException.name("number", String.valueOf(value)),
          "a threshold or factor in a query must be a finite number; check the constant it comes from");
    }
    return new Literal(Numbers.decimal(value));
  }

  @Override
  public boolean isScalar() {
    return true;
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

  @Override
  public Set<Metric> metrics() {
    return Set.of();
  }

  @Override
  public java.util.List<SeriesRef> selections() {
    return java.util.List.of();
  }
}
