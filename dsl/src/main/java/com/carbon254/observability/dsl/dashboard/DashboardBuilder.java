package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Dashboard}. Rows and panels go into the grid in the order they are added; the
 * panels after a row belong to it.
 * <pre>{@code
 * Dashboard d = new DashboardBuilder("Gateway overview")
 *     .uid("access-gateway-overview")
 *     .tags("access", "gateway")
 *     .withRow(new RowBuilder("Traffic"))
 *     .withPanel(new TimeseriesPanelBuilder("Request rate").unit(Units.REQUESTS_PER_SECOND)
 *         .withTarget(rate, "{{route}}"))
 *     .build();
 * }</pre>
 * Generated dashboards are read-only ({@code editable: false}): an edit made in Grafana would be
 * overwritten by the next provisioning, so the way to change one is a change of its definition.
 */
public final class DashboardBuilder {
  private final String title;
  private String uid;
  private String description = "";
  private List<String> tags = List.of();
  private TimeRange time = TimeRange.LAST_6_HOURS;
  private String refresh = "30s";
  private String timezone = "utc";
  private DashboardCursorSync tooltip = DashboardCursorSync.CROSSHAIR;
  private final List<DashboardElement> elements = new ArrayList<>();

  public DashboardBuilder(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  /** The stable id in URLs and links: 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'. */
  public DashboardBuilder uid(String uid) {
    this.uid = Objects.requireNonNull(uid, "uid");
    return this;
  }

  public DashboardBuilder description(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /** Replaces the tags; they keep the order given, and each may appear once. */
  public DashboardBuilder tags(String... tags) {
    this.tags = List.copyOf(Arrays.asList(tags));
    return this;
  }

  /** Default time range, e.g. {@code time("now-24h", "now")}; default the last 6 hours. */
  public DashboardBuilder time(String from, String to) {
    this.time = new TimeRange(from, to);
    return this;
  }

  /** Auto-refresh interval such as {@code "1m"}; default {@code "30s"}. */
  public DashboardBuilder refresh(String refresh) {
    this.refresh = Objects.requireNonNull(refresh, "refresh");
    return this;
  }

  /** {@code "utc"} (default), {@code "browser"} or an IANA zone. */
  public DashboardBuilder timezone(String timezone) {
    this.timezone = Objects.requireNonNull(timezone, "timezone");
    return this;
  }

  /** Cursor sync between panels; default a shared crosshair. */
  public DashboardBuilder tooltip(DashboardCursorSync tooltip) {
    this.tooltip = Objects.requireNonNull(tooltip, "tooltip");
    return this;
  }

  public DashboardBuilder withRow(RowBuilder row) {
    elements.add(row.build());
    return this;
  }

  /** Builds the panel now: later changes to the panel builder do not reach this dashboard. */
  public DashboardBuilder withPanel(PanelBuilder<?, ?> panel) {
    elements.add(panel.build());
    return this;
  }

  /** Lays out the grid, assigns panel ids 1..n and checks the result. */
  public Dashboard build() {
    return new Dashboard(uid, title, description, tags, time, refresh, timezone, tooltip,
        DatasourceVariable.PROMETHEUS, GridLayout.place(elements));
  }
}
