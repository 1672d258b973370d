package com.carbon254.observability.dsl.promql;

import java.util.List;

/**
 * Series Prometheus writes itself for every scrape target, whatever service it scrapes. No bundle
 * owns them, so no bundle declares them: every bundle may read them (each domain's target-down
 * alert reads {@link #UP}), and the platform knows them without a catalog entry.
 */
public final class ScrapeTargets {
  private ScrapeTargets() {}

  /** 1 when the last scrape of the target succeeded, 0 when it failed; only target labels. */
  public static final Gauge UP =
      Gauge.exportedBy("prometheus", "up")
          .help(
              "1 if Prometheus' last scrape of the target succeeded, 0 if it failed; written for every target.");

  /** Every series of this class, for the platform's check that queries read known metrics. */
  public static final List<Gauge> ALL = List.of(UP);
}
