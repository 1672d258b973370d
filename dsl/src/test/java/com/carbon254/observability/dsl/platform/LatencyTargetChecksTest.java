package com.carbon254.observability.dsl.platform;

import static com.carbon254.observability.dsl.platform.FakeBundles.TICKS;
import static com.carbon254.observability.dsl.platform.FakeBundles.bundle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;
import com.carbon254.observability.dsl.rules.ExampleSite;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyTargetChecksTest {
  private static ScrapeTarget.Builder feeds() {
    return ScrapeTarget.job("feeds")
        .service("app.kubernetes.io/name", "feeds")
        .port("metrics")
        .exports(TICKS);
  }

  private static List<String> lines(Platform platform) {
    return platform.problems().stream().map(Problem::line).toList();
  }

  @Test
  void aTargetOfAScrapedServiceSetsTheSamplingThreshold() {
    Platform platform =
        Platform.define(
            List.of(
                bundle(
                    "ingestion",
                    d ->
                        d.metrics(TICKS)
                            .scrapeTarget(FeedsHolder::feeds)
                            .latencyTarget(() -> LatencyTarget.p95("feeds", 0.4)))));

    assertEquals(List.of(), lines(platform));
    String sampling =
        PlatformRenderer.render(platform, ExampleSite.SITE)
            .files()
            .get("configs/sampling-strategy.yaml");
    assertEquals(true, sampling.contains("threshold_ms: 800\n"), sampling);
  }

  @Test
  void aTargetOfAServiceNoScrapeTargetDeclaresIsReported() {
    Platform platform =
        Platform.define(
            List.of(
                bundle("ingestion", d -> d.latencyTarget(() -> LatencyTarget.p95("feeds", 0.4)))));

    assertEquals(
        List.of(
            "bundle 'ingestion': latency target 'feeds': names service 'feeds', which no scrape target declares as its"
                + " job; declare it with definition.scrapeTarget(...) or use the job's name"),
        lines(platform));
  }

  @Test
  void twoTargetsOfOneServiceAreReported() {
    Platform platform =
        Platform.define(
            List.of(
                bundle(
                    "ingestion",
                    d ->
                        d.metrics(TICKS)
                            .scrapeTarget(FeedsHolder::feeds)
                            .latencyTarget(() -> LatencyTarget.p95("feeds", 0.4))
                            .latencyTarget(() -> LatencyTarget.p95("feeds", 0.5)))));

    assertEquals(
        List.of(
            "bundle 'ingestion': latency target 'feeds': is declared twice (also in this bundle); give each service"
                + " one latency target"),
        lines(platform));
  }

  /** A method reference for the supplier the definition takes. */
  private static final class FeedsHolder {
    static ScrapeTarget.Builder feeds() {
      return LatencyTargetChecksTest.feeds();
    }
  }
}
