package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;

/** A value that goes up and down: connections open, bytes free, a timestamp. */
public record Gauge(String name, String help, List<Label> labels, Optional<String> exporter)
    implements Metric {

  public Gauge {
    labels = List.copyOf(labels);
    MetricRules.checkName(MetricType.GAUGE, name, exporter.isPresent());
    MetricRules.checkHelp(name, help);
    MetricRules.checkLabels(name, labels);
  }

  public static Named named(String name) {
    MetricRules.checkName(MetricType.GAUGE, name, false);
    return help -> new Gauge(name, help, List.of(), Optional.empty());
  }

  /** A gauge exported by a third-party exporter, under that exporter's own name. */
  public static Named exportedBy(String exporter, String name) {
    MetricRules.checkName(MetricType.GAUGE, name, true);
    return help -> new Gauge(name, help, List.of(), Optional.of(exporter));
  }

  @FunctionalInterface
  public interface Named {
    Gauge help(String help);
  }

  public Gauge labels(String... names) {
    return new Gauge(name, help, Label.append(labels, names), exporter);
  }

  public Gauge hashedLabel(String label) {
    return new Gauge(name, help, Label.appendHashed(labels, label), exporter);
  }

  @Override
  public MetricType type() {
    return MetricType.GAUGE;
  }

  public Selector<SeriesKind.Sampled> select() {
    return Selector.sampled(this, name, labelNames());
  }
}
