package com.carbon254.observability.dsl.platform;

import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.lint.LintCheck;
import com.carbon254.observability.dsl.lint.LintReport;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The lint over a validated platform: what its bundles render, with the silences they declare. */
class PlatformLintTest {
  static final Counter TICKS =
      Counter.named("ingestion_ticks_received_total")
          .help("Market data ticks received.")
          .labels("feed");

  /** An alert on a 30s rate window: promql/rate-window fires on it at a 15s scrape interval. */
  static Alert.Builder burst() {
    return Alert.named("ALERT_INGESTION_TICK_BURST")
        .when(sum(rate(TICKS.select().over("30s"))).by("feed").above(1000))
        .pendingFor("2m")
        .severity(Severity.WARN)
        .service("ingestion")
        .summary("Feed {{ $labels.feed }} bursts")
        .description("Feed {{ $labels.feed }} sends more than 1000 ticks a second.")
        .runbook(new Runbook("tick-burst", "Tick burst", "# Tick burst\n\nThrottle the feed.\n"))
        .scenario(
            AlertScenario.named("bursts")
                .input(TestSeries.of(TICKS.select().where("feed", "lse")).rising(120_000, 60))
                .observing(2000)
                .firesAt("30m", Map.of("feed", "lse")))
        .scenario(
            AlertScenario.named("calm")
                .input(TestSeries.of(TICKS.select().where("feed", "lse")).rising(100, 60))
                .observing(Map.of("feed", "lse"), 100.0 / 60)
                .quietAt("25m"));
  }

  private static Platform platform(Consumer<BundleDefinition> extra) {
    Bundle bundle =
        new Bundle() {
          @Override
          public String name() {
            return "ingestion";
          }

          @Override
          public void define(BundleDefinition d) {
            d.metrics(TICKS)
                .rules(
                    RuleFile.of(RuleFile.AlertClass.RED, "ingestion_red"),
                    RuleGroup.named("ingestion-red").rule(burst()));
            extra.accept(d);
          }
        };
    Platform platform = Platform.define(List.of(bundle));
    assertEquals(List.of(), platform.problems());
    return platform;
  }

  @Test
  void findsWhatTheBundlesRender() {
    LintReport report =
        PlatformLint.run(platform(d -> {}), com.carbon254.observability.dsl.rules.ExampleSite.SITE);
    assertEquals(1, report.findings().size(), () -> report.findings().toString());
    assertEquals(LintCheck.RATE_WINDOW, report.findings().get(0).check());
    assertEquals("alert ALERT_INGESTION_TICK_BURST", report.findings().get(0).object());
    assertEquals("alerts/RED/ingestion_red.yaml", report.findings().get(0).file());
  }

  @Test
  void aBundleSilencesOneCheckOnOneObjectWithItsReason() {
    LintReport report =
        PlatformLint.run(
            platform(
                d ->
                    d.lintSilence(
                        "promql/rate-window",
                        "alert ALERT_INGESTION_TICK_BURST",
                        "bursts last seconds; a 30s window is the point of this alert")),
            com.carbon254.observability.dsl.rules.ExampleSite.SITE);
    assertEquals(List.of(), report.findings());
    assertEquals(1, report.silenced().size());
    assertEquals("ingestion", report.silenced().get(0).bundle());
  }

  @Test
  void aSilenceWithoutAReasonOrObjectIsADefinitionProblem() {
    Platform platform =
        Platform.define(
            List.of(
                new Bundle() {
                  @Override
                  public String name() {
                    return "ingestion";
                  }

                  @Override
                  public void define(BundleDefinition d) {
                    d.lintSilence("promql/rate-window", "alert ALERT_INGESTION_TICK_BURST", " ");
                    d.lintSilence(
                        "promql/rate-window", "ALERT_INGESTION_TICK_BURST", "forgot the kind");
                  }
                }));
    List<String> lines = platform.problems().stream().map(Problem::line).toList();
    assertEquals(2, lines.size(), lines::toString);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("has no reason; say why the check does not apply")),
        lines::toString);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("names no object; write 'alert <name>'")),
        lines::toString);
  }
}
