package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Where a panel asks to go: flowing with the others, or at a fixed grid position. */
public sealed interface Placement {

  /** Left to right after the previous panel, wrapping to a new line when the width does not fit. */
  record Flow(int span, int height) implements Placement {}

  /** Exactly here; the dashboard checks that it stays in the grid and overlaps nothing. */
  record Fixed(GridPos gridPos) implements Placement {
    public Fixed {
      Objects.requireNonNull(gridPos, "gridPos");
    }
  }
}
