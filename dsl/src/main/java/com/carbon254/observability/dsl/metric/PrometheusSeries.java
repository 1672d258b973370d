package com.carbon254.observability.dsl.metric;

import java.util.List;

/**
 * Series Prometheus writes itself for every scrape target, whatever the target exports. They are
 * in every catalog at once, so each domain can alert on its own targets being down.
 */
public final class PrometheusSeries {
  private PrometheusSeries() {}

  /** 1 when the last scrape of the target succeeded, 0 when it failed. */
  public static final Gauge UP =
      Gauge.exportedBy("prometheus", "up")
          .help("1 if the last scrape of the target succeeded, 0 if it failed; written by Prometheus itself.");

  public static final List<Metric> ALL = List.of(UP);
}
