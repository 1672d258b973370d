package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Grafana dashboard an alert links to, by uid: its URL is only known when rendering, from where
 * the build says Grafana is published ({@link RunbookSite#grafanaBaseUrl()}), so the same rules
 * link the right Grafana in every deployment.
 */
public record DashboardRef(String uid) {
  private static final Pattern UID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  public DashboardRef {
    Objects.requireNonNull(uid, "uid");
    if (!UID.matcher(uid).matches()) {
      throw new DefinitionException(
          DefinitionException.name("dashboard link", uid),
          "a dashboard uid is 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'");
    }
  }

  /** {@code <grafana>/d/<uid>}: Grafana resolves the uid and adds the dashboard's slug itself. */
  public String url(RunbookSite site) {
    return site.grafanaBaseUrl() + "d/" + uid;
  }
}
