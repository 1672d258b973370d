package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * An element placed in the grid, with the panel id the dashboard assigned to it. A collapsed row
 * holds its panels, placed as they appear when it is expanded.
 */
public record GridItem(int id, GridPos gridPos, DashboardElement element, List<GridItem> panels) {
  public GridItem {
    Objects.requireNonNull(gridPos, "gridPos");
    Objects.requireNonNull(element, "element");
    panels = List.copyOf(panels);
  }

  public GridItem(int id, GridPos gridPos, DashboardElement element) {
    this(id, gridPos, element, List.of());
  }

  /** As messages name it: {@code panel 'Errors'} or {@code row 'Traffic'}. */
  public String name() {
    return (element instanceof Row ? "row '" : "panel '") + element.title() + "'";
  }
}
