package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PromQL duration such as {@code 5m} or {@code 30d}, kept in seconds and printed in its largest
 * whole unit.
 */
public record Window(long seconds) implements Comparable<Window> {
  private static final Pattern TEXT = Pattern.compile("([0-9]+)(s|m|h|d|w)");
  private static final long[] UNIT_SECONDS = {7 * 86400L, 86400L, 3600L, 60L, 1L};
  private static final String[] UNIT_NAMES = {"w", "d", "h", "m", "s"};

  /** Ten years: longer than any retention here, and far inside Prometheus' own duration range. */
  private static final long MAX_SECONDS = 3650 * 86400L;

  public Window {
    if (seconds <= 0) {
      throw new DefinitionException(
          DefinitionException.name("window", seconds + "s"),
          "a window must be longer than zero seconds");
    }
    if (seconds > MAX_SECONDS) {
      throw new DefinitionException(
          DefinitionException.name("window", seconds + "s"),
          "is too long to be a duration; use a smaller amount");
    }
  }

  /** Parses {@code 30s}, {@code 5m}, {@code 1h}, {@code 30d}, {@code 1w}. */
  public static Window of(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new DefinitionException(
          DefinitionException.name("window", String.valueOf(text)),
          "not a duration; write a whole number and one unit of s, m, h, d or w, as in '5m'");
    }
    long unit =
        switch (m.group(2)) {
          case "s" -> 1L;
          case "m" -> 60L;
          case "h" -> 3600L;
          case "d" -> 86400L;
          default -> 7 * 86400L;
        };
    long seconds;
    try {
      seconds = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException | NumberFormatException e) {
      seconds = Long.MAX_VALUE;
    }
    if (seconds > MAX_SECONDS) {
      throw new DefinitionException(
          DefinitionException.name("window", text),
          "is too long to be a duration; use a smaller amount");
    }
    return new Window(seconds);
  }

  public static Window seconds(long n) {
    return new Window(n);
  }

  public static Window minutes(long n) {
    return new Window(n * 60);
  }

  public static Window hours(long n) {
    return new Window(n * 3600);
  }

  public static Window days(long n) {
    return new Window(n * 86400);
  }

  public Window times(long factor) {
    return new Window(seconds * factor);
  }

  /** {@code 300} seconds prints as {@code 5m}, {@code 5400} as {@code 90m}. */
  @Override
  public String toString() {
    for (int i = 0; i < UNIT_SECONDS.length; i++) {
      if (seconds % UNIT_SECONDS[i] == 0) {
        return (seconds / UNIT_SECONDS[i]) + UNIT_NAMES[i];
      }
    }
    throw new AssertionError("unreachable: 1s divides every window");
  }

  @Override
  public int compareTo(Window other) {
    return Long.compare(seconds, other.seconds);
  }
}
