package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.DURATION;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.promql.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conventions {@link DashboardFacts} checks name what breaks them, and hold when kept. */
class DashboardFactsTest {
  private static final Window W = Window.minutes(5);

  @Test
  void aDashboardKeepingTheConventionsHasNoProblems() {
    Latency latency = Latency.of(DURATION).matching("job", "$job").traces("api");
    DashboardFacts facts =
        DashboardFacts.of(
            new DashboardBuilder("Kept")
                .uid("kept")
                .withVariable(CustomVariable.of("job", "api").multi().includeAll())
                .withPanel(latency.percentiles("Latency", "Percentiles."))
                .withPanel(latency.distribution("Distribution", "Buckets."))
                .build());

    assertEquals("kept", facts.uid());
    assertEquals(List.of("heatmap", "timeseries"), facts.kinds());
    assertEquals(List.of(), facts.rawSeriesUnfilteredByJob());
    assertEquals(List.of(), facts.latencyPanelsWithoutExemplarsOrTraces("Latency"));
    assertEquals(List.of(), facts.panelsWithoutDescriptionOrUnit());
  }

  @Test
  void eachBrokenConventionIsNamed() {
    DashboardFacts facts =
        DashboardFacts.of(
            new DashboardBuilder("Broken")
                .uid("broken")
                .withPanel(
                    new TimeseriesPanelBuilder("Requests")
                        .withTarget(sum(rate(REQUESTS.select().over(W))), "requests/s"))
                .withPanel(
                    new TimeseriesPanelBuilder("Latency")
                        .description("Without exemplars or traces.")
                        .withTarget(sum(rate(DURATION.bucket().over(W))).by("le"), "{{le}}")
                        .unit(Units.SECONDS))
                .withPanel(new TextPanelBuilder("Notes").markdown("Read me."))
                .build());

    assertEquals(
        List.of(
            "gateway_http_requests_total[5m] does not filter job=~\"$job\"",
            "gateway_http_request_duration_seconds_bucket[5m] does not filter job=~\"$job\""),
        facts.rawSeriesUnfilteredByJob());
    assertEquals(
        List.of("no query reads the series that carry route"),
        facts.unfiltered(name -> name.contains("route"), "route"));
    assertEquals(
        List.of(
            "sum by (le) (rate(gateway_http_request_duration_seconds_bucket[5m])) asks for no"
                + " exemplars",
            "Latency links to no trace"),
        facts.latencyPanelsWithoutExemplarsOrTraces("Latency"));
    assertEquals(
        List.of("Requests has no description", "Notes has no description", "Notes has no unit"),
        facts.panelsWithoutDescriptionOrUnit());
  }
}
