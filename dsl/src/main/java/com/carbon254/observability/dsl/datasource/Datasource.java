package com.carbon254.observability.dsl.datasource;

/**
 * The data sources of the stack, named once: the Grafana provisioning creates them with these uids,
 * and dashboards, data links and exemplar links refer to them by the same uids, so a link from a
 * panel to Tempo or Loki resolves on every Grafana the folder is synced to.
 */
public enum Datasource {
  PROMETHEUS("prometheus", "prometheus", "Prometheus"),
  TEMPO("tempo", "tempo", "Tempo"),
  LOKI("loki", "loki", "Loki");

  private final String type;
  private final String uid;
  private final String displayName;

  Datasource(String type, String uid, String displayName) {
    this.type = type;
    this.uid = uid;
    this.displayName = displayName;
  }

  /** Grafana's plugin id, e.g. {@code prometheus}. */
  public String type() {
    return type;
  }

  /** The stable uid the provisioning gives the data source. */
  public String uid() {
    return uid;
  }

  /** The name shown in Grafana's data source picker. */
  public String displayName() {
    return displayName;
  }
}
