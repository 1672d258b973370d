package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.DashboardChecks.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the grid: ids, bounds, rows above their panels, no overlaps, in the dashboard and
 * inside each collapsed row. A horizontally repeated panel is checked with the room its copies
 * take: the rest of its line.
 */
final class GridChecks {
  private GridChecks() {}

  /** Far below any real dashboard, and far from overflowing y + h. */
  static final int MAX_GRID_BOTTOM = 10_000;

  static void check(String object, List<GridItem> items) {
    int expectedId = 1;
    GridItem row = null;
    List<GridItem> top = new ArrayList<>();
    for (GridItem item : items) {
      expectedId = checkId(object, item, expectedId);
      checkBounds(object, item);
      if (item.element() instanceof Row) {
        row = item;
        for (GridItem child : item.panels()) {
          expectedId = checkId(object, child, expectedId);
          checkBounds(object, child);
          checkBelow(object, child, item);
        }
        checkOverlaps(object, item.panels());
      } else if (row != null) {
        checkBelow(object, item, row);
      }
      top.add(item);
    }
    checkOverlaps(object, top);
  }

  private static int checkId(String object, GridItem item, int expected) {
    if (item.id() != expected) {
      throw problem(
          object,
          item.name()
              + " has id "
              + item.id()
              + ", but ids count 1, 2, 3, ... in grid order;"
              + " let DashboardBuilder assign them");
    }
    return expected + 1;
  }

  private static void checkBelow(String object, GridItem item, GridItem row) {
    if (item.gridPos().y() <= row.gridPos().y()) {
      throw problem(
          object,
          item.name()
              + " ("
              + item.gridPos()
              + ") is not below its "
              + row.name()
              + " (y="
              + row.gridPos().y()
              + "), so Grafana would show it under the row above; place it at y="
              + (row.gridPos().y() + 1)
              + " or lower");
    }
  }

  private static void checkOverlaps(String object, List<GridItem> items) {
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        GridItem a = items.get(i);
        GridItem b = items.get(j);
        if (footprint(a).overlaps(footprint(b))) {
          String repeated =
              isRepeatedAcross(a) || isRepeatedAcross(b)
                  ? " (a repeated panel's copies fill the rest of its line)"
                  : "";
          throw problem(
              object,
              a.name()
                  + " ("
                  + a.gridPos()
                  + ") and "
                  + b.name()
                  + " ("
                  + b.gridPos()
                  + ") overlap"
                  + repeated
                  + "; move one of them, or drop its gridPos so the layout places it");
        }
      }
    }
  }

  private static boolean isRepeatedAcross(GridItem item) {
    return item.element() instanceof Panel panel
        && panel
            .core()
            .repeat()
            .filter(r -> r.direction() == RepeatDirection.HORIZONTAL)
            .isPresent();
  }

  static GridPos footprint(GridItem item) {
    GridPos pos = item.gridPos();
    return isRepeatedAcross(item)
        ? new GridPos(pos.x(), pos.y(), GridPos.COLUMNS - pos.x(), pos.h())
        : pos;
  }

  private static void checkBounds(String object, GridItem item) {
    GridPos pos = item.gridPos();
    boolean fixed = item.element().placement() instanceof Placement.Fixed;
    String setWidth = fixed ? "set its gridPos width" : "set .span(...)";
    String setHeight = fixed ? "set its gridPos height" : "set .height(...)";
    if (pos.w() < 1 || pos.w() > GridPos.COLUMNS) {
      throw problem(
          object,
          item.name()
              + ": width "
              + pos.w()
              + " is outside 1.."
              + GridPos.COLUMNS
              + "; "
              + setWidth
              + " between 1 and "
              + GridPos.COLUMNS);
    }
    if (pos.h() < 1) {
      throw problem(
          object,
          item.name() + ": height " + pos.h() + " is below 1; " + setHeight + " to 1 or more");
    }
    if (pos.x() < 0 || pos.y() < 0) {
      throw problem(
          object, item.name() + " (" + pos + ") starts outside the grid; use x and y of 0 or more");
    }
    if ((long) pos.y() + pos.h() > MAX_GRID_BOTTOM) {
      throw problem(
          object,
          item.name()
              + " ("
              + pos
              + ") ends below line "
              + MAX_GRID_BOTTOM
              + ", beyond any dashboard; place it higher or make it shorter");
    }
    if (pos.right() > GridPos.COLUMNS) {
      throw problem(
          object,
          item.name()
              + " ("
              + pos
              + ") ends at column "
              + pos.right()
              + ", past the grid's "
              + GridPos.COLUMNS
              + " columns; move it left or make it narrower");
    }
  }
}
