package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A Loki query: log lines for a logs panel, or a metric query over them for graphs. */
public record LokiTarget(
    String refId,
    LogQL query,
    String legendFormat,
    QueryMode mode,
    OptionalInt maxLines,
    Optional<RawJson> raw)
    implements Target {
  public LokiTarget {
    Objects.requireNonNull(refId, "refId");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(legendFormat, "legendFormat");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(maxLines, "maxLines");
    Objects.requireNonNull(raw, "raw");
  }

  @Override
  public Datasource datasource() {
    return Datasource.LOKI;
  }

  @Override
  public String kind() {
    return query.metric() ? "Loki metric query" : "Loki log query";
  }

  @Override
  public List<String> texts() {
    return List.of(query.text(), legendFormat);
  }
}
