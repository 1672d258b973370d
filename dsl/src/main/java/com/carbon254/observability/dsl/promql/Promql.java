package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entry points of the typed PromQL: {@code import static ...promql.Promql.*;} and write {@code
 * sum(rate(REQUESTS.select().over("5m"))).by("route")}.
 */
public final class Promql {
  private Promql() {}

  /** Per-second rate of a counter; only counters (and histogram series) compile here. */
  public static Vector rate(Range<SeriesKind.Counting> range) {
    return Call.ofRange("rate", range);
  }

  public static Vector increase(Range<SeriesKind.Counting> range) {
    return Call.ofRange("increase", range);
  }

  public static Vector avgOverTime(Range<SeriesKind.Sampled> range) {
    return Call.ofRange("avg_over_time", range);
  }

  public static Vector maxOverTime(Range<SeriesKind.Sampled> range) {
    return Call.ofRange("max_over_time", range);
  }

  public static Vector minOverTime(Range<SeriesKind.Sampled> range) {
    return Call.ofRange("min_over_time", range);
  }

  public static Vector deriv(Range<SeriesKind.Sampled> range) {
    return Call.ofRange("deriv", range);
  }

  /**
   * The value {@code horizon} from now if the series keeps the linear trend it had over the range
   * (least squares): {@code predict_linear(node_filesystem_avail_bytes[6h], 86400)}.
   */
  public static Vector predictLinear(Range<SeriesKind.Sampled> range, Window horizon) {
    return Call.ofRange("predict_linear", range, Literal.of(horizon.seconds()));
  }

  public static Aggregation sum(Vector input) {
    return Aggregation.of("sum", input);
  }

  public static Aggregation avg(Vector input) {
    return Aggregation.of("avg", input);
  }

  public static Aggregation max(Vector input) {
    return Aggregation.of("max", input);
  }

  public static Aggregation min(Vector input) {
    return Aggregation.of("min", input);
  }

  public static Aggregation count(Vector input) {
    return Aggregation.of("count", input);
  }

  /**
   * The {@code quantile} of bucketed counts; the input must still carry {@code le}, so aggregate
   * with {@code .by("le", ...)}.
   */
  public static Vector histogramQuantile(double quantile, Vector buckets) {
    if (!(quantile >= 0 && quantile <= 1)) {
      throw new DefinitionException(
          DefinitionException.name("query", buckets.promql()),
          "histogram_quantile("
              + (Double.isFinite(quantile) ? Numbers.format(quantile) : String.valueOf(quantile))
              + ", ...) needs a quantile between 0 and 1");
    }
    if (!buckets.labels().contains("le")) {
      throw new DefinitionException(
          DefinitionException.name("query", buckets.promql()),
          "histogram_quantile needs the 'le' label of the buckets; keep it when aggregating, as in sum(...).by(\"le\", ...)");
    }
    Set<String> labels = new TreeSet<>(buckets.labels());
    labels.remove("le");
    return Call.of(
        "histogram_quantile",
        labels,
        Literal.of(quantile),
        Call.requireVector("histogram_quantile", buckets));
  }

  /** 1 where the input has no series: for alerts on a metric that vanished. */
  public static Vector absent(Vector input) {
    return Call.of("absent", absentLabels(input), Call.requireVector("absent", input));
  }

  /** Seconds since the epoch at evaluation time. */
  public static Vector time() {
    return new Call("time", java.util.List.of(), Set.of(), Set.of(), Set.of(), true);
  }

  public static Vector clampMin(Vector input, double min) {
    return Call.of(
        "clamp_min", input.labels(), Call.requireVector("clamp_min", input), Literal.of(min));
  }

  public static Vector abs(Vector input) {
    return Call.of("abs", input.labels(), Call.requireVector("abs", input));
  }

  /**
   * absent() returns one series whose labels are the equality matchers of a plain selector ({@code
   * absent(x{job="gateway"})} gives {@code {job="gateway"}}), and none otherwise.
   */
  private static Set<String> absentLabels(Vector input) {
    if (!(input instanceof Selector<?> selector)) {
      return Set.of();
    }
    Set<String> labels = new TreeSet<>();
    selector.ref().matchers().stream()
        .filter(m -> m.op() == Matcher.Op.EQ)
        .forEach(m -> labels.add(m.label()));
    return labels;
  }

  public static Literal number(double value) {
    return Literal.of(value);
  }
}
