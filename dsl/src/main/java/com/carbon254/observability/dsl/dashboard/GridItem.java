package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** An element placed in the grid, with the panel id the dashboard assigned to it. */
public record GridItem(int id, GridPos gridPos, DashboardElement element) {
  public GridItem {
    Objects.requireNonNull(gridPos, "gridPos");
    Objects.requireNonNull(element, "element");
  }

  /** As messages name it: {@code panel 'Errors'} or {@code row 'Traffic'}. */
  public String name() {
    return (element instanceof Row ? "row '" : "panel '") + element.title() + "'";
  }
}
