package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * The dashboard variable that picks the data source. Panels refer to {@code ${name}} instead of a
 * fixed uid, so one dashboard file works against every Grafana instance it is provisioned to.
 */
public record DatasourceVariable(String name, String label, String pluginType) implements Variable {
  /**
   * The environment picker: each environment (local, staging, production) has its own Prometheus,
   * provisioned in Grafana as a Prometheus data source, so choosing the data source chooses the
   * environment. The metrics carry no environment label for a query to filter on.
   */
  public static final DatasourceVariable PROMETHEUS =
      new DatasourceVariable("datasource", "Environment", "prometheus");

  public DatasourceVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(pluginType, "pluginType");
  }

  @Override
  public String type() {
    return "datasource";
  }

  /** What panels and queries put in their {@code datasource} field. */
  public DataSourceRef ref() {
    return new DataSourceRef(pluginType, "${" + name + "}");
  }
}
