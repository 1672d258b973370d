package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Places rows and panels in Grafana's 24-column grid and numbers them 1..n.
 *
 * <p>A row takes a full-width line of height 1 below everything placed so far. A flowing panel goes
 * right of the previous one, or to the start of a new line (below the tallest panel of the current
 * line) when its width does not fit. A fixed panel goes where it says, and the flow continues to its
 * right. Out-of-grid sizes are placed as asked; {@link GridChecks} reports them with the fix.
 */
final class GridLayout {
  private int x;
  private int lineTop;
  private int lineBottom;
  private int bottom;
  private final List<GridPos> placed = new ArrayList<>();

  private GridLayout() {}

  static List<GridItem> place(List<DashboardElement> elements) {
    GridLayout layout = new GridLayout();
    List<GridItem> items = new ArrayList<>();
    for (DashboardElement element : elements) {
      items.add(new GridItem(items.size() + 1, layout.next(element), element));
    }
    return items;
  }

  private GridPos next(DashboardElement element) {
    if (element instanceof Row) {
      return take(new GridPos(0, bottom, GridPos.COLUMNS, 1));
    }
    Placement placement = ((Panel) element).core().placement();
    if (placement instanceof Placement.Fixed fixed) {
      return take(fixed.gridPos());
    }
    Placement.Flow flow = (Placement.Flow) placement;
    GridPos candidate = new GridPos(x, lineTop, flow.span(), flow.height());
    // A new line starts below everything placed so far, fixed panels included, so flowing panels
    // never land on a taller panel of an earlier line.
    if ((x > 0 && x + flow.span() > GridPos.COLUMNS) || placed.stream().anyMatch(candidate::overlaps)) {
      x = 0;
      lineTop = bottom;
      lineBottom = bottom;
      candidate = new GridPos(x, lineTop, flow.span(), flow.height());
    }
    return take(candidate);
  }

  private GridPos take(GridPos pos) {
    placed.add(pos);
    if (pos.y() != lineTop) {
      lineTop = pos.y();
      lineBottom = pos.bottom();
    } else {
      lineBottom = Math.max(lineBottom, pos.bottom());
    }
    x = pos.right();
    bottom = Math.max(bottom, pos.bottom());
    if (pos.w() == GridPos.COLUMNS) {
      // A full-width element ends its line: the next panel starts below it.
      x = 0;
      lineTop = pos.bottom();
      lineBottom = lineTop;
    }
    return pos;
  }
}
