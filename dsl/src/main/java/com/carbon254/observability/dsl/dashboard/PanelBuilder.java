package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What every panel builder offers, grouped as in Grafana's panel editor: panel options, queries,
 * standard options, thresholds and grid placement. Each setter returns the concrete builder, so the
 * options of the panel kind stay reachable by completion after a common one.
 *
 * <p>{@link #build()} returns an immutable snapshot; the builder can go on and build another panel.
 * Values are checked when the dashboard is built, where a message can name dashboard and panel.
 */
public abstract class PanelBuilder<P extends Panel, B extends PanelBuilder<P, B>> {
  static final int DEFAULT_SPAN = 8;
  static final int DEFAULT_HEIGHT = 8;

  private final String title;
  private String description = "";
  private final List<Target> targets = new ArrayList<>();
  private String unit = Units.SHORT;
  private OptionalDouble min = OptionalDouble.empty();
  private OptionalDouble max = OptionalDouble.empty();
  private OptionalInt decimals = OptionalInt.empty();
  private FieldColorModeId colorScheme;
  // One base color and no steps: without explicit thresholds Grafana applies its own default
  // (red from 80), which would color a stat red for any value above 80, whatever its unit.
  private Thresholds thresholds = Thresholds.absolute(Color.GREEN);
  private int span = DEFAULT_SPAN;
  private int height = DEFAULT_HEIGHT;
  private GridPos gridPos;

  PanelBuilder(String title, FieldColorModeId colorScheme) {
    this.title = Objects.requireNonNull(title, "title");
    this.colorScheme = colorScheme;
  }

  abstract B self();

  public abstract P build();

  /** Shown behind the panel's (i) icon: what the panel shows and what to do when it looks wrong. */
  public B description(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return self();
  }

  /** Adds a query whose series Grafana names from their labels. Queries get refIds A, B, C, ... */
  public B withTarget(Expr expr) {
    return withTarget(expr, Target.AUTO_LEGEND);
  }

  /** Adds a query; {@code legendFormat} names each series, e.g. {@code "{{route}} {{status}}"}. */
  public B withTarget(Expr expr, String legendFormat) {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(legendFormat, "legendFormat");
    targets.add(new Target(Target.refId(targets.size()), expr, legendFormat));
    return self();
  }

  /** One of {@link Units}, e.g. {@link Units#REQUESTS_PER_SECOND}. */
  public B unit(String unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
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

  public B colorScheme(FieldColorModeId colorScheme) {
    this.colorScheme = Objects.requireNonNull(colorScheme, "colorScheme");
    return self();
  }

  public B thresholds(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
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

  /** A fixed position instead of the automatic one; {@link #span} and {@link #height} then do not apply. */
  public B gridPos(GridPos gridPos) {
    this.gridPos = Objects.requireNonNull(gridPos, "gridPos");
    return self();
  }

  PanelCore core() {
    Placement placement = gridPos == null ? new Placement.Flow(span, height) : new Placement.Fixed(gridPos);
    return new PanelCore(title, description, targets,
        new StandardOptions(unit, min, max, decimals, colorScheme), thresholds, placement);
  }
}
