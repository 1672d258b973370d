package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * A reference to a library panel: Grafana loads its content by uid from the library, so only its
 * place is ours. {@code type} is the library panel's visualization, which the dashboard JSON names.
 */
public record LibraryPanel(String uid, String name, String type, Placement placement)
    implements DashboardElement {
  public LibraryPanel {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(placement, "placement");
  }

  /** Placed by the flow layout, 8 columns wide and 8 high. */
  public static LibraryPanel ref(String uid, String name, String type) {
    return new LibraryPanel(
        uid,
        name,
        type,
        new Placement.Flow(PanelBuilder.DEFAULT_SPAN, PanelBuilder.DEFAULT_HEIGHT));
  }

  public LibraryPanel span(int span, int height) {
    return new LibraryPanel(uid, name, type, new Placement.Flow(span, height));
  }

  public LibraryPanel at(GridPos gridPos) {
    return new LibraryPanel(uid, name, type, new Placement.Fixed(gridPos));
  }

  @Override
  public String title() {
    return name;
  }
}
