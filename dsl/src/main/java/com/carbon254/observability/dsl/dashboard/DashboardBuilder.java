package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.rules.RunbookSite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link Dashboard}. Rows and panels go into the grid in the order they are added; the
 * panels after a row belong to it.
 *
 * <pre>{@code
 * Dashboard d = new DashboardBuilder("Gateway overview")
 *     .uid("access-gateway-overview")
 *     .tags("access", "gateway")
 *     .withVariable(QueryVariable.labelValues("route", REQUESTS.select(), "route").multi().includeAll())
 *     .withRow(new RowBuilder("Traffic"))
 *     .withPanel(new TimeseriesPanelBuilder("Request rate").unit(Units.REQUESTS_PER_SECOND)
 *         .withTarget(rate, "{{route}}"))
 *     .build();
 * }</pre>
 *
 * Generated dashboards are read-only ({@code editable: false}): an edit made in Grafana would be
 * overwritten by the next provisioning, so the way to change one is a change of its definition.
 */
public final class DashboardBuilder {
  private final String title;
  private String uid;
  private String description = "";
  private List<String> tags = List.of();
  private TimeRange time = TimeRange.LAST_6_HOURS;
  private TimePicker timePicker = TimePicker.DEFAULT;
  private String refresh = "30s";
  private String timezone = "utc";
  private WeekStart weekStart = WeekStart.BROWSER;
  private DashboardCursorSync tooltip = DashboardCursorSync.CROSSHAIR;
  private final List<Variable> variables = new ArrayList<>(List.of(DatasourceVariable.PROMETHEUS));
  private final List<DashboardLink> links = new ArrayList<>();
  private final List<Annotation> annotations = new ArrayList<>();
  private final List<DashboardElement> elements = new ArrayList<>();
  private RawJson raw;

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

  /** The refresh intervals the picker offers; default Grafana's own list. */
  public DashboardBuilder timePicker(TimePicker timePicker) {
    this.timePicker = Objects.requireNonNull(timePicker, "timePicker");
    return this;
  }

  /**
   * Auto-refresh interval, one the time picker offers, such as {@code "1m"}; default {@code "30s"}.
   */
  public DashboardBuilder refresh(String refresh) {
    this.refresh = Objects.requireNonNull(refresh, "refresh");
    return this;
  }

  /** No auto-refresh. */
  public DashboardBuilder noRefresh() {
    this.refresh = "";
    return this;
  }

  /** {@code "utc"} (default), {@code "browser"} or an IANA zone. */
  public DashboardBuilder timezone(String timezone) {
    this.timezone = Objects.requireNonNull(timezone, "timezone");
    return this;
  }

  public DashboardBuilder weekStart(WeekStart weekStart) {
    this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
    return this;
  }

  /** Cursor sync between panels; default a shared crosshair. */
  public DashboardBuilder tooltip(DashboardCursorSync tooltip) {
    this.tooltip = Objects.requireNonNull(tooltip, "tooltip");
    return this;
  }

  /** Adds a variable after the Prometheus data source variable and those added before. */
  public DashboardBuilder withVariable(Variable variable) {
    variables.add(Objects.requireNonNull(variable, "variable"));
    return this;
  }

  public DashboardBuilder withLink(DashboardLink link) {
    links.add(Objects.requireNonNull(link, "link"));
    return this;
  }

  /** Adds an annotation after Grafana's built-in one, which is always there. */
  public DashboardBuilder withAnnotation(Annotation annotation) {
    annotations.add(Objects.requireNonNull(annotation, "annotation"));
    return this;
  }

  public DashboardBuilder withRow(RowBuilder row) {
    elements.add(row.build());
    return this;
  }

  /** Builds the panel now: later changes to the panel builder do not reach this dashboard. */
  public DashboardBuilder withPanel(PanelBuilder<?> panel) {
    elements.add(panel.build());
    return this;
  }

  /** Adds a row and panels made elsewhere, e.g. by {@link Red} or {@link SloView}. */
  public DashboardBuilder withElements(List<DashboardElement> more) {
    elements.addAll(more);
    return this;
  }

  public DashboardBuilder withLibraryPanel(LibraryPanel panel) {
    elements.add(Objects.requireNonNull(panel, "panel"));
    return this;
  }

  /** JSON for a dashboard field the model does not cover; a key the model sets is refused. */
  public DashboardBuilder rawJson(String json) {
    this.raw = RawJson.of(json);
    return this;
  }

  /**
   * Lays out the grid, assigns panel ids 1..n and checks the result; renders it once, so raw JSON
   * that clashes with the model fails here and not when files are written.
   */
  public Dashboard build() {
    Dashboard dashboard =
        new Dashboard(
            uid,
            title,
            description,
            tags,
            time,
            timePicker,
            refresh,
            timezone,
            weekStart,
            tooltip,
            variables,
            links,
            annotations,
            GridLayout.place(elements),
            Optional.ofNullable(raw));
    DashboardRenderer.render(dashboard, RunbookSite.UNPUBLISHED);
    return dashboard;
  }
}
