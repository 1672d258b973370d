package com.carbon254.observability.dsl.lint;

import java.time.Duration;

/**
 * What the checks measure against. The scrape interval is the platform design's {@code
 * PROM_SCRAPE_INTERVAL} (15s) unless the rendered tree holds a Prometheus configuration that says
 * otherwise.
 */
public record LintConfig(Duration scrapeInterval, int maxRawSelectorsPerDashboard) {
  public static final LintConfig DEFAULT = new LintConfig(Duration.ofSeconds(15), 10);

  public LintConfig {
    if (scrapeInterval.isNegative() || scrapeInterval.isZero()) {
      throw new IllegalArgumentException(
          "the scrape interval must be positive, not " + scrapeInterval);
    }
    if (maxRawSelectorsPerDashboard < 0) {
      throw new IllegalArgumentException(
          "the raw selector budget must be zero or more, not " + maxRawSelectorsPerDashboard);
    }
  }
}
