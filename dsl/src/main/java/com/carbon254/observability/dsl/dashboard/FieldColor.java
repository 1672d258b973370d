package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;
import java.util.Optional;

/**
 * Grafana's "Color scheme" standard option: a mode, the color of {@link FieldColorModeId#FIXED} and
 * {@link FieldColorModeId#SHADES}, and which value of a series picks its color on a continuous
 * scheme.
 */
public record FieldColor(
    FieldColorModeId mode, Optional<Color> fixedColor, Optional<FieldColorSeriesBy> seriesBy) {
  public FieldColor {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(fixedColor, "fixedColor");
    Objects.requireNonNull(seriesBy, "seriesBy");
  }

  public static FieldColor of(FieldColorModeId mode) {
    return new FieldColor(mode, Optional.empty(), Optional.empty());
  }

  /** Every series in one color. */
  public static FieldColor fixed(Color color) {
    return new FieldColor(FieldColorModeId.FIXED, Optional.of(color), Optional.empty());
  }

  /** Shades of one color, one per series. */
  public static FieldColor shades(Color color) {
    return new FieldColor(FieldColorModeId.SHADES, Optional.of(color), Optional.empty());
  }

  /** A continuous scheme colored by the series' min, max or last value. */
  public FieldColor by(FieldColorSeriesBy seriesBy) {
    return new FieldColor(mode, fixedColor, Optional.of(seriesBy));
  }
}
