package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * A service's latency target: the share of requests ({@code quantile}) that must be answered within
 * {@code seconds}. Declared once by the bundle, beside the constant its alerts and dashboards use,
 * and read by the collector's tail sampling: a trace slower than {@link #SLOW_FACTOR} times the
 * target is always kept, so the slow requests that threaten the target can be looked at.
 */
public record LatencyTarget(String service, BigDecimal quantile, BigDecimal seconds) {
  /** Seed section 13: keep traces slower than twice the p95 target. */
  public static final int SLOW_FACTOR = 2;

  private static final Pattern SERVICE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  public LatencyTarget {
    String object = DefinitionException.name("latency target", String.valueOf(service));
    if (service == null || !SERVICE.matcher(service).matches()) {
      throw new DefinitionException(
          object, "service must be the scrape job of the service, as in 'gateway'");
    }
    if (quantile.signum() <= 0 || quantile.compareTo(BigDecimal.ONE) >= 0) {
      throw new DefinitionException(
          object, "quantile " + quantile.toPlainString() + " must be between 0 and 1, as in 0.95");
    }
    if (seconds.signum() <= 0) {
      throw new DefinitionException(
          object, "target " + seconds.toPlainString() + " s must be longer than zero");
    }
    if (seconds.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros().scale() > 0) {
      throw new DefinitionException(
          object,
          "target "
              + seconds.toPlainString()
              + " s is not a whole number of milliseconds; the sampler counts in ms");
    }
  }

  /** p95 of {@code service} within {@code seconds}, e.g. {@code p95("gateway", 0.15)}. */
  public static LatencyTarget p95(String service, double seconds) {
    return new LatencyTarget(service, new BigDecimal("0.95"), Numbers.decimal(seconds));
  }

  /** The tail sampler's threshold: traces slower than this are kept. */
  public long slowTraceThresholdMillis() {
    return seconds
        .multiply(BigDecimal.valueOf(1000L * SLOW_FACTOR))
        .setScale(0, RoundingMode.UNNECESSARY)
        .longValueExact();
  }

  /** {@code p95}, {@code p99}: how the quantile is named in sampling policy names. */
  public String quantileName() {
    return "p" + quantile.movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
