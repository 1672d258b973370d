package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.promql.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Prometheus query: typed PromQL from the catalog, or a raw string for the odd case, marked as
 * such. {@code interval} is the query's min step; {@code exemplar} asks Prometheus for exemplars,
 * which Grafana links to Tempo by their {@code trace_id}.
 */
public record PrometheusTarget(
    String refId,
    Query query,
    String legendFormat,
    QueryMode mode,
    QueryFormat format,
    Optional<String> interval,
    boolean exemplar,
    boolean hide,
    Optional<RawJson> raw)
    implements Target {

  /** Typed PromQL or a raw string; only typed queries are checked against the metric catalogs. */
  public sealed interface Query {
    String promql();
  }

  public record Typed(Expr expr) implements Query {
    public Typed {
      Objects.requireNonNull(expr, "expr");
    }

    @Override
    public String promql() {
      return expr.promql();
    }
  }

  public record Raw(String promql) implements Query {
    public Raw {
      Objects.requireNonNull(promql, "promql");
    }
  }

  public PrometheusTarget {
    Objects.requireNonNull(refId, "refId");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(legendFormat, "legendFormat");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(raw, "raw");
  }

  /** The typed expression, unless the query is raw. */
  public Optional<Expr> expr() {
    return query instanceof Typed typed ? Optional.of(typed.expr()) : Optional.empty();
  }

  @Override
  public Datasource datasource() {
    return Datasource.PROMETHEUS;
  }

  @Override
  public String kind() {
    return "Prometheus query";
  }

  @Override
  public List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(query.promql(), legendFormat));
    interval.ifPresent(texts::add);
    return texts;
  }
}
