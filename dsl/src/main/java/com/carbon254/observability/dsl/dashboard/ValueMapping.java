package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A value mapping: shows a value, a range, a regex match or a special value (null, NaN, true, ...)
 * as a text and/or a color.
 *
 * <pre>{@code
 * ValueMapping.value("0", MappingResult.text("down").color(Color.RED))
 * ValueMapping.range(0.5, 1, MappingResult.text("up"))
 * ValueMapping.special(SpecialValue.NULL, MappingResult.text("no data"))
 * }</pre>
 */
public sealed interface ValueMapping {
  MappingResult result();

  /** Grafana's mapping type: value, range, regex or special. */
  default String type() {
    return GrafanaIds.of(this);
  }

  static ValueMapping value(String value, MappingResult result) {
    return new Value(value, result);
  }

  /** From {@code from} to {@code to}, both included. */
  static ValueMapping range(double from, double to, MappingResult result) {
    return new Range(OptionalDouble.of(from), OptionalDouble.of(to), result);
  }

  static ValueMapping atLeast(double from, MappingResult result) {
    return new Range(OptionalDouble.of(from), OptionalDouble.empty(), result);
  }

  static ValueMapping atMost(double to, MappingResult result) {
    return new Range(OptionalDouble.empty(), OptionalDouble.of(to), result);
  }

  /** A regular expression on the value's text; its groups can be used in the result text as $1. */
  static ValueMapping regex(String pattern, MappingResult result) {
    return new Regex(pattern, result);
  }

  static ValueMapping special(SpecialValue match, MappingResult result) {
    return new Special(match, result);
  }

  @GrafanaId("value")
  record Value(String value, MappingResult result) implements ValueMapping {
    public Value {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(result, "result");
    }
  }

  @GrafanaId("range")
  record Range(OptionalDouble from, OptionalDouble to, MappingResult result)
      implements ValueMapping {
    public Range {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(result, "result");
    }
  }

  @GrafanaId("regex")
  record Regex(String pattern, MappingResult result) implements ValueMapping {
    public Regex {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(result, "result");
    }
  }

  @GrafanaId("special")
  record Special(SpecialValue match, MappingResult result) implements ValueMapping {
    public Special {
      Objects.requireNonNull(match, "match");
      Objects.requireNonNull(result, "result");
    }
  }

  /** What a matched value shows: a text, a color, or both. */
  record MappingResult(Optional<String> text, Optional<Color> color) {
    public MappingResult {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(color, "color");
    }

    public static MappingResult text(String text) {
      return new MappingResult(Optional.of(text), Optional.empty());
    }

    public static MappingResult colored(Color color) {
      return new MappingResult(Optional.empty(), Optional.of(color));
    }

    public MappingResult color(Color color) {
      return new MappingResult(text, Optional.of(color));
    }
  }
}
