package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A classic Prometheus histogram: {@code _bucket{le}}, {@code _count} and {@code _sum} series.
 * Bucket bounds matter beyond display: a latency SLO can only be computed at a bound.
 */
public record Histogram(
    String name, String help, List<Double> buckets, List<Label> labels, Optional<String> exporter)
    implements Metric {

  public Histogram {
    buckets = List.copyOf(buckets);
    labels = List.copyOf(labels);
    MetricRules.checkName(MetricType.HISTOGRAM, name, exporter.isPresent());
    MetricRules.checkHelp(name, help);
    checkBuckets(name, buckets);
    MetricRules.checkLabels(name, labels);
  }

  public static Named named(String name) {
    MetricRules.checkName(MetricType.HISTOGRAM, name, false);
    return help -> bounds -> new Histogram(name, help, toList(bounds), List.of(), Optional.empty());
  }

  @FunctionalInterface
  public interface Named {
    Described help(String help);
  }

  @FunctionalInterface
  public interface Described {
    /** Upper bounds of the buckets in the metric's unit, strictly increasing; +Inf is implied. */
    Histogram buckets(double... upperBounds);
  }

  public Histogram labels(String... names) {
    return new Histogram(name, help, buckets, Label.append(labels, names), exporter);
  }

  public Histogram hashedLabel(String label) {
    return new Histogram(name, help, buckets, Label.appendHashed(labels, label), exporter);
  }

  @Override
  public MetricType type() {
    return MetricType.HISTOGRAM;
  }

  public boolean hasBucketBound(double bound) {
    return buckets.stream()
        .anyMatch(b -> Numbers.decimal(b).compareTo(Numbers.decimal(bound)) == 0);
  }

  /** The cumulative bucket counters, with the {@code le} label. */
  public Selector<SeriesKind.Counting> bucket() {
    List<String> withLe = new ArrayList<>(labelNames());
    withLe.add("le");
    return Selector.counting(this, name + "_bucket", withLe);
  }

  public Selector<SeriesKind.Counting> count() {
    return Selector.counting(this, name + "_count", labelNames());
  }

  public Selector<SeriesKind.Counting> sum() {
    return Selector.counting(this, name + "_sum", labelNames());
  }

  private static List<Double> toList(double[] bounds) {
    List<Double> list = new ArrayList<>();
    for (double b : bounds) {
      list.add(b);
    }
    return list;
  }

  private static void checkBuckets(String name, List<Double> buckets) {
    String object = DefinitionException.name("metric", name);
    if (buckets.isEmpty()) {
      throw new DefinitionException(
          object, "a histogram needs bucket bounds; pass them to .buckets(...)");
    }
    double previous = Double.NEGATIVE_INFINITY;
    for (double b : buckets) {
      if (!Double.isFinite(b) || b <= 0) {
        throw new DefinitionException(
            object,
            "bucket bound "
                + (Double.isFinite(b) ? Numbers.format(b) : String.valueOf(b))
                + " must be a positive finite number (+Inf is implied)");
      }
      if (b <= previous) {
        throw new DefinitionException(
            object,
            "bucket bounds must be strictly increasing, but "
                + Numbers.format(b)
                + " follows "
                + Numbers.format(previous)
                + "; sort them and drop duplicates");
      }
      previous = b;
    }
  }
}
