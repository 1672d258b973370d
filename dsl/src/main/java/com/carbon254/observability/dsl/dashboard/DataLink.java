package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * A link from a value or series of a panel, with Grafana's link variables in its URL: {@code
 * ${__field.labels.route}}, {@code ${__value.raw}}, {@code ${__from}}, ... Unknown link variables
 * are refused when the dashboard is built, since Grafana would leave them in the URL. {@link
 * Correlation} builds the links to Tempo and Loki.
 */
public record DataLink(String title, String url, boolean targetBlank) {
  public DataLink {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }

  /** A link opening in the same tab. */
  public static DataLink to(String title, String url) {
    return new DataLink(title, url, false);
  }

  public DataLink inNewTab() {
    return new DataLink(title, url, true);
  }
}
