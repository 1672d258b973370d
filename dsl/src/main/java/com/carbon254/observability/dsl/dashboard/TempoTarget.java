package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A Tempo TraceQL search, for the traces, table and node graph panels. */
public record TempoTarget(String refId, TraceQL query, int limit, Optional<RawJson> raw) implements Target {
  public TempoTarget {
    Objects.requireNonNull(refId, "refId");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(raw, "raw");
  }

  @Override
  public Datasource datasource() {
    return Datasource.TEMPO;
  }

  @Override
  public String kind() {
    return "Tempo query";
  }

  @Override
  public List<String> texts() {
    return List.of(query.text());
  }
}
