package com.carbon254.observability.dsl.dashboard;

/** Builds a traces panel: the spans of the trace a Tempo query returns. */
public final class TracesPanelBuilder extends PanelBuilder<TracesPanelBuilder> {
  public TracesPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Traces();
  }
}
