package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;

/** A value that goes up and down: connections open, bytes free, a timestamp. */
public record Gauge(String name, String help, List<Label> labels, Optional<String> exporter)
    implements Metric {
  private static final MetricStages<Gauge> STAGES =
      new MetricStages<>(MetricType.GAUGE, Gauge::new);

  public Gauge {
    labels = STAGES.checked(name, help, labels, exporter);
  }

  public static Named named(String name) {
    return STAGES.named(name)::apply;
  }

  /** A gauge exported by a third-party exporter, under that exporter's own name. */
  public static Named exportedBy(String exporter, String name) {
    return STAGES.exportedBy(exporter, name)::apply;
  }

  @FunctionalInterface
  public interface Named {
    Gauge help(String help);
  }

  public Gauge labels(String... names) {
    return STAGES.withLabels(this, names);
  }

  public Gauge hashedLabel(String label) {
    return STAGES.withHashedLabel(this, label);
  }

  @Override
  public MetricType type() {
    return STAGES.type();
  }

  public Selector<SeriesKind.Sampled> select() {
    return Selector.sampled(this, name, labelNames());
  }
}
