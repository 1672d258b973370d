package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Grafana's "Standard options" group of every field: unit (a Grafana unit id, checked when the
 * dashboard is built), min, max, decimals, display name, color scheme and the text shown when there
 * is no value.
 */
public record StandardOptions(
    String unit,
    OptionalDouble min,
    OptionalDouble max,
    OptionalInt decimals,
    Optional<String> displayName,
    Optional<String> noValue,
    FieldColor color) {
  public StandardOptions {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(decimals, "decimals");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(noValue, "noValue");
    Objects.requireNonNull(color, "color");
  }
}
