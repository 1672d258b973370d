package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Tempo query: a TraceQL search (traces and table panels), or the service graph of the spans'
 * metrics (node graph panel).
 */
public record TempoTarget(String refId, Optional<TraceQL> query, int limit, Optional<RawJson> raw)
    implements Target {
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
    return query.isPresent() ? "Tempo query" : "Tempo service graph query";
  }

  @Override
  public List<String> texts() {
    return query.map(q -> List.of(q.text())).orElse(List.of());
  }
}
