package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code sum by (route) (...)}: grouping labels must exist on the input. */
public record Aggregation(
    String operator, Vector input, Grouping grouping, List<String> groupLabels) implements Vector {

  public enum Grouping {
    NONE,
    BY,
    WITHOUT
  }

  public Aggregation {
    groupLabels = List.copyOf(groupLabels);
    Call.requireVector(operator, input);
    if (grouping != Grouping.NONE) {
      for (String label : groupLabels) {
        if (!input.labels().contains(label)) {
          throw new DefinitionException(
              DefinitionException.name("query", input.promql()),
              operator
                  + " "
                  + grouping.name().toLowerCase(java.util.Locale.ROOT)
                  + " ("
                  + label
                  + ") names a label the input does not carry (it carries: "
                  + String.join(", ", new TreeSet<>(input.labels()))
                  + "); group by one of those");
        }
      }
    }
  }

  static Aggregation of(String operator, Vector input) {
    return new Aggregation(operator, input, Grouping.NONE, List.of());
  }

  /** Keeps only these labels; no labels aggregates everything into one series. */
  public Aggregation by(String... labels) {
    if (labels.length == 0) {
      return new Aggregation(operator, input, Grouping.NONE, List.of());
    }
    return new Aggregation(operator, input, Grouping.BY, List.of(labels));
  }

  /** Drops these labels and keeps the rest. */
  public Aggregation without(String... labels) {
    return new Aggregation(operator, input, Grouping.WITHOUT, List.of(labels));
  }

  @Override
  public Set<String> labels() {
    return switch (grouping) {
      case NONE -> Set.of();
      case BY -> new TreeSet<>(groupLabels);
      case WITHOUT -> {
        TreeSet<String> kept = new TreeSet<>(input.labels());
        groupLabels.forEach(kept::remove);
        yield kept;
      }
    };
  }

  @Override
  public Set<String> metricNames() {
    return input.metricNames();
  }

  @Override
  public Set<Metric> metrics() {
    return input.metrics();
  }

  @Override
  public java.util.List<SeriesRef> selections() {
    return input.selections();
  }

  @Override
  public String promql() {
    String modifier =
        switch (grouping) {
          case NONE -> "";
          case BY -> " by (" + String.join(", ", groupLabels) + ") ";
          case WITHOUT -> " without (" + String.join(", ", groupLabels) + ") ";
        };
    return operator + modifier + "(" + input.promql() + ")";
  }
}
