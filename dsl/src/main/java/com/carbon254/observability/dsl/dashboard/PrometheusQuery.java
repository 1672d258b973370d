package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a Prometheus query for {@code panel.withTarget(...)}:
 *
 * <pre>{@code
 * PrometheusQuery.of(p95).legend("{{route}} p95").exemplars()
 * PrometheusQuery.of(buckets).format(QueryFormat.HEATMAP).legend("{{le}}")
 * }</pre>
 */
public final class PrometheusQuery implements TargetBuilder {
  private final PrometheusTarget.Query query;
  private String legend = Target.AUTO_LEGEND;
  private QueryMode mode = QueryMode.PANEL_DEFAULT;
  private QueryFormat format = QueryFormat.TIME_SERIES;
  private String interval;
  private boolean exemplar;
  private boolean hide;
  private RawJson raw;

  private PrometheusQuery(PrometheusTarget.Query query) {
    this.query = query;
  }

  public static PrometheusQuery of(Expr expr) {
    return new PrometheusQuery(new PrometheusTarget.Typed(expr));
  }

  /** PromQL as text, for what the typed model cannot say; it skips the catalog checks. */
  public static PrometheusQuery raw(String promql) {
    return new PrometheusQuery(new PrometheusTarget.Raw(promql));
  }

  /** Series names, e.g. {@code {{route}} p95}; default: from the labels. */
  public PrometheusQuery legend(String legendFormat) {
    this.legend = Objects.requireNonNull(legendFormat, "legendFormat");
    return this;
  }

  public PrometheusQuery instant() {
    this.mode = QueryMode.INSTANT;
    return this;
  }

  public PrometheusQuery range() {
    this.mode = QueryMode.RANGE;
    return this;
  }

  /** Range and instant: a table of last values next to a graph of the same query. */
  public PrometheusQuery rangeAndInstant() {
    this.mode = QueryMode.BOTH;
    return this;
  }

  public PrometheusQuery format(QueryFormat format) {
    this.format = Objects.requireNonNull(format, "format");
    return this;
  }

  /** Min step, e.g. {@code "1m"} or {@code "$__rate_interval"}. */
  public PrometheusQuery minStep(String interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /** Asks for exemplars; Grafana links each to its trace in Tempo by {@code trace_id}. */
  public PrometheusQuery exemplars() {
    this.exemplar = true;
    return this;
  }

  /** Runs the query but does not draw it (it may feed an override or a transformation). */
  public PrometheusQuery hidden() {
    this.hide = true;
    return this;
  }

  /** JSON for a query field the model does not cover; a field the model sets is refused. */
  public PrometheusQuery rawJson(String json) {
    this.raw = RawJson.of(json);
    return this;
  }

  @Override
  public PrometheusTarget build(String refId) {
    return new PrometheusTarget(
        refId,
        query,
        legend,
        mode,
        format,
        Optional.ofNullable(interval),
        exemplar,
        hide,
        Optional.ofNullable(raw));
  }
}
