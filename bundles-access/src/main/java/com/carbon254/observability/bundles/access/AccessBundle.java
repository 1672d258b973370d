package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleFile.AlertClass;
import java.util.List;

/** Access domain: the API gateway and the WebSocket streaming service. */
public final class AccessBundle implements Bundle {
  @Override
  public String name() {
    return "access";
  }

  @Override
  public void define(BundleDefinition d) {
    // Suppliers, so a broken constant is reported and the other declarations are still checked.
    d.metrics(() -> List.of(GatewayMetrics.REQUESTS, GatewayMetrics.REQUEST_DURATION));
    d.metrics(
        () ->
            List.of(
                StreamingMetrics.ACTIVE_CONNECTIONS,
                StreamingMetrics.CONNECTIONS_OPENED,
                StreamingMetrics.CONNECTIONS_CLOSED,
                StreamingMetrics.MESSAGES_PUBLISHED,
                StreamingMetrics.MESSAGES_DELIVERED,
                StreamingMetrics.DELIVERY_LATENCY));
    d.recordings(GatewayRules::recordings);
    d.recordings(StreamingRules::recordings);
    d.rules(RuleFile.of(AlertClass.RED, "gateway_red"), GatewayRules::alerts);
    d.rules(RuleFile.of(AlertClass.RED, "streaming_red"), StreamingRules::alerts);
    d.rules(RuleFile.of(AlertClass.RED, "access_targets"), AccessTargets::alerts);
    d.dashboard("access", "gateway_overview", GatewayDashboard::build);
    d.dashboard("access", "streaming_ws", StreamingDashboard::build);
    d.scrapeTarget(GatewayTargets::gateway);
    d.latencyTarget(GatewayTargets::latency);
    d.scrapeTarget(StreamingTargets::streaming);
    d.latencyTarget(StreamingTargets::latency);
    d.slo(AccessSlos::gatewayAvailability);
    d.slo(AccessSlos::apiLatency);
    d.slo(AccessSlos::streamingDelivery);
  }
}
