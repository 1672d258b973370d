package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;

/**
 * A monotonic counter; its name ends in {@code _total}. Read it with {@code rate} or {@code
 * increase}.
 */
public record Counter(String name, String help, List<Label> labels, Optional<String> exporter)
    implements Metric {

  public Counter {
    labels = List.copyOf(labels);
    MetricRules.checkName(MetricType.COUNTER, name, exporter.isPresent());
    MetricRules.checkHelp(name, help);
    MetricRules.checkLabels(name, labels);
  }

  /** First step: the name; the next step asks for the help text. */
  public static Named named(String name) {
    MetricRules.checkName(MetricType.COUNTER, name, false);
    return help -> new Counter(name, help, List.of(), Optional.empty());
  }

  /** A counter exported by a third-party exporter, under that exporter's own name. */
  public static Named exportedBy(String exporter, String name) {
    MetricRules.checkName(MetricType.COUNTER, name, true);
    return help -> new Counter(name, help, List.of(), Optional.of(exporter));
  }

  @FunctionalInterface
  public interface Named {
    Counter help(String help);
  }

  public Counter labels(String... names) {
    return new Counter(name, help, Label.append(labels, names), exporter);
  }

  /** Declares a label whose values are hash buckets of a high-cardinality identifier. */
  public Counter hashedLabel(String label) {
    return new Counter(name, help, Label.appendHashed(labels, label), exporter);
  }

  @Override
  public MetricType type() {
    return MetricType.COUNTER;
  }

  /** Selects this counter's series; narrow them with {@code .where(...)}. */
  public Selector<SeriesKind.Counting> select() {
    return Selector.counting(this, name, labelNames());
  }
}
