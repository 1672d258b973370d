package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated, laid-out dashboard. Build it with {@link DashboardBuilder}; render it with {@link
 * DashboardRenderer}.
 *
 * <p>The constructor checks everything (uid, settings, variables and their references, queries and
 * their data sources, field config, grid), so a {@code Dashboard} that exists is one Grafana can
 * show as intended.
 *
 * @param variables the variables, the Prometheus data source variable first
 * @param panels rows and panels in grid order; a collapsed row holds its own panels
 */
public record Dashboard(
    String uid,
    String title,
    String description,
    List<String> tags,
    TimeRange time,
    TimePicker timePicker,
    String refresh,
    String timezone,
    WeekStart weekStart,
    DashboardCursorSync tooltip,
    List<Variable> variables,
    List<DashboardLink> links,
    List<Annotation> annotations,
    List<GridItem> panels,
    Optional<RawJson> raw) {
  public Dashboard(
      String uid,
      String title,
      String description,
      List<String> tags,
      TimeRange time,
      TimePicker timePicker,
      String refresh,
      String timezone,
      WeekStart weekStart,
      DashboardCursorSync tooltip,
      List<Variable> variables,
      List<DashboardLink> links,
      List<Annotation> annotations,
      List<GridItem> panels,
      Optional<RawJson> raw) {
    this.uid = uid;
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.tags = List.copyOf(tags);
    this.time = Objects.requireNonNull(time, "time");
    this.timePicker = Objects.requireNonNull(timePicker, "timePicker");
    this.refresh = Objects.requireNonNull(refresh, "refresh");
    this.timezone = Objects.requireNonNull(timezone, "timezone");
    this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
    this.tooltip = Objects.requireNonNull(tooltip, "tooltip");
    this.variables = List.copyOf(variables);
    this.links = List.copyOf(links);
    this.annotations = List.copyOf(annotations);
    this.panels = List.copyOf(panels);
    this.raw = Objects.requireNonNull(raw, "raw");
    DashboardChecks.check(this);
  }

  /** The Prometheus data source variable every Prometheus query reads. */
  public DatasourceVariable datasource() {
    return (DatasourceVariable) variables.get(0);
  }

  /** Every grid item, the panels of collapsed rows included, in grid order. */
  public List<GridItem> allItems() {
    List<GridItem> all = new ArrayList<>();
    for (GridItem item : panels) {
      all.add(item);
      all.addAll(item.panels());
    }
    return all;
  }

  /** Every panel, those of collapsed rows included. */
  public List<Panel> allPanels() {
    return allItems().stream()
        .filter(i -> i.element() instanceof Panel)
        .map(i -> (Panel) i.element())
        .toList();
  }

  /**
   * Every typed PromQL expression of panels, variables and annotations: what cross-checks compare
   * with the metric catalogs. Raw queries are left out, as they are meant to be.
   */
  public List<Expr> expressions() {
    Stream<Expr> fromPanels =
        allPanels().stream()
            .flatMap(p -> p.targets().stream())
            .filter(t -> t instanceof PrometheusTarget)
            .flatMap(t -> ((PrometheusTarget) t).expr().stream());
    Stream<Expr> fromVariables = variables.stream().flatMap(v -> v.expr().stream());
    Stream<Expr> fromAnnotations = annotations.stream().flatMap(a -> a.expr().stream());
    return Stream.of(fromPanels, fromVariables, fromAnnotations).flatMap(s -> s).toList();
  }
}
