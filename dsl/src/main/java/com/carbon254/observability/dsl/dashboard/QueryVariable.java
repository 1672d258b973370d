package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
    return with(v -> v.label = label);
  }

  /** Keeps values matching a regex; a capture group keeps only the captured part. */
  public QueryVariable regex(String regex) {
    return with(v -> v.regex = regex);
  }

  public QueryVariable sort(VariableSort sort) {
    return with(v -> v.sort = sort);
  }

  public QueryVariable refresh(VariableRefresh refresh) {
    return with(v -> v.refresh = refresh);
  }

  public QueryVariable multi() {
    return with(v -> v.multiValue = true);
  }

  /**
   * Offers "All". Its value is {@code .*}: with Grafana's default (every value joined by {@code |})
   * a query reading thousands of values grows past Prometheus' URL limit. Use the variable with
   * {@code =~}.
   */
  public QueryVariable includeAll() {
    return with(
        v -> {
          v.includesAll = true;
          v.allValue = Optional.of(".*");
        });
  }

  public QueryVariable hide(VariableHide hide) {
    return with(v -> v.hide = hide);
  }

  /** A copy with some options changed; the constructor checks the result as usual. */
  private QueryVariable with(Consumer<Options> change) {
    Options options = new Options(this);
    change.accept(options);
    return new QueryVariable(
        name,
        options.label,
        selector,
        labelName,
        options.regex,
        options.sort,
        options.refresh,
        options.multiValue,
        options.includesAll,
        options.allValue,
        options.hide);
  }

  /** The components the fluent methods change, so that the copy is written once. */
  private static final class Options {
    String label;
    String regex;
    VariableSort sort;
    VariableRefresh refresh;
    boolean multiValue;
    boolean includesAll;
    Optional<String> allValue;
    VariableHide hide;

    Options(QueryVariable variable) {
      label = variable.label;
      regex = variable.regex;
      sort = variable.sort;
      refresh = variable.refresh;
      multiValue = variable.multiValue;
      includesAll = variable.includesAll;
      allValue = variable.allValue;
      hide = variable.hide;
    }
  }
}
