package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Grafana's "Legend" group of a time series panel.
 *
 * <pre>{@code Legend.table(ReducerId.MEAN, ReducerId.MAX).atRight()}</pre>
 */
public record Legend(
    boolean show, LegendDisplayMode displayMode, LegendPlacement placement, List<ReducerId> calcs) {
  public Legend {
    Objects.requireNonNull(displayMode, "displayMode");
    Objects.requireNonNull(placement, "placement");
    calcs = List.copyOf(calcs);
  }

  /** Series names under the graph, each with the given values. */
  public static Legend list(ReducerId... calcs) {
    return new Legend(true, LegendDisplayMode.LIST, LegendPlacement.BOTTOM, Arrays.asList(calcs));
  }

  /** A table under the graph, one column per calculation; sortable in Grafana. */
  public static Legend table(ReducerId... calcs) {
    return new Legend(true, LegendDisplayMode.TABLE, LegendPlacement.BOTTOM, Arrays.asList(calcs));
  }

  public static Legend hidden() {
    return new Legend(false, LegendDisplayMode.LIST, LegendPlacement.BOTTOM, List.of());
  }

  public Legend atRight() {
    return new Legend(show, displayMode, LegendPlacement.RIGHT, calcs);
  }
}
