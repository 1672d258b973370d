package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fixed list of values, the first selected by default: {@code CustomVariable.of("quantile",
 * "0.5", "0.95", "0.99")}.
 */
public record CustomVariable(
    String name, String label, List<String> values, boolean multiValue, boolean includesAll)
    implements Variable {
  public CustomVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    values = List.copyOf(values);
  }

  public static CustomVariable of(String name, String... values) {
    return new CustomVariable(name, "", Arrays.asList(values), false, false);
  }

  @Override
  public String type() {
    return "custom";
  }

  public CustomVariable label(String label) {
    return new CustomVariable(name, label, values, multiValue, includesAll);
  }

  public CustomVariable multi() {
    return new CustomVariable(name, label, values, true, includesAll);
  }

  public CustomVariable includeAll() {
    return new CustomVariable(name, label, values, multiValue, true);
  }

  /**
   * Grafana's query of a custom variable: the values joined by commas, commas in values escaped.
   */
  public String query() {
    return String.join(",", values.stream().map(v -> v.replace(",", "\\,")).toList());
  }
}
