package com.carbon254.observability.dsl.promql;

/**
 * What a selector reads, as a type parameter: {@code rate} takes only ranges of {@link Counting}
 * series, so {@code rate(gauge)} does not compile.
 */
public sealed interface SeriesKind permits SeriesKind.Counting, SeriesKind.Sampled {
  /** Counters and the {@code _bucket}, {@code _count}, {@code _sum} series of histograms. */
  final class Counting implements SeriesKind {
    private Counting() {}
  }

  /** Gauges and recorded series: read as they are, or over time with {@code *_over_time}. */
  final class Sampled implements SeriesKind {
    private Sampled() {}
  }
}
