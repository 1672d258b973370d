package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import java.util.List;
import java.util.Optional;

/** One query of a panel, with the refId the panel gave it (A, B, ...). */
public sealed interface Target permits PrometheusTarget, LokiTarget, TempoTarget {
  String AUTO_LEGEND = "__auto";

  String refId();

  /** The data source the query is written for. */
  Datasource datasource();

  /** A short name of the query's kind for messages: "Prometheus query", "Loki log query", ... */
  String kind();

  /** Every text in which Grafana interpolates variables: the query and its legend. */
  List<String> texts();

  /** Raw JSON merged into the rendered query. */
  Optional<RawJson> raw();

  /** Grafana's query letters: A..Z, then AA, AB, ... */
  static String refId(int index) {
    StringBuilder id = new StringBuilder();
    for (int n = index; n >= 0; n = n / 26 - 1) {
      id.insert(0, (char) ('A' + n % 26));
    }
    return id.toString();
  }
}
