package com.carbon254.observability.bundles.infra;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleFile.AlertClass;

/** Infrastructure: nodes, Kubernetes workloads, ClickHouse and Kafka consumers. */
public final class InfraBundle implements Bundle {
  /** The seed's infrastructure USE alert file, alerts/USE/infra_use.yaml. */
  static final RuleFile INFRA_USE = RuleFile.of(AlertClass.USE, "infra_use");

  @Override
  public String name() {
    return "infra";
  }

  @Override
  public void define(BundleDefinition d) {
    // Suppliers, so a broken constant is reported and the other declarations are still checked.
    d.metrics(InfraMetrics::all);
    d.generalRecordings(InfraRecordings::nodes);
    d.generalRecordings(InfraRecordings::pods);
    d.generalRecordings(InfraRecordings::clickhouse);
    d.generalRecordings(InfraRecordings::kafka);
    d.rules(INFRA_USE, InfraAlerts::nodes);
    d.rules(INFRA_USE, InfraAlerts::workloads);
    d.scrapeTarget(InfraScrapeTargets::nodeExporter);
    d.scrapeTarget(InfraScrapeTargets::kubeStateMetrics);
    d.scrapeTarget(InfraScrapeTargets::kubelet);
    d.scrapeTarget(InfraScrapeTargets::clickhouse);
    d.scrapeTarget(InfraScrapeTargets::kafkaExporter);
    d.dashboard("infra", "node_resources", NodeResourcesDashboard::build);
    d.dashboard("infra", "clickhouse_health", ClickHouseDashboard::build);
  }
}
