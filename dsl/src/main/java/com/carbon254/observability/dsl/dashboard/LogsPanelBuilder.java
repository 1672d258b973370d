package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a logs panel: the lines of Loki log queries, newest first. */
public final class LogsPanelBuilder extends PanelBuilder<LogsPanelBuilder> {
  private boolean showTime = true;
  private boolean showLabels;
  private boolean showCommonLabels;
  private boolean wrapLogMessage = true;
  private boolean prettifyLogMessage;
  private boolean enableLogDetails = true;
  private LogsDedupStrategy dedupStrategy = LogsDedupStrategy.NONE;
  private LogsSortOrder sortOrder = LogsSortOrder.DESCENDING;

  public LogsPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public LogsPanelBuilder hideTime() {
    this.showTime = false;
    return this;
  }

  /** The labels that differ between lines, next to each line. */
  public LogsPanelBuilder showLabels() {
    this.showLabels = true;
    return this;
  }

  /** The labels all lines share, above them. */
  public LogsPanelBuilder showCommonLabels() {
    this.showCommonLabels = true;
    return this;
  }

  public LogsPanelBuilder noWrap() {
    this.wrapLogMessage = false;
    return this;
  }

  /** Pretty-prints JSON lines. */
  public LogsPanelBuilder prettifyJson() {
    this.prettifyLogMessage = true;
    return this;
  }

  public LogsPanelBuilder disableLogDetails() {
    this.enableLogDetails = false;
    return this;
  }

  public LogsPanelBuilder dedup(LogsDedupStrategy strategy) {
    this.dedupStrategy = Objects.requireNonNull(strategy, "strategy");
    return this;
  }

  public LogsPanelBuilder sortOrder(LogsSortOrder sortOrder) {
    this.sortOrder = Objects.requireNonNull(sortOrder, "sortOrder");
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Logs(
        showTime,
        showLabels,
        showCommonLabels,
        wrapLogMessage,
        prettifyLogMessage,
        enableLogDetails,
        dedupStrategy,
        sortOrder);
  }
}
