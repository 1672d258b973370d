package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds an alert list of Grafana alerting: which alerts, in which states, grouped how. No queries.
 */
public final class AlertListPanelBuilder extends PanelBuilder<AlertListPanelBuilder> {
  private AlertListViewMode viewMode = AlertListViewMode.LIST;
  private AlertListGroupMode groupMode = AlertListGroupMode.DEFAULT;
  private List<String> groupBy = List.of();
  private int maxItems = 20;
  private AlertListSortOrder sortOrder = AlertListSortOrder.IMPORTANCE;
  private boolean dashboardAlerts;
  private String alertName = "";
  private String labelFilter = "";
  private boolean firing = true;
  private boolean pending = true;
  private boolean noData;
  private boolean normal;
  private boolean error = true;

  public AlertListPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public AlertListPanelBuilder viewMode(AlertListViewMode viewMode) {
    this.viewMode = Objects.requireNonNull(viewMode, "viewMode");
    return this;
  }

  /** Groups the alerts by these labels instead of by rule group. */
  public AlertListPanelBuilder groupBy(String... labels) {
    this.groupMode = AlertListGroupMode.CUSTOM;
    this.groupBy = List.copyOf(Arrays.asList(labels));
    return this;
  }

  public AlertListPanelBuilder maxItems(int maxItems) {
    this.maxItems = maxItems;
    return this;
  }

  public AlertListPanelBuilder sortOrder(AlertListSortOrder sortOrder) {
    this.sortOrder = Objects.requireNonNull(sortOrder, "sortOrder");
    return this;
  }

  /** Only the alerts of rules linked to this dashboard. */
  public AlertListPanelBuilder onlyThisDashboard() {
    this.dashboardAlerts = true;
    return this;
  }

  /** Only alerts whose name contains this text. */
  public AlertListPanelBuilder alertName(String alertName) {
    this.alertName = Objects.requireNonNull(alertName, "alertName");
    return this;
  }

  /** Only alert instances whose labels match, e.g. {@code {severity="page"}}. */
  public AlertListPanelBuilder labelFilter(String labelFilter) {
    this.labelFilter = Objects.requireNonNull(labelFilter, "labelFilter");
    return this;
  }

  /** Which states to list; default firing, pending and error. */
  public AlertListPanelBuilder states(
      boolean firing, boolean pending, boolean noData, boolean normal, boolean error) {
    this.firing = firing;
    this.pending = pending;
    this.noData = noData;
    this.normal = normal;
    this.error = error;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.AlertList(
        viewMode,
        groupMode,
        groupBy,
        maxItems,
        sortOrder,
        dashboardAlerts,
        alertName,
        labelFilter,
        firing,
        pending,
        noData,
        normal,
        error);
  }
}
