package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static DashboardBuilder with(PanelBuilder<?> panel) {
    return new DashboardBuilder("Checks").uid("checks").withPanel(panel);
  }

  private static StatPanelBuilder stat(String title) {
    return new StatPanelBuilder(title).withTarget(Examples.ERROR_RATIO);
  }

  private static String error(DashboardBuilder builder) {
    return assertThrows(DefinitionException.class, builder::build).getMessage();
  }

  @Test
  void thresholdStepsMustIncreaseStrictly() {
    assertEquals(
        "dashboard 'checks': panel 'Error ratio': threshold steps must increase strictly, but 0.01"
            + " follows 0.05; list the steps from low to high, each value once",
        error(
            with(
                stat("Error ratio")
                    .thresholds(
                        Thresholds.absolute(Color.GREEN)
                            .step(0.05, Color.RED)
                            .step(0.01, Color.ORANGE)))));
    assertEquals(
        "dashboard 'checks': panel 'Error ratio': threshold steps must increase strictly, but 0.05"
            + " follows 0.05; list the steps from low to high, each value once",
        error(
            with(
                stat("Error ratio")
                    .thresholds(
                        Thresholds.absolute(Color.GREEN)
                            .step(0.05, Color.ORANGE)
                            .step(0.05, Color.RED)))));
  }

  @Test
  void percentageThresholdsStayWithin0To100() {
    assertEquals(
        "dashboard 'checks': panel 'Disk': threshold step 120 is outside 0..100, but the thresholds are"
            + " percentages; use a percentage, or Thresholds.absolute(...)",
        error(
            with(
                stat("Disk").thresholds(Thresholds.percentage(Color.GREEN).step(120, Color.RED)))));
  }

  @Test
  void thresholdsMustBeFinite() {
    assertEquals(
        "dashboard 'checks': panel 'Disk': threshold step NaN is not a finite number; use a finite value",
        error(
            with(
                stat("Disk")
                    .thresholds(Thresholds.absolute(Color.GREEN).step(Double.NaN, Color.RED)))));
  }

  @Test
  void colorsMustBeGrafanaColors() {
    DefinitionException e = assertThrows(DefinitionException.class, () -> Color.named("gren"));
    assertEquals(
        "color 'gren': not a Grafana color; use a palette name such as 'green' or 'semi-dark-orange',"
            + " or a hex color such as '#73BF69'",
        e.getMessage());
    assertEquals("semi-dark-orange", Color.named("semi-dark-orange").value());
    assertEquals("#73BF69", Color.hex("#73BF69").value());
  }

  @Test
  void aLegendMayOnlyNameLabelsTheQueryKeeps() {
    assertEquals(
        "dashboard 'checks': panel 'Rate': legend '{{route}} {{status}}' of query B names label 'status',"
            + " which the query's result does not carry (it carries: route); name one of those labels, or keep"
            + " 'status' in the query's aggregation",
        error(
            with(
                new TimeseriesPanelBuilder("Rate")
                    .withTarget(Examples.REQUEST_RATE, "{{route}}")
                    .withTarget(Examples.ERROR_RATE, "{{route}} {{status}}"))));
    assertEquals(
        "dashboard 'checks': panel 'Ratio': legend '{{ route }}' of query A names label 'route', which"
            + " the query's result does not carry (it carries no labels); name one of those labels, or keep 'route'"
            + " in the query's aggregation",
        error(with(new StatPanelBuilder("Ratio").withTarget(Examples.ERROR_RATIO, "{{ route }}"))));
  }

  @Test
  void aPanelNeedsAQuery() {
    assertEquals(
        "dashboard 'checks': panel 'Empty': has no query; add one with .withTarget(expr, legendFormat)",
        error(with(new StatPanelBuilder("Empty"))));
  }

  @Test
  void standardOptionsAreChecked() {
    assertEquals(
        "dashboard 'checks': panel 'P': min 1 is not below max 0.5; swap them or drop one",
        error(with(stat("P").min(1).max(0.5))));
    assertEquals(
        "dashboard 'checks': panel 'P': decimals 11 is outside 0..10; use a count in that range",
        error(with(stat("P").decimals(11))));
    assertEquals(
        "dashboard 'checks': panel 'P': fill opacity 150 is outside 0..100; use a percentage",
        error(with(new TimeseriesPanelBuilder("P").withTarget(Examples.P95).fillOpacity(150))));
  }

  @Test
  void titlesAreUniquePerKind() {
    assertEquals(
        "dashboard 'checks': two panels are titled 'Rate' in the same row; give each panel its own title",
        error(with(stat("Rate")).withPanel(stat("Rate"))));
    assertEquals(
        "dashboard 'checks': two rows are titled 'Traffic'; give each row its own title",
        error(
            new DashboardBuilder("Checks")
                .uid("checks")
                .withRow(new RowBuilder("Traffic"))
                .withRow(new RowBuilder("Traffic"))));
    // A row and a panel may share a title: a row is not a link target.
    new DashboardBuilder("Checks")
        .uid("checks")
        .withRow(new RowBuilder("Errors"))
        .withPanel(stat("Errors"))
        .build();
  }

  @Test
  void theUidIsShortAndUrlSafe() {
    assertEquals(
        "dashboard 'gateway overview': uid must be 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-';"
            + " shorten it or replace the other characters with '-'",
        error(new DashboardBuilder("Gateway").uid("gateway overview")));
    assertEquals(
        "dashboard 'Gateway': has no uid; set .uid(...) to a stable id of 1 to 40 characters of a-z,"
            + " A-Z, 0-9, '_' or '-'",
        error(new DashboardBuilder("Gateway")));
    error(new DashboardBuilder("Gateway").uid("a".repeat(41)));
    new DashboardBuilder("Gateway").uid("a".repeat(40)).build();
  }

  @Test
  void dashboardSettingsAreChecked() {
    assertEquals(
        "dashboard 'd': tag 'gateway' is listed twice; list each tag once",
        error(new DashboardBuilder("D").uid("d").tags("gateway", "access", "gateway")));
    assertEquals(
        "dashboard 'd': refresh '2s' is not offered by the time picker (5s, 10s, 30s, 1m, 5m, 15m, 30m, 1h,"
            + " 2h, 1d); use one of those, or offer it with .timePicker(TimePicker.refreshIntervals(...))",
        error(new DashboardBuilder("D").uid("d").refresh("2s")));
    assertEquals(
        "dashboard 'd': time picker refresh interval '2s' is not an interval of 5s or more; use one such as"
            + " '30s', '1m' or '5m'",
        error(
            new DashboardBuilder("D")
                .uid("d")
                .timePicker(TimePicker.refreshIntervals("2s", "1m"))
                .refresh("1m")));
    new DashboardBuilder("D")
        .uid("d")
        .timePicker(TimePicker.refreshIntervals("1m", "10m"))
        .refresh("10m")
        .build();
    assertEquals(
        "dashboard 'd': time range from 'yesterday' is not a relative time; use 'now', 'now-<n><unit>'"
            + " with unit s, m, h, d, w, M or y, optionally rounded as in 'now-1d/d'",
        error(new DashboardBuilder("D").uid("d").time("yesterday", "now")));
    assertEquals(
        "dashboard 'd': timezone 'Mars/Olympus' is unknown; use 'utc', 'browser' or an IANA zone such as"
            + " 'Europe/Berlin'",
        error(new DashboardBuilder("D").uid("d").timezone("Mars/Olympus")));
    new DashboardBuilder("D")
        .uid("d")
        .time("now-1d/d", "now")
        .refresh("5s")
        .timezone("Africa/Nairobi")
        .build();
  }
}
