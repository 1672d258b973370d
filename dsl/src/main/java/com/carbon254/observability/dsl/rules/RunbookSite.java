package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where what the alerts link to is published: every alert's {@code runbook_url} is {@code baseUrl}
 * plus {@code <slug>.md}, and a {@code dashboard} annotation is a URL under {@code grafanaBaseUrl}.
 * Both are configuration of the build (the root pom's {@code runbook.base.url} and {@code
 * grafana.base.url}, or {@code --runbook-base-url} and {@code --grafana-base-url}), not something
 * the model guesses.
 */
public record RunbookSite(String baseUrl, String grafanaBaseUrl) {
  /** Grafana's address when only the runbooks' is given: a host that never resolves. */
  public static final String UNPUBLISHED_GRAFANA = "https://grafana.invalid/";

  public RunbookSite {
    baseUrl =
        absolute(
            baseUrl,
            "runbook base URL",
            "runbook.base.url",
            "--runbook-base-url",
            "https://host/runbooks/");
    grafanaBaseUrl =
        absolute(
            grafanaBaseUrl,
            "Grafana base URL",
            "grafana.base.url",
            "--grafana-base-url",
            "https://grafana.example.org/");
  }

  /**
   * Runbooks published at {@code baseUrl}, dashboards nowhere (links to {@link
   * #UNPUBLISHED_GRAFANA}): for checks and tests that render without a deployment.
   */
  public RunbookSite(String baseUrl) {
    this(baseUrl, UNPUBLISHED_GRAFANA);
  }

  private static String absolute(
      String url, String what, String property, String option, String example) {
    String object = DefinitionException.name(what, String.valueOf(url));
    if (url == null || url.isBlank()) {
      throw new DefinitionException(
          object, "is empty; set " + property + " in pom.xml or pass " + option);
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new DefinitionException(object, "must be an absolute http(s) URL, as in " + example);
      }
    } catch (URISyntaxException e) {
      throw new DefinitionException(object, "is not a URL (" + e.getReason() + ")");
    }
    return url.endsWith("/") ? url : url + "/";
  }

  public String url(Runbook runbook) {
    return url(runbook.slug());
  }

  public String url(String slug) {
    return baseUrl + slug + ".md";
  }

  /**
   * Renders models that link runbooks without publishing them, e.g. to check a dashboard as it is
   * built.
   */
  public static final RunbookSite UNPUBLISHED = new RunbookSite("https://runbooks.invalid/");
}
