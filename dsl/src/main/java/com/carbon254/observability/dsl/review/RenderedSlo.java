package com.carbon254.observability.dsl.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * An SLO as its metadata recordings state it: Sloth's and ours name the objective {@code
 * slo:objective:ratio} and the period {@code slo:time_period:days}, labelled with the SLO's id.
 */
public record RenderedSlo(String id, BigDecimal objectiveRatio, int periodDays, String file) {
  /** The objective in percent, e.g. {@code 99.5}. */
  public BigDecimal objectivePercent() {
    return objectiveRatio.movePointRight(2).stripTrailingZeros();
  }

  /** The time the SLO may fail per period: (1 − objective) × period, to the second. */
  public Duration errorBudget() {
    BigDecimal seconds =
        BigDecimal.ONE.subtract(objectiveRatio).multiply(BigDecimal.valueOf(periodDays * 86_400L));
    return Duration.ofSeconds(seconds.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }
}
