package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildersTest {
  @Test
  void panelIdsCountRowsAndPanelsInGridOrder() {
    Dashboard dashboard = Examples.gateway().build();

    assertEquals(List.of(1, 2, 3, 4, 5), dashboard.panels().stream().map(GridItem::id).toList());
    assertEquals(
        List.of("Traffic", "Requests and errors", "Error ratio", "Latency", "p95 latency"),
        dashboard.panels().stream().map(item -> item.element().title()).toList());
  }

  @Test
  void refIdsCountQueriesPerPanel() {
    Panel panel =
        new TimeseriesPanelBuilder("Three")
            .withTarget(Examples.REQUEST_RATE)
            .withTarget(Examples.ERROR_RATE)
            .withTarget(Examples.ERROR_RATIO)
            .build();
    Panel other = new StatPanelBuilder("One").withTarget(Examples.ERROR_RATIO).build();

    assertEquals(List.of("A", "B", "C"), panel.targets().stream().map(Target::refId).toList());
    assertEquals(List.of("A"), other.targets().stream().map(Target::refId).toList());
  }

  @Test
  void refIdsGoOnAfterZLikeGrafana() {
    assertEquals("Z", Target.refId(25));
    assertEquals("AA", Target.refId(26));
    assertEquals("AZ", Target.refId(51));
    assertEquals("BA", Target.refId(52));
  }

  @Test
  void aBuiltPanelIsASnapshotOfItsBuilder() {
    TimeseriesPanelBuilder builder =
        new TimeseriesPanelBuilder("Snapshot").withTarget(Examples.REQUEST_RATE);
    Panel first = builder.build();
    builder.withTarget(Examples.ERROR_RATE);

    assertEquals(1, first.targets().size());
    assertEquals(2, builder.build().targets().size());
  }

  @Test
  void expressionsListEveryQueryInGridOrder() {
    assertEquals(
        List.of(Examples.REQUEST_RATE, Examples.ERROR_RATE, Examples.ERROR_RATIO, Examples.P95),
        Examples.gateway().build().expressions());
  }

  private static GraphThresholdsStyleMode style(TimeseriesPanelBuilder builder) {
    return ((PanelOptions.Timeseries) builder.build().options()).style().thresholdsStyle();
  }

  @Test
  void timeseriesThresholdsAreDrawnDashedUnlessSetOtherwise() {
    TimeseriesPanelBuilder builder = new TimeseriesPanelBuilder("Latency").withTarget(Examples.P95);

    assertEquals(GraphThresholdsStyleMode.OFF, style(builder));
    builder.thresholds(Thresholds.absolute(Color.GREEN).step(0.15, Color.RED));
    assertEquals(GraphThresholdsStyleMode.DASHED, style(builder));
    builder.thresholdsStyle(GraphThresholdsStyleMode.LINE_AND_AREA);
    assertEquals(GraphThresholdsStyleMode.LINE_AND_AREA, style(builder));
  }
}
