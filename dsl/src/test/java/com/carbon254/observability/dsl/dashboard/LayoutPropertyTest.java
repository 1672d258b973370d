package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random dashboards (widths, heights, rows, collapsed rows, repeated rows and panels) always lay
 * out inside the grid without overlap, checked here independently of {@link GridChecks}.
 */
class LayoutPropertyTest {
  private static final int DASHBOARDS = 500;

  @Test
  void randomPanelSetsNeverOverlapAndStayOnTheGrid() {
    Random random = new Random(20261130L);
    for (int n = 0; n < DASHBOARDS; n++) {
      DashboardBuilder builder =
          new DashboardBuilder("Random " + n)
              .uid("random-" + n)
              .withVariable(CustomVariable.of("shard", "a", "b", "c").multi());
      int elements = 1 + random.nextInt(30);
      int rows = 0;
      for (int i = 0; i < elements; i++) {
        if (random.nextInt(5) == 0) {
          RowBuilder row = new RowBuilder("row " + rows++);
          if (random.nextBoolean()) {
            row.collapsed();
          }
          if (random.nextInt(4) == 0) {
            row.repeat("shard");
          }
          builder.withRow(row);
        } else {
          TimeseriesPanelBuilder panel =
              new TimeseriesPanelBuilder("panel " + i)
                  .withTarget(Examples.REQUEST_RATE, "{{route}}")
                  .span(1 + random.nextInt(GridPos.COLUMNS))
                  .height(1 + random.nextInt(12));
          if (random.nextInt(6) == 0) {
            if (random.nextBoolean()) {
              panel.repeat("shard");
            } else {
              panel.repeatVertically("shard");
            }
          }
          builder.withPanel(panel);
        }
      }
      Dashboard dashboard = builder.build();
      String where = "dashboard " + n + ": ";
      checkLevel(where, dashboard.panels());
      for (GridItem item : dashboard.panels()) {
        checkLevel(where + item.name() + ": ", item.panels());
        for (GridItem child : item.panels()) {
          assertTrue(
              child.gridPos().y() > item.gridPos().y(),
              where + child.name() + " is not below its row");
        }
      }
      checkPanelsSitBetweenTheirRows(where, dashboard.panels());
    }
  }

  /**
   * With fixed positions too (some off the grid, some on other panels), a dashboard either builds
   * and really has no overlap, or is refused for one of its fixed panels: the flow never puts a
   * panel on another by itself.
   */
  @Test
  void fixedPanelsAreEitherPlacedCleanlyOrRefusedByName() {
    Random random = new Random(424242L);
    int refused = 0;
    for (int n = 0; n < DASHBOARDS; n++) {
      DashboardBuilder builder = new DashboardBuilder("Random " + n).uid("random-" + n);
      int elements = 1 + random.nextInt(20);
      for (int i = 0; i < elements; i++) {
        int kind = random.nextInt(8);
        if (kind == 0) {
          builder.withRow(new RowBuilder("row " + i));
        } else if (kind == 1) {
          int w = 1 + random.nextInt(GridPos.COLUMNS);
          builder.withPanel(
              new TimeseriesPanelBuilder("fixed " + i)
                  .withTarget(Examples.REQUEST_RATE, "{{route}}")
                  .gridPos(
                      GridPos.at(random.nextInt(GridPos.COLUMNS + 2) - 1, random.nextInt(60))
                          .size(w, 1 + random.nextInt(10))));
        } else {
          builder.withPanel(
              new TimeseriesPanelBuilder("flow " + i)
                  .withTarget(Examples.REQUEST_RATE, "{{route}}")
                  .span(1 + random.nextInt(GridPos.COLUMNS))
                  .height(1 + random.nextInt(10)));
        }
      }
      Dashboard dashboard;
      try {
        dashboard = builder.build();
      } catch (DefinitionException e) {
        if (!e.getMessage().contains("panel 'fixed ")) {
          fail("dashboard " + n + " was refused for its flowing panels alone: " + e.getMessage());
        }
        refused++;
        continue;
      }
      checkLevel("dashboard " + n + ": ", dashboard.panels());
    }
    assertTrue(
        refused > 0 && refused < DASHBOARDS,
        "the cases should mix accepted and refused: " + refused);
  }

  private static void checkLevel(String where, List<GridItem> items) {
    List<GridPos> taken = new ArrayList<>();
    for (GridItem item : items) {
      GridPos pos = item.gridPos();
      assertTrue(
          pos.x() >= 0
              && pos.y() >= 0
              && pos.w() >= 1
              && pos.h() >= 1
              && pos.right() <= GridPos.COLUMNS,
          where + item.name() + " is off the grid: " + pos);
      GridPos room =
          repeatedAcross(item)
              ? new GridPos(pos.x(), pos.y(), GridPos.COLUMNS - pos.x(), pos.h())
              : pos;
      for (GridPos other : taken) {
        assertFalse(
            room.overlaps(other), where + item.name() + " (" + room + ") overlaps " + other);
      }
      taken.add(room);
    }
  }

  private static boolean repeatedAcross(GridItem item) {
    return item.element() instanceof Panel panel
        && panel
            .core()
            .repeat()
            .filter(r -> r.direction() == RepeatDirection.HORIZONTAL)
            .isPresent();
  }

  private static void checkPanelsSitBetweenTheirRows(String where, List<GridItem> items) {
    int rowY = -1;
    for (GridItem item : items) {
      if (item.element() instanceof Row) {
        assertTrue(
            item.gridPos().y() > rowY, where + item.name() + " is not below the row before it");
        for (GridItem earlier : items.subList(0, items.indexOf(item))) {
          assertTrue(
              earlier.gridPos().bottom() <= item.gridPos().y(),
              where + earlier.name() + " reaches below " + item.name());
        }
        rowY = item.gridPos().y();
      } else {
        assertTrue(item.gridPos().y() > rowY, where + item.name() + " is not below its row");
      }
    }
  }
}
