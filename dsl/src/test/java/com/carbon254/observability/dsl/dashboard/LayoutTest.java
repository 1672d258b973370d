package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private static TimeseriesPanelBuilder panel(String title) {
    return new TimeseriesPanelBuilder(title).withTarget(Examples.REQUEST_RATE);
  }

  private static List<String> positions(DashboardBuilder builder) {
    return builder.build().panels().stream().map(item -> item.gridPos().toString()).toList();
  }

  private static String error(DashboardBuilder builder) {
    return assertThrows(DefinitionException.class, builder::build).getMessage();
  }

  @Test
  void panelsFlowLeftToRightAndWrapWhenTheNextDoesNotFit() {
    DashboardBuilder builder =
        new DashboardBuilder("Flow")
            .uid("flow")
            .withPanel(panel("a"))
            .withPanel(panel("b"))
            .withPanel(panel("c").span(6).height(4))
            .withPanel(panel("d").span(6))
            .withPanel(panel("e").span(12).height(6))
            .withPanel(panel("f").span(12));

    assertEquals(
        List.of(
            "x=0 y=0 w=8 h=8",
            "x=8 y=0 w=8 h=8",
            "x=16 y=0 w=6 h=4",
            // 22 + 6 > 24: a new line, below the tallest panel of the first one.
            "x=0 y=8 w=6 h=8",
            "x=6 y=8 w=12 h=6",
            "x=0 y=16 w=12 h=8"),
        positions(builder));
  }

  @Test
  void rowsTakeAFullWidthLineBelowEverything() {
    assertEquals(
        List.of(
            "x=0 y=0 w=24 h=1",
            "x=0 y=1 w=16 h=8",
            "x=16 y=1 w=8 h=8",
            "x=0 y=9 w=24 h=1",
            "x=0 y=10 w=24 h=8"),
        positions(Examples.gateway()));
  }

  @Test
  void aRowAfterAPartialLineStartsBelowItsTallestPanel() {
    DashboardBuilder builder =
        new DashboardBuilder("Rows")
            .uid("rows")
            .withPanel(panel("a").height(3))
            .withPanel(panel("b").height(5))
            .withRow(new RowBuilder("Next"))
            .withPanel(panel("c"));

    assertEquals(
        List.of("x=0 y=0 w=8 h=3", "x=8 y=0 w=8 h=5", "x=0 y=5 w=24 h=1", "x=0 y=6 w=8 h=8"),
        positions(builder));
  }

  @Test
  void theFlowContinuesRightOfAFixedPanel() {
    DashboardBuilder builder =
        new DashboardBuilder("Fixed")
            .uid("fixed")
            .withRow(new RowBuilder("Top"))
            .withPanel(panel("fixed").gridPos(GridPos.at(4, 1).size(10, 4)))
            .withPanel(panel("flowing"));

    assertEquals(
        List.of("x=0 y=0 w=24 h=1", "x=4 y=1 w=10 h=4", "x=14 y=1 w=8 h=8"), positions(builder));
  }

  @Test
  void overlappingPanelsAreRejectedWithBothTitles() {
    DashboardBuilder builder =
        new DashboardBuilder("Overlap")
            .uid("overlap")
            .withPanel(panel("Latency").gridPos(GridPos.at(0, 0).size(12, 8)))
            .withPanel(panel("Errors").gridPos(GridPos.at(8, 4).size(8, 8)));

    assertEquals(
        "dashboard 'overlap': panel 'Latency' (x=0 y=0 w=12 h=8) and panel 'Errors' (x=8 y=4 w=8 h=8)"
            + " overlap; move one of them, or drop its gridPos so the layout places it",
        error(builder));
  }

  @Test
  void aFixedPanelJustBelowItsRowIsFine() {
    DashboardBuilder builder =
        new DashboardBuilder("Rows")
            .uid("rows")
            .withPanel(panel("Top"))
            .withRow(new RowBuilder("Details"))
            .withPanel(panel("Wide").gridPos(GridPos.at(0, 9).size(24, 4)))
            .withPanel(panel("Tail"));

    assertEquals(
        List.of("x=0 y=0 w=8 h=8", "x=0 y=8 w=24 h=1", "x=0 y=9 w=24 h=4", "x=0 y=13 w=8 h=8"),
        positions(builder));
  }

  @Test
  void aFixedPanelOnOrAboveItsRowIsRejected() {
    DashboardBuilder builder =
        new DashboardBuilder("Rows")
            .uid("rows")
            .withPanel(panel("Top").span(4))
            .withRow(new RowBuilder("Details"))
            .withPanel(panel("Misfiled").gridPos(GridPos.at(8, 0).size(8, 4)));

    assertEquals(
        "dashboard 'rows': panel 'Misfiled' (x=8 y=0 w=8 h=4) is not below its row 'Details' (y=8),"
            + " so Grafana would show it under the row above; place it at y=9 or lower",
        error(builder));
  }

  @Test
  void widthOutsideTheGridIsRejectedWithTheFixForItsPlacement() {
    assertEquals(
        "dashboard 'w': panel 'Wide': width 30 is outside 1..24; set .span(...) between 1 and 24",
        error(new DashboardBuilder("W").uid("w").withPanel(panel("Wide").span(30))));
    assertEquals(
        "dashboard 'w': panel 'Thin': width 0 is outside 1..24; set its gridPos width between 1 and 24",
        error(
            new DashboardBuilder("W")
                .uid("w")
                .withPanel(panel("Thin").gridPos(GridPos.at(0, 0).size(0, 4)))));
    assertEquals(
        "dashboard 'w': panel 'Flat': height 0 is below 1; set .height(...) to 1 or more",
        error(new DashboardBuilder("W").uid("w").withPanel(panel("Flat").height(0))));
  }

  @Test
  void aPanelPastTheRightEdgeIsRejected() {
    assertEquals(
        "dashboard 'w': panel 'Edge' (x=20 y=0 w=8 h=8) ends at column 28, past the grid's 24 columns;"
            + " move it left or make it narrower",
        error(
            new DashboardBuilder("W")
                .uid("w")
                .withPanel(panel("Edge").gridPos(GridPos.at(20, 0).size(8, 8)))));
    assertEquals(
        "dashboard 'w': panel 'Left' (x=-1 y=0 w=8 h=8) starts outside the grid; use x and y of 0 or more",
        error(
            new DashboardBuilder("W")
                .uid("w")
                .withPanel(panel("Left").gridPos(GridPos.at(-1, 0).size(8, 8)))));
  }

  @Test
  void aFlowingPanelAfterAFixedOneNeverLandsOnAnEarlierTallerPanel() {
    DashboardBuilder builder =
        new DashboardBuilder("Mixed")
            .uid("mixed")
            .withPanel(panel("p0").span(8).height(10))
            .withPanel(panel("p1").gridPos(GridPos.at(16, 4).size(8, 2)))
            .withPanel(panel("p2").span(8));

    List<String> positions = positions(builder);

    assertEquals(3, positions.size());
    assertEquals(
        positions(
                new DashboardBuilder("Alone")
                    .uid("alone")
                    .withPanel(panel("x").gridPos(GridPos.at(0, 10).size(8, 8))))
            .get(0),
        positions.get(2));
  }

  @Test
  void theSameTitleUnderTwoRowsIsFine() {
    DashboardBuilder builder =
        new DashboardBuilder("Rows")
            .uid("rows")
            .withRow(new RowBuilder("Gateway"))
            .withPanel(panel("p95"))
            .withRow(new RowBuilder("Streaming"))
            .withPanel(panel("p95"));

    assertEquals(4, positions(builder).size());
  }

  @Test
  void aTimeRangeThatRunsBackwardsIsRefused() {
    String message =
        error(new DashboardBuilder("Back").uid("back").time("now", "now-6h").withPanel(panel("a")));

    assertEquals(
        "dashboard 'back': time range from 'now' to 'now-6h' runs backwards or is empty; put the earlier time first,"
            + " as in time(\"now-6h\", \"now\")",
        message);
  }

  @Test
  void aPanelFarBelowAnyDashboardIsRefused() {
    String message =
        error(
            new DashboardBuilder("Deep")
                .uid("deep")
                .withPanel(panel("a").gridPos(GridPos.at(0, 2_147_483_000).size(8, 8))));

    assertEquals(
        true,
        message.contains("beyond any dashboard; place it higher or make it shorter"),
        message);
  }
}
