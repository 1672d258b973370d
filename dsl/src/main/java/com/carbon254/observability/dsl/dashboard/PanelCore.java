package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/** What every panel kind has: title, description, queries, standard options, thresholds, placement. */
public record PanelCore(
    String title,
    String description,
    List<Target> targets,
    StandardOptions standard,
    Thresholds thresholds,
    Placement placement) {
  public PanelCore {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    targets = List.copyOf(targets);
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(placement, "placement");
  }
}
