package com.carbon254.observability.dsl.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a dashboard list: dashboards found by tags or title, starred or recently viewed. No
 * queries.
 */
public final class DashboardListPanelBuilder extends PanelBuilder<DashboardListPanelBuilder> {
  private boolean showStarred;
  private boolean showRecentlyViewed;
  private boolean showSearch = true;
  private boolean showHeadings = true;
  private int maxItems = 10;
  private String query = "";
  private List<String> tags = List.of();
  private boolean includeVars = true;
  private boolean keepTime = true;

  public DashboardListPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  /** Dashboards carrying all these tags. */
  public DashboardListPanelBuilder tags(String... tags) {
    this.tags = List.copyOf(Arrays.asList(tags));
    return this;
  }

  /** Dashboards whose title contains this text. */
  public DashboardListPanelBuilder query(String query) {
    this.query = Objects.requireNonNull(query, "query");
    return this;
  }

  public DashboardListPanelBuilder showStarred() {
    this.showStarred = true;
    return this;
  }

  public DashboardListPanelBuilder showRecentlyViewed() {
    this.showRecentlyViewed = true;
    return this;
  }

  public DashboardListPanelBuilder hideHeadings() {
    this.showHeadings = false;
    return this;
  }

  public DashboardListPanelBuilder maxItems(int maxItems) {
    this.maxItems = maxItems;
    return this;
  }

  /** Links carry neither the variables nor the time range. */
  public DashboardListPanelBuilder plainLinks() {
    this.includeVars = false;
    this.keepTime = false;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.DashboardList(
        showStarred,
        showRecentlyViewed,
        showSearch,
        showHeadings,
        maxItems,
        query,
        tags,
        includeVars,
        keepTime);
  }
}
