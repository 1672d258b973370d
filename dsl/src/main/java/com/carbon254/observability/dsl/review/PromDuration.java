package com.carbon254.observability.dsl.review;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus durations ({@code 1h30m}, {@code 30s}, {@code 1d}) read and printed back. */
public final class PromDuration {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|y|w|d|h|m|s)");
  private static final Pattern WHOLE = Pattern.compile("((\\d+)(ms|y|w|d|h|m|s))+");

  private PromDuration() {}

  /** The duration, or empty for text that is not one (a Grafana variable, a typo). */
  public static Optional<Duration> parse(String text) {
    if (text == null || !WHOLE.matcher(text).matches()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO;
    Matcher m = PART.matcher(text);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                case "w" -> Duration.ofDays(7 * n);
                default -> Duration.ofDays(365 * n);
              });
    }
    return Optional.of(total);
  }

  /** Largest units first, as Prometheus prints them: {@code 7h12m}, {@code 1d}, {@code 0s}. */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder s = new StringBuilder(d.isNegative() ? "-" : "");
    long ms = d.abs().toMillis();
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    String[] units = {"d", "h", "m", "s", "ms"};
    for (int i = 0; i < sizes.length; i++) {
      if (ms >= sizes[i]) {
        s.append(ms / sizes[i]).append(units[i]);
        ms %= sizes[i];
      }
    }
    return s.toString();
  }
}
