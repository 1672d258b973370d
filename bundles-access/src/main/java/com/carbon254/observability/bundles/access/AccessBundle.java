package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleFile.AlertClass;
import java.util.List;

/** Access domain: the API gateway (streaming follows). */
public final class AccessBundle implements Bundle {
  @Override
  public String name() {
    return "access";
  }

  @Override
  public void define(BundleDefinition d) {
    // Suppliers, so a broken constant is reported and the other declarations are still checked.
    d.metrics(() -> List.of(GatewayMetrics.REQUESTS, GatewayMetrics.REQUEST_DURATION));
    d.recordings(GatewayRules::recordings);
    d.rules(RuleFile.of(AlertClass.RED, "gateway_red"), GatewayRules::alerts);
    d.dashboard("access", "gateway_overview", GatewayDashboard::build);
    d.metrics(() -> List.of(StreamingSloMetrics.MESSAGES_PUBLISHED, StreamingSloMetrics.MESSAGES_DELIVERED));
    d.slo(AccessSlos::gatewayAvailability);
    d.slo(AccessSlos::apiLatency);
    d.slo(AccessSlos::streamingDelivery);
  }
}
