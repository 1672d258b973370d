package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One copy of a panel per selected value of a variable. The variable must allow several values
 * (multi-value or include-all), or there is only ever one copy. Horizontal copies share the line,
 * so a repeated panel gets its line to itself.
 */
public record Repeat(String variable, RepeatDirection direction, OptionalInt maxPerRow) {
  public Repeat {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(maxPerRow, "maxPerRow");
  }
}
