package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** A hidden, fixed value: a name used in several queries, set once. */
public record ConstantVariable(String name, String value) implements Variable {
  public ConstantVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  public static ConstantVariable of(String name, String value) {
    return new ConstantVariable(name, value);
  }

  @Override
  public String type() {
    return "constant";
  }
}
