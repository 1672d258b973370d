package com.carbon254.observability.dsl.datasource;

/**
 * The keys that tie metrics, traces and logs together (section 14 of the platform design), named
 * once: dashboards link on them and the Grafana provisioning configures the data sources to follow
 * them, so a renamed key cannot leave one side pointing at the old name.
 */
public final class CorrelationKeys {
  private CorrelationKeys() {}

  /**
   * The trace id's name (the OpenTelemetry SDKs' exemplar label): on metric exemplars, in log lines
   * and as the Loki label that dashboards filter logs of one trace by.
   */
  public static final String TRACE_ID = "trace_id";
}
