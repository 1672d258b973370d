package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/** A visualization: the common {@link PanelCore} and the options of its kind. */
public record Panel(PanelCore core, PanelOptions options) implements DashboardElement {
  public Panel {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(options, "options");
  }

  /** Grafana's plugin id of the visualization, the panel's {@code type}. */
  public String type() {
    return options.type();
  }

  @Override
  public String title() {
    return core.title();
  }

  public List<Target> targets() {
    return core.targets();
  }

  @Override
  public Placement placement() {
    return core.placement();
  }
}
