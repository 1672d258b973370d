package com.carbon254.observability.bundles.infra;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Histogram;
import java.util.List;

/** Infrastructure: nodes, Kubernetes, ClickHouse. So far its catalog; dashboards, rules and alerts follow. */
public final class InfraBundle implements Bundle {
  /** ClickHouse queries range from point reads (ms) to scans (tens of seconds). */
  public static final Histogram CLICKHOUSE_QUERY_DURATION =
      Histogram.named("clickhouse_query_duration_seconds")
          .help("ClickHouse query time as seen by the client, in seconds, by query type.")
          .buckets(0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30)
          .labels("query_type");

  @Override
  public String name() {
    return "infra";
  }

  @Override
  public void define(BundleDefinition d) {
    d.metrics(() -> List.of(CLICKHOUSE_QUERY_DURATION));
  }
}
