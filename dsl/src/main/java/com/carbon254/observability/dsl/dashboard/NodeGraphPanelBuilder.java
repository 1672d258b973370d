package com.carbon254.observability.dsl.dashboard;

import java.util.Optional;

/** Builds a node graph, e.g. Tempo's service graph: services as nodes, calls as edges. */
public final class NodeGraphPanelBuilder extends PanelBuilder<NodeGraphPanelBuilder> {
  private Unit nodeMain;
  private Unit nodeSecondary;
  private Unit edgeMain;
  private Unit edgeSecondary;

  public NodeGraphPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  /** Units of the main and secondary stat shown on each node. */
  public NodeGraphPanelBuilder nodeUnits(Unit main, Unit secondary) {
    this.nodeMain = main;
    this.nodeSecondary = secondary;
    return this;
  }

  /** Units of the main and secondary stat shown on each edge. */
  public NodeGraphPanelBuilder edgeUnits(Unit main, Unit secondary) {
    this.edgeMain = main;
    this.edgeSecondary = secondary;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.NodeGraph(
        id(nodeMain), id(nodeSecondary), id(edgeMain), id(edgeSecondary));
  }

  private static Optional<String> id(Unit unit) {
    return Optional.ofNullable(unit).map(Unit::id);
  }
}
