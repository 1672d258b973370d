package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds a Loki query: {@code LokiQuery.of(LogQL.stream("app",
 * "gateway").contains("error").query())}.
 */
public final class LokiQuery implements TargetBuilder {
  private final LogQL query;
  private String legend = "";
  private QueryMode mode = QueryMode.PANEL_DEFAULT;
  private Integer maxLines;
  private RawJson raw;

  private LokiQuery(LogQL query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  public static LokiQuery of(LogQL query) {
    return new LokiQuery(query);
  }

  public static LokiQuery of(LogQL.Selector logs) {
    return new LokiQuery(logs.query());
  }

  public static LokiQuery of(LogQL.Metric metric) {
    return new LokiQuery(metric.query());
  }

  public LokiQuery legend(String legendFormat) {
    this.legend = Objects.requireNonNull(legendFormat, "legendFormat");
    return this;
  }

  public LokiQuery instant() {
    this.mode = QueryMode.INSTANT;
    return this;
  }

  /** At most this many lines (Loki's default is 1000). */
  public LokiQuery maxLines(int maxLines) {
    this.maxLines = maxLines;
    return this;
  }

  public LokiQuery rawJson(String json) {
    this.raw = RawJson.of(json);
    return this;
  }

  @Override
  public LokiTarget build(String refId) {
    return new LokiTarget(
        refId,
        query,
        legend,
        mode,
        maxLines == null ? OptionalInt.empty() : OptionalInt.of(maxLines),
        Optional.ofNullable(raw));
  }
}
