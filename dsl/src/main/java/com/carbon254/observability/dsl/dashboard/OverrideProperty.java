package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One property an override sets, typed: the standard options, thresholds, mappings, links and the
 * common custom options of graphs and tables. Built through {@link FieldOverride}'s methods.
 */
public sealed interface OverrideProperty {
  /** Grafana's property id, e.g. {@code unit} or {@code custom.lineWidth}. */
  String id();

  record UnitProperty(String unit) implements OverrideProperty {
    public String id() {
      return "unit";
    }
  }

  record Min(double value) implements OverrideProperty {
    public String id() {
      return "min";
    }
  }

  record Max(double value) implements OverrideProperty {
    public String id() {
      return "max";
    }
  }

  record Decimals(int value) implements OverrideProperty {
    public String id() {
      return "decimals";
    }
  }

  record DisplayName(String value) implements OverrideProperty {
    public DisplayName {
      Objects.requireNonNull(value, "value");
    }

    public String id() {
      return "displayName";
    }
  }

  record NoValue(String value) implements OverrideProperty {
    public NoValue {
      Objects.requireNonNull(value, "value");
    }

    public String id() {
      return "noValue";
    }
  }

  record ColorProperty(FieldColor color) implements OverrideProperty {
    public ColorProperty {
      Objects.requireNonNull(color, "color");
    }

    public String id() {
      return "color";
    }
  }

  record ThresholdsProperty(Thresholds thresholds) implements OverrideProperty {
    public ThresholdsProperty {
      Objects.requireNonNull(thresholds, "thresholds");
    }

    public String id() {
      return "thresholds";
    }
  }

  record Mappings(List<ValueMapping> mappings) implements OverrideProperty {
    public Mappings {
      mappings = List.copyOf(mappings);
    }

    public String id() {
      return "mappings";
    }
  }

  record Links(List<DataLink> links) implements OverrideProperty {
    public Links {
      links = List.copyOf(links);
    }

    public String id() {
      return "links";
    }
  }

  record LineWidth(int value) implements OverrideProperty {
    public String id() {
      return "custom.lineWidth";
    }
  }

  record FillOpacity(int value) implements OverrideProperty {
    public String id() {
      return "custom.fillOpacity";
    }
  }

  record DrawStyle(GraphDrawStyle value) implements OverrideProperty {
    public DrawStyle {
      Objects.requireNonNull(value, "value");
    }

    public String id() {
      return "custom.drawStyle";
    }
  }

  record Axis(AxisPlacement value) implements OverrideProperty {
    public Axis {
      Objects.requireNonNull(value, "value");
    }

    public String id() {
      return "custom.axisPlacement";
    }
  }

  record Stacking(StackingMode value) implements OverrideProperty {
    public Stacking {
      Objects.requireNonNull(value, "value");
    }

    public String id() {
      return "custom.stacking";
    }
  }

  /** Draws the series below the axis: the classic in/out (received/sent) graph. */
  record NegativeY() implements OverrideProperty {
    public String id() {
      return "custom.transform";
    }
  }

  /** Hides the series from the legend, the tooltip and/or the graph. */
  record HideFrom(boolean legend, boolean tooltip, boolean viz) implements OverrideProperty {
    public String id() {
      return "custom.hideFrom";
    }
  }

  /** How a table column shows its cells. */
  record CellType(TableCellDisplayMode value) implements OverrideProperty {
    public CellType {
      Objects.requireNonNull(value, "value");
    }

    public String id() {
      return "custom.cellOptions";
    }
  }

  /** A table column's width in pixels. */
  record ColumnWidth(int pixels) implements OverrideProperty {
    public String id() {
      return "custom.width";
    }
  }
}
