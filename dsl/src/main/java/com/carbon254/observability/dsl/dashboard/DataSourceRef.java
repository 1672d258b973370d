package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import java.util.Objects;

/** A reference to a data source by plugin type and uid, as panels and queries carry it. */
public record DataSourceRef(String type, String uid) {
  /** Grafana's pseudo data source of a panel whose queries read several data sources. */
  public static final DataSourceRef MIXED = new DataSourceRef("datasource", "-- Mixed --");

  public DataSourceRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(uid, "uid");
  }

  /** The stack's data source by its fixed uid, the one the Grafana provisioning creates. */
  public static DataSourceRef of(Datasource datasource) {
    return new DataSourceRef(datasource.type(), datasource.uid());
  }
}
