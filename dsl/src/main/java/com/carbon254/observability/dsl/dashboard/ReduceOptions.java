package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * Grafana's "Value options" of stat, gauge, bar gauge and pie chart: each series reduced to one
 * value by {@code calcs}, or every value shown ({@code allValues}, up to {@code limit}).
 */
public record ReduceOptions(List<ReducerId> calcs, boolean allValues, String fields, int limit) {
  public static final ReduceOptions LAST_NOT_NULL =
      new ReduceOptions(List.of(ReducerId.LAST_NOT_NULL), false, "", 0);

  public ReduceOptions {
    calcs = List.copyOf(calcs);
    Objects.requireNonNull(fields, "fields");
  }

  public static ReduceOptions calc(ReducerId reducer) {
    return new ReduceOptions(List.of(reducer), false, "", 0);
  }

  /** Every row of the result, up to {@code limit}: for a table-format query. */
  public static ReduceOptions allValues(int limit) {
    return new ReduceOptions(List.of(), true, "", limit);
  }

  /** Only the fields whose name matches a regex, e.g. {@code /^Value$/}. */
  public ReduceOptions fields(String regex) {
    return new ReduceOptions(calcs, allValues, regex, limit);
  }
}
