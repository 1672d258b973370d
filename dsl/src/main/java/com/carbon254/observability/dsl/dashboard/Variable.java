package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.List;
import java.util.Optional;

/**
 * A dashboard variable. Queries, titles and links refer to it as {@code $name}, {@code ${name}},
 * {@code ${name:format}} or {@code [[name]]}; every reference must resolve to a variable declared
 * (before the one using it, for chained variables) or to a Grafana built-in.
 */
public sealed interface Variable
    permits DatasourceVariable,
        QueryVariable,
        CustomVariable,
        ConstantVariable,
        IntervalVariable,
        TextBoxVariable,
        AdHocVariable {
  String name();

  /** Grafana's variable type: query, custom, constant, ... */
  String type();

  /** Several values may be selected at once. */
  default boolean multiValue() {
    return false;
  }

  /** The picker offers "All". */
  default boolean includesAll() {
    return false;
  }

  /** Texts in which Grafana interpolates other variables (a chained query, say). */
  default List<String> texts() {
    return List.of();
  }

  /** The typed PromQL the variable reads, for the catalog checks. */
  default Optional<Expr> expr() {
    return Optional.empty();
  }
}
