package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** The options of a stat panel: its "Value options" (the reducer) and "Stat styles" groups. */
public record StatOptions(
    ReducerId reduce, BigValueColorMode colorMode, BigValueGraphMode graphMode, BigValueTextMode textMode) {
  public static final StatOptions DEFAULT = new StatOptions(
      ReducerId.LAST_NOT_NULL, BigValueColorMode.VALUE, BigValueGraphMode.AREA, BigValueTextMode.AUTO);

  public StatOptions {
    Objects.requireNonNull(reduce, "reduce");
    Objects.requireNonNull(colorMode, "colorMode");
    Objects.requireNonNull(graphMode, "graphMode");
    Objects.requireNonNull(textMode, "textMode");
  }

  public StatOptions withReduce(ReducerId value) {
    return new StatOptions(value, colorMode, graphMode, textMode);
  }

  public StatOptions withColorMode(BigValueColorMode value) {
    return new StatOptions(reduce, value, graphMode, textMode);
  }

  public StatOptions withGraphMode(BigValueGraphMode value) {
    return new StatOptions(reduce, colorMode, value, textMode);
  }

  public StatOptions withTextMode(BigValueTextMode value) {
    return new StatOptions(reduce, colorMode, graphMode, value);
  }
}
