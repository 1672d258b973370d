package com.carbon254.observability.dsl.promql;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The declaration steps a {@link Counter} and a {@link Gauge} share (name, help, then labels) and
 * the checks their constructors run, written once for both. A {@link Histogram} asks for its
 * buckets between help and labels, so it keeps its own steps.
 */
final class MetricStages<M extends Metric> {
  /** The metric's canonical constructor. */
  @FunctionalInterface
  interface Constructor<M> {
    M create(String name, String help, List<Label> labels, Optional<String> exporter);
  }

  private final MetricType type;
  private final Constructor<M> constructor;

  MetricStages(MetricType type, Constructor<M> constructor) {
    this.type = type;
    this.constructor = constructor;
  }

  MetricType type() {
    return type;
  }

  /**
   * The help step of a metric of ours. The name is checked before the help is asked for, so a bad
   * name fails on the line that declares it.
   */
  Function<String, M> named(String name) {
    return declared(name, Optional.empty());
  }

  /** The help step of a metric a third-party exporter names. */
  Function<String, M> exportedBy(String exporter, String name) {
    return declared(name, Optional.of(exporter));
  }

  private Function<String, M> declared(String name, Optional<String> exporter) {
    MetricRules.checkName(type, name, exporter.isPresent());
    return help -> constructor.create(name, help, List.of(), exporter);
  }

  /** The constructor's checks; returns the labels to keep, copied. */
  List<Label> checked(String name, String help, List<Label> labels, Optional<String> exporter) {
    List<Label> copy = List.copyOf(labels);
    MetricRules.checkName(type, name, exporter.isPresent());
    MetricRules.checkHelp(name, help);
    MetricRules.checkLabels(name, copy);
    return copy;
  }

  M withLabels(M metric, String... names) {
    return relabelled(metric, Label.append(metric.labels(), names));
  }

  M withHashedLabel(M metric, String label) {
    return relabelled(metric, Label.appendHashed(metric.labels(), label));
  }

  private M relabelled(M metric, List<Label> labels) {
    return constructor.create(metric.name(), metric.help(), labels, metric.exporter());
  }
}
