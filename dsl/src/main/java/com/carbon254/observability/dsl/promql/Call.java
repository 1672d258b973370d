package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A function call: {@code rate(x[5m])}, {@code histogram_quantile(0.95, ...)}. */
public record Call(
    String function,
    List<String> argumentTexts,
    Set<String> labels,
    Set<String> metricNames,
    Set<Metric> metrics,
    boolean isScalar,
    List<SeriesRef> selections)
    implements Vector {

  public Call {
    argumentTexts = List.copyOf(argumentTexts);
    labels = Set.copyOf(labels);
    metricNames = Set.copyOf(metricNames);
    metrics = Set.copyOf(metrics);
    selections = List.copyOf(selections);
  }

  /** A call that reads no series, such as {@code time()}. */
  Call(
      String function,
      List<String> argumentTexts,
      Set<String> labels,
      Set<String> metricNames,
      Set<Metric> metrics,
      boolean isScalar) {
    this(function, argumentTexts, labels, metricNames, metrics, isScalar, List.of());
  }

  /**
   * {@code function(range, numbers...)}: a range function, with its number arguments after the
   * range.
   */
  static Call ofRange(String function, Range<?> range, Literal... numbers) {
    List<String> texts = new ArrayList<>();
    texts.add(range.promql());
    for (Literal number : numbers) {
      texts.add(number.promql());
    }
    return new Call(
        function,
        texts,
        range.labels(),
        range.metricNames(),
        range.metrics(),
        false,
        range.selections());
  }

  static Call of(String function, Set<String> labels, Expr... arguments) {
    List<String> texts = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    Set<Metric> metrics = new HashSet<>();
    List<SeriesRef> selections = new ArrayList<>();
    for (Expr argument : arguments) {
      texts.add(argument.promql());
      names.addAll(argument.metricNames());
      metrics.addAll(argument.metrics());
      selections.addAll(argument.selections());
    }
    return new Call(function, texts, labels, names, metrics, false, selections);
  }

  /** A number where a function wants a vector of series is refused, as Prometheus' parser does. */
  static Vector requireVector(String function, Vector argument) {
    if (argument.isScalar()) {
      throw new DefinitionException(
          DefinitionException.name("query", function + "(" + argument.promql() + ")"),
          function + " takes a vector of series, not a number");
    }
    return argument;
  }

  @Override
  public String promql() {
    return function + "(" + String.join(", ", argumentTexts) + ")";
  }
}
