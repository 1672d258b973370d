package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;

/**
 * A row header. The panels that follow it in the dashboard, up to the next row, belong to it. A
 * collapsed row holds its panels inside it in the JSON, as Grafana stores it; a repeated row is
 * copied, panels and all, for each selected value of its variable.
 */
public record Row(String title, boolean collapsed, Optional<String> repeat)
    implements DashboardElement {
  public Row {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(repeat, "repeat");
  }

  public Row(String title) {
    this(title, false, Optional.empty());
  }

  @Override
  public Placement placement() {
    return new Placement.Flow(GridPos.COLUMNS, 1);
  }
}
