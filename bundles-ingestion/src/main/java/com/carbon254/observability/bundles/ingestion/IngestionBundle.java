package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleFile.AlertClass;
import java.util.List;

/**
 * Ingestion (connectors) and data processing (normalization, aggregation): their catalogs,
 * recordings, alerts, runbooks and dashboards.
 */
public final class IngestionBundle implements Bundle {
  @Override
  public String name() {
    return "ingestion";
  }

  @Override
  public void define(BundleDefinition d) {
    // Suppliers, so a broken constant is reported and the other declarations are still checked.
    d.metrics(
        () ->
            List.of(
                ConnectorMetrics.RUN_DURATION,
                ConnectorMetrics.RUNS,
                ConnectorMetrics.LAST_SUCCESS,
                ConnectorMetrics.SCHEDULE_INTERVAL,
                ConnectorMetrics.RUNNING,
                ConnectorMetrics.LAST_RUN_SUCCESS,
                ConnectorMetrics.RECORDS));
    d.metrics(
        () ->
            List.of(
                NormalizationMetrics.RECORDS_PROCESSED,
                NormalizationMetrics.RECORDS_FAILED,
                NormalizationMetrics.LATEST_PROCESSED,
                NormalizationMetrics.PROCESSING_LATENCY,
                NormalizationMetrics.ENRICHMENT_CACHE_HITS,
                NormalizationMetrics.ENRICHMENT_CACHE_MISSES));
    d.metrics(
        () ->
            List.of(AggregationMetrics.BAR_BUILD_DURATION, AggregationMetrics.BAR_COMPUTE_BACKLOG));

    d.recordings(ConnectorRules::recordings);
    d.recordings(NormalizationRules::recordings);
    d.recordings(AggregationRules::recordings);

    RuleFile ingestionRed = RuleFile.of(AlertClass.RED, "ingestion_red");
    d.rules(ingestionRed, ConnectorRules::alerts);
    d.rules(ingestionRed, ConnectorRules::freshnessAlerts);
    d.rules(ingestionRed, TargetRules::ingestion);

    RuleFile dataProcessingRed = RuleFile.of(AlertClass.RED, "data_processing_red");
    d.rules(dataProcessingRed, NormalizationRules::freshnessAlerts);
    d.rules(dataProcessingRed, NormalizationRules::alerts);
    d.rules(dataProcessingRed, TargetRules::dataProcessing);

    d.rules(RuleFile.of(AlertClass.USE, "data_processing_use"), AggregationRules::alerts);
    d.dashboard("ingestion", "connectors_health", ConnectorsDashboard::build);
    d.dashboard("data_processing", "normalization_pipeline", NormalizationDashboard::build);

    d.scrapeTarget(IngestionTargets::connectors);
    d.scrapeTarget(IngestionTargets::normalization);
    d.scrapeTarget(IngestionTargets::aggregation);
  }
}
