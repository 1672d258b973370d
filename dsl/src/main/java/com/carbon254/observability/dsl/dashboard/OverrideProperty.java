package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One property an override sets, typed: the standard options, thresholds, mappings, links and the
 * common custom options of graphs and tables. Built through {@link FieldOverride}'s methods.
 */
public sealed interface OverrideProperty {
  /** Grafana's property id, e.g. {@code unit} or {@code custom.lineWidth}. */
  default String id() {
    return GrafanaIds.of(this);
  }

  @GrafanaId("unit")
  record UnitProperty(String unit) implements OverrideProperty {}

  @GrafanaId("min")
  record Min(double value) implements OverrideProperty {}

  @GrafanaId("max")
  record Max(double value) implements OverrideProperty {}

  @GrafanaId("decimals")
  record Decimals(int value) implements OverrideProperty {}

  @GrafanaId("displayName")
  record DisplayName(String value) implements OverrideProperty {
    public DisplayName {
      Objects.requireNonNull(value, "value");
    }
  }

  @GrafanaId("noValue")
  record NoValue(String value) implements OverrideProperty {
    public NoValue {
      Objects.requireNonNull(value, "value");
    }
  }

  @GrafanaId("color")
  record ColorProperty(FieldColor color) implements OverrideProperty {
    public ColorProperty {
      Objects.requireNonNull(color, "color");
    }
  }

  @GrafanaId("thresholds")
  record ThresholdsProperty(Thresholds thresholds) implements OverrideProperty {
    public ThresholdsProperty {
      Objects.requireNonNull(thresholds, "thresholds");
    }
  }

  @GrafanaId("mappings")
  record Mappings(List<ValueMapping> mappings) implements OverrideProperty {
    public Mappings {
      mappings = List.copyOf(mappings);
    }
  }

  @GrafanaId("links")
  record Links(List<DataLink> links) implements OverrideProperty {
    public Links {
      links = List.copyOf(links);
    }
  }

  @GrafanaId("custom.lineWidth")
  record LineWidth(int value) implements OverrideProperty {}

  @GrafanaId("custom.fillOpacity")
  record FillOpacity(int value) implements OverrideProperty {}

  @GrafanaId("custom.drawStyle")
  record DrawStyle(GraphDrawStyle value) implements OverrideProperty {
    public DrawStyle {
      Objects.requireNonNull(value, "value");
    }
  }

  @GrafanaId("custom.axisPlacement")
  record Axis(AxisPlacement value) implements OverrideProperty {
    public Axis {
      Objects.requireNonNull(value, "value");
    }
  }

  @GrafanaId("custom.stacking")
  record Stacking(StackingMode value) implements OverrideProperty {
    public Stacking {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Draws the series below the axis: the classic in/out (received/sent) graph. */
  @GrafanaId("custom.transform")
  record NegativeY() implements OverrideProperty {}

  /** Hides the series from the legend, the tooltip and/or the graph. */
  @GrafanaId("custom.hideFrom")
  record HideFrom(boolean legend, boolean tooltip, boolean viz) implements OverrideProperty {}

  /** How a table column shows its cells. */
  @GrafanaId("custom.cellOptions")
  record CellType(TableCellDisplayMode value) implements OverrideProperty {
    public CellType {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A table column's width in pixels. */
  @GrafanaId("custom.width")
  record ColumnWidth(int pixels) implements OverrideProperty {}
}
