package com.carbon254.observability.dsl.platform;

import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.GatewayRules;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;
import java.util.function.Consumer;

/** Bundles written inline for the platform tests. */
final class FakeBundles {
  static final RuleFile GATEWAY_RED = RuleFile.of(RuleFile.AlertClass.RED, "gateway_red");
  static final RuleFile INGESTION_RED = RuleFile.of(RuleFile.AlertClass.RED, "ingestion_red");

  static final Counter TICKS =
      Counter.named("ingestion_ticks_received_total")
          .help("Market data ticks received.")
          .labels("feed");

  private FakeBundles() {}

  static Bundle bundle(String name, Consumer<BundleDefinition> body) {
    return new Bundle() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void define(BundleDefinition definition) {
        body.accept(definition);
      }
    };
  }

  /** The gateway: its catalog, its recording and its alert. */
  static Bundle gateway(String name) {
    return bundle(
        name,
        d ->
            d.metrics(GatewayRules.REQUESTS)
                .recordings(RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                .rules(GATEWAY_RED, RuleGroup.named("gateway-red").rule(GatewayRules.alert())));
  }

  static RecordingRule ticksRate() {
    return RecordingRule.named("feed:ingestion_ticks_received:rate5m")
        .expr(sum(rate(TICKS.select().over("5m"))).by("feed"));
  }

  /** An ingestion alert; pass the gateway's alert name to make a duplicate. */
  static Alert.Builder ticksStopped(String alertName, Runbook runbook) {
    TestSeries stopped =
        TestSeries.of(TICKS.select().where("feed", "lse")).rising(100, 30).flat(30);
    TestSeries flowing = TestSeries.of(TICKS.select().where("feed", "lse")).rising(100, 60);
    return Alert.named(alertName)
        .when(sum(rate(TICKS.select().over("5m"))).by("feed").below(1))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("ingestion")
        .summary("Feed {{ $labels.feed }} stopped sending ticks")
        .description("No ticks from {{ $labels.feed }}; check the feed handler.")
        .runbook(runbook)
        .scenario(
            AlertScenario.named("stopped")
                .input(stopped)
                .observing(0)
                .firesAt("60m", Map.of("feed", "lse")))
        .scenario(
            AlertScenario.named("flowing")
                .input(flowing)
                .observing(Map.of("feed", "lse"), 100.0 / 60)
                .quietAt("60m"));
  }
}
