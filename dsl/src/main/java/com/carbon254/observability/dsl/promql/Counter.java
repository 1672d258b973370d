package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;

/**
 * A monotonic counter; its name ends in {@code _total}. Read it with {@code rate} or {@code
 * increase}.
 */
public record Counter(String name, String help, List<Label> labels, Optional<String> exporter)
    implements Metric {
  private static final MetricStages<Counter> STAGES =
      new MetricStages<>(MetricType.COUNTER, Counter::new);

  public Counter {
    labels = STAGES.checked(name, help, labels, exporter);
  }

  /** First step: the name; the next step asks for the help text. */
  public static Named named(String name) {
    return STAGES.named(name)::apply;
  }

  /** A counter exported by a third-party exporter, under that exporter's own name. */
  public static Named exportedBy(String exporter, String name) {
    return STAGES.exportedBy(exporter, name)::apply;
  }

  @FunctionalInterface
  public interface Named {
    Counter help(String help);
  }

  public Counter labels(String... names) {
    return STAGES.withLabels(this, names);
  }

  /** Declares a label whose values are hash buckets of a high-cardinality identifier. */
  public Counter hashedLabel(String label) {
    return STAGES.withHashedLabel(this, label);
  }

  @Override
  public MetricType type() {
    return STAGES.type();
  }

  /** Selects this counter's series; narrow them with {@code .where(...)}. */
  public Selector<SeriesKind.Counting> select() {
    return Selector.counting(this, name, labelNames());
  }
}
