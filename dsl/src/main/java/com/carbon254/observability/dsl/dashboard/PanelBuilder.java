package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.promql.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What every panel builder offers, grouped as in Grafana's panel editor: panel options, queries,
 * query options, standard options, thresholds, value mappings, data links, overrides, repeat and
 * grid placement. Each setter returns the concrete builder, so the options of the panel kind stay
 * reachable by completion after a common one.
 *
 * <p>{@link #build()} returns an immutable snapshot; the builder can go on and build another panel.
 * Values are checked when the dashboard is built, where a message can name dashboard and panel.
 */
public abstract class PanelBuilder<B extends PanelBuilder<B>> {
  static final int DEFAULT_SPAN = 8;
  static final int DEFAULT_HEIGHT = 8;

  private final String title;
  private String description = "";
  private final List<Target> targets = new ArrayList<>();
  private String unit = Units.SHORT.id();
  private OptionalDouble min = OptionalDouble.empty();
  private OptionalDouble max = OptionalDouble.empty();
  private OptionalInt decimals = OptionalInt.empty();
  private String displayName;
  private String noValue;
  private FieldColor color;
  // One base color and no steps: without explicit thresholds Grafana applies its own default
  // (red from 80), which would color a stat red for any value above 80, whatever its unit.
  private Thresholds thresholds = Thresholds.absolute(Color.GREEN);
  private final List<ValueMapping> mappings = new ArrayList<>();
  private final List<DataLink> links = new ArrayList<>();
  private final List<DashboardLink> panelLinks = new ArrayList<>();
  private final List<FieldOverride> overrides = new ArrayList<>();
  private int span = DEFAULT_SPAN;
  private int height = DEFAULT_HEIGHT;
  private GridPos gridPos;
  private Repeat repeat;
  private Datasource datasource;
  private boolean transparent;
  private String interval;
  private Integer maxDataPoints;
  private String timeFrom;
  private String timeShift;
  private RawJson rawPanel;
  private RawJson rawOptions;
  private RawJson rawFieldConfig;

  PanelBuilder(String title, FieldColor color) {
    this.title = Objects.requireNonNull(title, "title");
    this.color = color;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The options of the panel kind, from the concrete builder's settings. */
  abstract PanelOptions options();

  public Panel build() {
    return new Panel(core(), options());
  }

  /** Shown behind the panel's (i) icon: what the panel shows and what to do when it looks wrong. */
  public B description(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return self();
  }

  /**
   * Adds a Prometheus query whose series Grafana names from their labels. RefIds are A, B, C, ...
   */
  public B withTarget(Expr expr) {
    return withTarget(PrometheusQuery.of(expr));
  }

  /**
   * Adds a Prometheus query; {@code legendFormat} names each series, e.g. {@code "{{route}}
   * {{status}}"}.
   */
  public B withTarget(Expr expr, String legendFormat) {
    return withTarget(PrometheusQuery.of(expr).legend(legendFormat));
  }

  /** Adds a query of any kind: {@link PrometheusQuery}, {@link LokiQuery}, {@link TempoQuery}. */
  public B withTarget(TargetBuilder target) {
    targets.add(target.build(Target.refId(targets.size())));
    return self();
  }

  /** The panel's data source; by default the one its queries read. */
  public B datasource(Datasource datasource) {
    this.datasource = Objects.requireNonNull(datasource, "datasource");
    return self();
  }

  /** One of {@link Units}, e.g. {@link Units#REQUESTS_PER_SECOND}. */
  public B unit(Unit unit) {
    this.unit = unit.id();
    return self();
  }

  /** A unit by Grafana's id, e.g. {@code "reqps"}; an id Grafana does not know is refused. */
  public B unit(String unitId) {
    this.unit = Objects.requireNonNull(unitId, "unit");
    return self();
  }

  public B min(double min) {
    this.min = OptionalDouble.of(min);
    return self();
  }

  public B max(double max) {
    this.max = OptionalDouble.of(max);
    return self();
  }

  public B decimals(int decimals) {
    this.decimals = OptionalInt.of(decimals);
    return self();
  }

  /** Replaces each series' name; may use {@code ${__field.labels.route}} and variables. */
  public B displayName(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    return self();
  }

  /** Text shown when a query returns nothing, e.g. {@code "no traffic"}. */
  public B noValue(String noValue) {
    this.noValue = Objects.requireNonNull(noValue, "noValue");
    return self();
  }

  public B colorScheme(FieldColorModeId mode) {
    this.color = FieldColor.of(mode);
    return self();
  }

  public B color(FieldColor color) {
    this.color = Objects.requireNonNull(color, "color");
    return self();
  }

  public B thresholds(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    return self();
  }

  public B mappings(ValueMapping... mappings) {
    this.mappings.addAll(Arrays.asList(mappings));
    return self();
  }

  /** Links from each value: see {@link Correlation} for Tempo and Loki. */
  public B dataLinks(DataLink... links) {
    this.links.addAll(Arrays.asList(links));
    return self();
  }

  /** Links in the panel's header, e.g. {@code DashboardLink.runbook(...)} on an alerting panel. */
  public B panelLinks(DashboardLink... links) {
    this.panelLinks.addAll(Arrays.asList(links));
    return self();
  }

  public B overrides(FieldOverride... overrides) {
    this.overrides.addAll(Arrays.asList(overrides));
    return self();
  }

  /** Width in grid columns (of 24) when the layout places the panel; default 8. */
  public B span(int span) {
    this.span = span;
    return self();
  }

  /** Height in grid rows when the layout places the panel; default 8. */
  public B height(int height) {
    this.height = height;
    return self();
  }

  /**
   * A fixed position instead of the automatic one; {@link #span} and {@link #height} then do not
   * apply.
   */
  public B gridPos(GridPos gridPos) {
    this.gridPos = Objects.requireNonNull(gridPos, "gridPos");
    return self();
  }

  /** One copy side by side per selected value of a multi-value or include-all variable. */
  public B repeat(String variable) {
    this.repeat = new Repeat(variable, RepeatDirection.HORIZONTAL, OptionalInt.empty());
    return self();
  }

  /** Copies side by side, at most {@code maxPerRow} per line. */
  public B repeat(String variable, int maxPerRow) {
    this.repeat = new Repeat(variable, RepeatDirection.HORIZONTAL, OptionalInt.of(maxPerRow));
    return self();
  }

  /** Copies one below the other. */
  public B repeatVertically(String variable) {
    this.repeat = new Repeat(variable, RepeatDirection.VERTICAL, OptionalInt.empty());
    return self();
  }

  public B transparent() {
    this.transparent = true;
    return self();
  }

  /** Lower limit of the step of the panel's queries, e.g. {@code "1m"}. */
  public B interval(String interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    return self();
  }

  public B maxDataPoints(int maxDataPoints) {
    this.maxDataPoints = maxDataPoints;
    return self();
  }

  /** A time range of the panel's own, relative to now, e.g. {@code "24h"}. */
  public B timeFrom(String timeFrom) {
    this.timeFrom = Objects.requireNonNull(timeFrom, "timeFrom");
    return self();
  }

  /** Shifts the panel's range back, e.g. {@code "1w"} for the same time last week. */
  public B timeShift(String timeShift) {
    this.timeShift = Objects.requireNonNull(timeShift, "timeShift");
    return self();
  }

  /** JSON for a panel field the model does not cover; a key the model sets is refused. */
  public B rawJson(String json) {
    this.rawPanel = RawJson.of(json);
    return self();
  }

  /** JSON merged into {@code options}. */
  public B rawOptions(String json) {
    this.rawOptions = RawJson.of(json);
    return self();
  }

  /** JSON merged into {@code fieldConfig.defaults}. */
  public B rawFieldConfig(String json) {
    this.rawFieldConfig = RawJson.of(json);
    return self();
  }

  Thresholds thresholds() {
    return thresholds;
  }

  PanelCore core() {
    Placement placement =
        gridPos == null ? new Placement.Flow(span, height) : new Placement.Fixed(gridPos);
    StandardOptions standard =
        new StandardOptions(
            unit,
            min,
            max,
            decimals,
            Optional.ofNullable(displayName),
            Optional.ofNullable(noValue),
            color);
    QueryOptions queryOptions =
        new QueryOptions(
            Optional.ofNullable(interval),
            maxDataPoints == null ? OptionalInt.empty() : OptionalInt.of(maxDataPoints),
            Optional.ofNullable(timeFrom),
            Optional.ofNullable(timeShift));
    return new PanelCore(
        title,
        description,
        targets,
        standard,
        thresholds,
        mappings,
        links,
        panelLinks,
        overrides,
        placement,
        Optional.ofNullable(repeat),
        Optional.ofNullable(datasource),
        transparent,
        queryOptions,
        Optional.ofNullable(rawPanel),
        Optional.ofNullable(rawOptions),
        Optional.ofNullable(rawFieldConfig));
  }
}
