package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * Ad hoc filters: label filters the viewer adds, which Grafana applies to every Prometheus query of
 * the dashboard. It needs no reference in the queries.
 */
public record AdHocVariable(String name, String label) implements Variable {
  public AdHocVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
  }

  public static AdHocVariable of(String name) {
    return new AdHocVariable(name, "Filters");
  }

  @Override
  public String type() {
    return "adhoc";
  }
}
