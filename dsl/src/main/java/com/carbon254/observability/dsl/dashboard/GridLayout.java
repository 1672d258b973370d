package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Places rows and panels in Grafana's 24-column grid and numbers them 1..n in grid order.
 *
 * <p>A row takes a full-width line of height 1 below everything placed so far. A flowing panel goes
 * right of the previous one, or to the start of a new line (below everything placed) when its width
 * does not fit. A fixed panel goes where it says, and the flow continues to its right. A repeated
 * panel gets its line to itself, since its copies fill it. The panels of a collapsed row are laid
 * out below the row as they appear when it is expanded, and take no room while it is collapsed.
 * Out-of-grid sizes are placed as asked; {@link GridChecks} reports them with the fix.
 */
final class GridLayout {
  private int x;
  private int lineTop;
  private int bottom;
  private final List<GridPos> placed = new ArrayList<>();

  private GridLayout(int top) {
    this.lineTop = top;
    this.bottom = top;
  }

  static List<GridItem> place(List<DashboardElement> elements) {
    GridLayout layout = new GridLayout(0);
    List<GridItem> items = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < elements.size(); i++) {
      DashboardElement element = elements.get(i);
      if (element instanceof Row row && row.collapsed()) {
        GridPos rowPos = layout.take(new GridPos(0, layout.bottom, GridPos.COLUMNS, 1), false);
        int rowId = ++id;
        GridLayout inside = new GridLayout(rowPos.bottom());
        List<GridItem> children = new ArrayList<>();
        while (i + 1 < elements.size() && !(elements.get(i + 1) instanceof Row)) {
          DashboardElement child = elements.get(++i);
          children.add(new GridItem(++id, inside.next(child), child));
        }
        items.add(new GridItem(rowId, rowPos, row, children));
      } else {
        items.add(new GridItem(++id, layout.next(element), element));
      }
    }
    return items;
  }

  private GridPos next(DashboardElement element) {
    if (element instanceof Row) {
      return take(new GridPos(0, bottom, GridPos.COLUMNS, 1), false);
    }
    boolean repeated = element instanceof Panel panel && panel.core().repeat().isPresent();
    Placement placement = element.placement();
    if (placement instanceof Placement.Fixed fixed) {
      return take(fixed.gridPos(), repeated);
    }
    Placement.Flow flow = (Placement.Flow) placement;
    GridPos candidate = new GridPos(x, lineTop, flow.span(), flow.height());
    // A new line starts below everything placed so far, fixed panels included, so flowing panels
    // never land on a taller panel of an earlier line.
    if ((x > 0 && (repeated || x + flow.span() > GridPos.COLUMNS))
        || placed.stream().anyMatch(candidate::overlaps)) {
      x = 0;
      lineTop = bottom;
      candidate = new GridPos(x, lineTop, flow.span(), flow.height());
    }
    return take(candidate, repeated);
  }

  private GridPos take(GridPos pos, boolean endsLine) {
    placed.add(pos);
    lineTop = pos.y();
    x = pos.right();
    bottom = Math.max(bottom, pos.bottom());
    if (pos.w() >= GridPos.COLUMNS || endsLine) {
      // A full-width or repeated element ends its line: the next panel starts below everything.
      x = 0;
      lineTop = bottom;
    }
    return pos;
  }
}
