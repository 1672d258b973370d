package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a selector points at: the series name it renders, the catalog metric (or recording) it
 * belongs to, the labels that series can carry and the matchers narrowing it.
 */
public record SeriesRef(
    String series,
    String source,
    List<String> declaredLabels,
    boolean scraped,
    List<Matcher> matchers,
    Optional<Metric> metric) {
  public SeriesRef {
    declaredLabels = List.copyOf(declaredLabels);
    matchers = List.copyOf(matchers);
  }

  /**
   * Whether this selector picks the series {@code name} with {@code labels}, as Prometheus matches:
   * a missing label is the empty string, regexes are anchored RE2.
   */
  public boolean selects(String name, java.util.Map<String, String> labels) {
    if (!series.equals(name)) {
      return false;
    }
    return matchers.stream().allMatch(m -> m.matches(labels));
  }

  Set<String> labels() {
    TreeSet<String> all = new TreeSet<>(declaredLabels);
    if (scraped) {
      all.addAll(TargetLabels.ALL);
    }
    return all;
  }

  SeriesRef with(String label, Matcher.Op op, String value) {
    if (!labels().contains(label)) {
      throw new DefinitionException(
          DefinitionException.name("metric", source),
          "query selects label '"
              + label
              + "', which "
              + series
              + " does not have (its labels: "
              + String.join(", ", declaredLabels)
              + (scraped ? " and the target labels" : "")
              + "); use one of them or declare the label on the metric");
    }
    String regexProblem = op.isRegex() ? Re2.problem(value) : null;
    if (regexProblem != null) {
      throw new DefinitionException(
          DefinitionException.name("metric", source),
          "matcher " + label + op.text() + Matcher.quote(value) + " " + regexProblem);
    }
    List<Matcher> next = new ArrayList<>(matchers);
    next.add(new Matcher(label, op, value));
    return new SeriesRef(series, source, declaredLabels, scraped, next, metric);
  }

  /** The selector as PromQL: {@code name{label=~"value"}}. */
  public String promql() {
    if (matchers.isEmpty()) {
      return series;
    }
    List<String> parts = matchers.stream().map(Matcher::promql).toList();
    return series + "{" + String.join(", ", parts) + "}";
  }
}
