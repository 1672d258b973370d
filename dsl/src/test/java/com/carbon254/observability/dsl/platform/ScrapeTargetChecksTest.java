package com.carbon254.observability.dsl.platform;

import static com.carbon254.observability.dsl.platform.FakeBundles.TICKS;
import static com.carbon254.observability.dsl.platform.FakeBundles.bundle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.delivery.ScrapeTarget;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.rules.ExampleSite;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeTargetChecksTest {
  private static ScrapeTarget.Builder feeds(Counter... exported) {
    return ScrapeTarget.job("feeds")
        .service("app.kubernetes.io/name", "feeds")
        .port("metrics")
        .exports(exported);
  }

  private static List<String> lines(Platform platform) {
    return platform.problems().stream().map(Problem::line).toList();
  }

  @Test
  void aTargetExportingCatalogMetricsIsValidAndRendersItsServiceMonitor() {
    Platform platform =
        Platform.define(
            List.of(bundle("ingestion", d -> d.metrics(TICKS).scrapeTarget(() -> feeds(TICKS)))));

    assertEquals(List.of(), lines(platform));
    assertEquals(
        true,
        PlatformRenderer.render(platform, ExampleSite.SITE)
            .contains("gitops/service-monitors/feeds.yaml"));
  }

  @Test
  void aTargetExportingAMetricNoCatalogDeclaresIsReported() {
    Platform platform =
        Platform.define(List.of(bundle("ingestion", d -> d.scrapeTarget(() -> feeds(TICKS)))));

    assertEquals(
        List.of(
            "bundle 'ingestion': scrape target 'feeds': exports metric 'ingestion_ticks_received_total', which no"
                + " bundle's catalog declares; add it with definition.metrics(...)"),
        lines(platform));
  }

  @Test
  void aTargetExportingAnotherDeclarationOfACatalogMetricIsReported() {
    Counter copy = Counter.named(TICKS.name()).help("Ticks.").labels("venue");
    Platform platform =
        Platform.define(
            List.of(bundle("ingestion", d -> d.metrics(TICKS).scrapeTarget(() -> feeds(copy)))));

    assertEquals(
        List.of(
            "bundle 'ingestion': scrape target 'feeds': exports metric 'ingestion_ticks_received_total' through a"
                + " declaration that differs from the catalog's; use the catalog's constant"),
        lines(platform));
  }

  @Test
  void aJobDeclaredByTwoBundlesIsReportedOnTheLaterOne() {
    Platform platform =
        Platform.define(
            List.of(
                bundle("ingestion", d -> d.metrics(TICKS).scrapeTarget(() -> feeds(TICKS))),
                bundle("security", d -> d.scrapeTarget(() -> feeds(TICKS)))));

    assertEquals(
        List.of(
            "bundle 'security': scrape target 'feeds': is declared twice (also in bundle 'ingestion'); declare"
                + " each job once; its ServiceMonitor and every alert on the job name one service"),
        lines(platform));
  }

  @Test
  void aBrokenTargetIsReportedAndTheRestOfTheBundleIsStillChecked() {
    Platform platform =
        Platform.define(
            List.of(
                bundle(
                    "ingestion", d -> d.metrics(TICKS).scrapeTarget(() -> feeds().port("9090")))));

    assertEquals(
        List.of(
            "bundle 'ingestion': scrape target 'feeds': exports no catalog metric; list them with .exports(...),"
                + " only those are kept",
            "bundle 'ingestion': scrape target 'feeds': port '9090' is not a Service port name (at most 15"
                + " lower-case letters, digits and single '-', with a letter); name the metrics port, as in"
                + " .port(\"http-metrics\")"),
        lines(platform));
  }
}
