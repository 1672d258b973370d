package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.List;
import java.util.Objects;

/**
 * A validated, laid-out dashboard. Build it with {@link DashboardBuilder}; render it with
 * {@link DashboardRenderer}.
 *
 * <p>The constructor checks everything (ids, titles, grid, thresholds, queries), so a
 * {@code Dashboard} that exists is one Grafana can show as intended.
 *
 * @param panels rows and panels in grid order, ids 1..n
 */
public record Dashboard(
    String uid,
    String title,
    String description,
    List<String> tags,
    TimeRange time,
    String refresh,
    String timezone,
    DashboardCursorSync tooltip,
    DatasourceVariable datasource,
    List<GridItem> panels) {
  public Dashboard {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(tooltip, "tooltip");
    Objects.requireNonNull(datasource, "datasource");
    panels = List.copyOf(panels);
    DashboardChecks.check(uid, title, tags, time, refresh, timezone, panels);
  }

  /** Every query of every panel, in grid order: what cross-checks compare with the metric catalogs. */
  public List<Expr> expressions() {
    return panels.stream()
        .filter(item -> item.element() instanceof Panel)
        .flatMap(item -> ((Panel) item.element()).targets().stream())
        .map(Target::expr)
        .toList();
  }
}
