package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** A reference to a data source by plugin type and uid, as panels and queries carry it. */
public record DataSourceRef(String type, String uid) {
  public DataSourceRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(uid, "uid");
  }
}
