package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of one label of a catalog metric, read from Prometheus: {@code label_values(selector,
 * label)}. The selector may use earlier variables ({@code route="$route"}), which chains them.
 *
 * <pre>{@code
 * QueryVariable.labelValues("route", REQUESTS.select(), "route").multi().includeAll()
 * }</pre>
 */
public record QueryVariable(
    String name,
    String label,
    Expr selector,
    String labelName,
    String regex,
    VariableSort sort,
    VariableRefresh refresh,
    boolean multiValue,
    boolean includesAll,
    Optional<String> allValue,
    VariableHide hide)
    implements Variable {
  public QueryVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(labelName, "labelName");
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(allValue, "allValue");
    Objects.requireNonNull(hide, "hide");
  }

  /**
   * The values of {@code labelName} among the series {@code selector} selects; refreshed when the
   * time range changes, sorted alphabetically.
   */
  public static QueryVariable labelValues(String name, Expr selector, String labelName) {
    return new QueryVariable(
        name,
        "",
        selector,
        labelName,
        "",
        VariableSort.ALPHABETICAL_ASC,
        VariableRefresh.ON_TIME_RANGE_CHANGE,
        false,
        false,
        Optional.empty(),
        VariableHide.DONT_HIDE);
  }

  @Override
  public String type() {
    return "query";
  }

  /** The query as Grafana's Prometheus data source reads it. */
  public String query() {
    return "label_values(" + selector.promql() + ", " + labelName + ")";
  }

  @Override
  public List<String> texts() {
    return List.of(query());
  }

  @Override
  public Optional<Expr> expr() {
    return Optional.of(selector);
  }

  public QueryVariable label(String label) {
    return new QueryVariable(
        name,
        label,
        selector,
        labelName,
        regex,
        sort,
        refresh,
        multiValue,
        includesAll,
        allValue,
        hide);
  }

  /** Keeps values matching a regex; a capture group keeps only the captured part. */
  public QueryVariable regex(String regex) {
    return new QueryVariable(
        name,
        label,
        selector,
        labelName,
        regex,
        sort,
        refresh,
        multiValue,
        includesAll,
        allValue,
        hide);
  }

  public QueryVariable sort(VariableSort sort) {
    return new QueryVariable(
        name,
        label,
        selector,
        labelName,
        regex,
        sort,
        refresh,
        multiValue,
        includesAll,
        allValue,
        hide);
  }

  public QueryVariable refresh(VariableRefresh refresh) {
    return new QueryVariable(
        name,
        label,
        selector,
        labelName,
        regex,
        sort,
        refresh,
        multiValue,
        includesAll,
        allValue,
        hide);
  }

  public QueryVariable multi() {
    return new QueryVariable(
        name, label, selector, labelName, regex, sort, refresh, true, includesAll, allValue, hide);
  }

  /**
   * Offers "All". Its value is {@code .*}: with Grafana's default (every value joined by {@code |})
   * a query reading thousands of values grows past Prometheus' URL limit. Use the variable with
   * {@code =~}.
   */
  public QueryVariable includeAll() {
    return new QueryVariable(
        name,
        label,
        selector,
        labelName,
        regex,
        sort,
        refresh,
        multiValue,
        true,
        Optional.of(".*"),
        hide);
  }

  public QueryVariable hide(VariableHide hide) {
    return new QueryVariable(
        name,
        label,
        selector,
        labelName,
        regex,
        sort,
        refresh,
        multiValue,
        includesAll,
        allValue,
        hide);
  }
}
