package com.carbon254.observability.dsl.dashboard;

/** A query waiting for the refId its panel gives it. */
public sealed interface TargetBuilder permits PrometheusQuery, LokiQuery, TempoQuery {
  Target build(String refId);
}
