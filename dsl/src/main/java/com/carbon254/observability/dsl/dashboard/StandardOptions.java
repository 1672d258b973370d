package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Grafana's "Standard options" group: unit, min, max, decimals and color scheme of every field. */
public record StandardOptions(
    String unit, OptionalDouble min, OptionalDouble max, OptionalInt decimals, FieldColorModeId colorScheme) {
  public StandardOptions {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(decimals, "decimals");
    Objects.requireNonNull(colorScheme, "colorScheme");
  }
}
