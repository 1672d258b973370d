package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import java.util.Objects;

/**
 * One Prometheus query of a panel. {@code legendFormat} names each series, e.g. {@code {{route}}};
 * {@link #AUTO_LEGEND} lets Grafana derive the name from the series' labels.
 */
public record Target(String refId, Expr expr, String legendFormat) {
  public static final String AUTO_LEGEND = "__auto";

  public Target {
    Objects.requireNonNull(refId, "refId");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(legendFormat, "legendFormat");
  }

  /** Grafana's query letters: A..Z, then AA, AB, ... */
  static String refId(int index) {
    StringBuilder id = new StringBuilder();
    for (int n = index; n >= 0; n = n / 26 - 1) {
      id.insert(0, (char) ('A' + n % 26));
    }
    return id.toString();
  }
}
