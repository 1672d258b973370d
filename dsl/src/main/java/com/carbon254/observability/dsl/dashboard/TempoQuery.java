package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;

/**
 * Builds a Tempo query: {@code
 * TempoQuery.of(TraceQL.service("gateway").slowerThan("150ms").query())}.
 */
public final class TempoQuery implements TargetBuilder {
  private final Optional<TraceQL> query;
  private int limit = 20;
  private RawJson raw;

  private TempoQuery(Optional<TraceQL> query) {
    this.query = query;
  }

  public static TempoQuery of(TraceQL query) {
    return new TempoQuery(Optional.of(Objects.requireNonNull(query, "query")));
  }

  public static TempoQuery of(TraceQL.Spans spans) {
    return of(spans.query());
  }

  /** The service graph Tempo builds from span metrics, for a node graph panel. */
  public static TempoQuery serviceMap() {
    return new TempoQuery(Optional.empty());
  }

  /** How many traces the search returns; default 20, as in Grafana. */
  public TempoQuery limit(int limit) {
    this.limit = limit;
    return this;
  }

  public TempoQuery rawJson(String json) {
    this.raw = RawJson.of(json);
    return this;
  }

  @Override
  public TempoTarget build(String refId) {
    return new TempoTarget(refId, query, limit, Optional.ofNullable(raw));
  }
}
