package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Field config for some fields only. Immutable; each method returns a new override.
 *
 * <pre>{@code
 * FieldOverride.byName("5xx").color(FieldColor.fixed(Color.RED)).lineWidth(2)
 * FieldOverride.byQuery("B").unit(Units.PERCENT_UNIT).axis(AxisPlacement.RIGHT)
 * }</pre>
 *
 * The dashboard refuses an override that matches nothing the panel's queries can return.
 */
public record FieldOverride(FieldMatcher matcher, List<OverrideProperty> properties) {
  public FieldOverride {
    Objects.requireNonNull(matcher, "matcher");
    properties = List.copyOf(properties);
  }

  public static FieldOverride byName(String name) {
    return new FieldOverride(new FieldMatcher.ByName(name), List.of());
  }

  public static FieldOverride byRegexp(String regex) {
    return new FieldOverride(new FieldMatcher.ByRegexp(regex), List.of());
  }

  /** The fields of the query with this refId (A, B, ...). */
  public static FieldOverride byQuery(String refId) {
    return new FieldOverride(new FieldMatcher.ByQuery(refId), List.of());
  }

  public static FieldOverride byType(FieldType type) {
    return new FieldOverride(new FieldMatcher.ByType(type), List.of());
  }

  public FieldOverride with(OverrideProperty property) {
    List<OverrideProperty> more = new ArrayList<>(properties);
    more.add(property);
    return new FieldOverride(matcher, more);
  }

  public FieldOverride unit(Unit unit) {
    return with(new OverrideProperty.UnitProperty(unit.id()));
  }

  public FieldOverride min(double min) {
    return with(new OverrideProperty.Min(min));
  }

  public FieldOverride max(double max) {
    return with(new OverrideProperty.Max(max));
  }

  public FieldOverride decimals(int decimals) {
    return with(new OverrideProperty.Decimals(decimals));
  }

  public FieldOverride displayName(String name) {
    return with(new OverrideProperty.DisplayName(name));
  }

  public FieldOverride noValue(String text) {
    return with(new OverrideProperty.NoValue(text));
  }

  public FieldOverride color(FieldColor color) {
    return with(new OverrideProperty.ColorProperty(color));
  }

  public FieldOverride thresholds(Thresholds thresholds) {
    return with(new OverrideProperty.ThresholdsProperty(thresholds));
  }

  public FieldOverride mappings(ValueMapping... mappings) {
    return with(new OverrideProperty.Mappings(Arrays.asList(mappings)));
  }

  public FieldOverride links(DataLink... links) {
    return with(new OverrideProperty.Links(Arrays.asList(links)));
  }

  public FieldOverride lineWidth(int width) {
    return with(new OverrideProperty.LineWidth(width));
  }

  public FieldOverride fillOpacity(int opacity) {
    return with(new OverrideProperty.FillOpacity(opacity));
  }

  public FieldOverride drawStyle(GraphDrawStyle style) {
    return with(new OverrideProperty.DrawStyle(style));
  }

  public FieldOverride axis(AxisPlacement placement) {
    return with(new OverrideProperty.Axis(placement));
  }

  public FieldOverride stacking(StackingMode mode) {
    return with(new OverrideProperty.Stacking(mode));
  }

  public FieldOverride negativeY() {
    return with(new OverrideProperty.NegativeY());
  }

  public FieldOverride hideFrom(boolean legend, boolean tooltip, boolean viz) {
    return with(new OverrideProperty.HideFrom(legend, tooltip, viz));
  }

  public FieldOverride cellType(TableCellDisplayMode type) {
    return with(new OverrideProperty.CellType(type));
  }

  public FieldOverride columnWidth(int pixels) {
    return with(new OverrideProperty.ColumnWidth(pixels));
  }
}
