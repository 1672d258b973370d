package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the generated runbooks are published: every alert's {@code runbook_url} is this base plus
 * {@code <slug>.md}. It is configuration of the build (the root pom's {@code runbook.base.url}, or
 * {@code --runbook-base-url}), not something the model guesses.
 */
public record RunbookSite(String baseUrl) {
  public RunbookSite {
    String object = DefinitionException.name("runbook base URL", String.valueOf(baseUrl));
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new DefinitionException(
          object, "is empty; set runbook.base.url in pom.xml or pass --runbook-base-url");
    }
    try {
      URI uri = new URI(baseUrl);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new DefinitionException(
            object, "must be an absolute http(s) URL, as in https://host/runbooks/");
      }
    } catch (URISyntaxException e) {
      throw new DefinitionException(object, "is not a URL (" + e.getReason() + ")");
    }
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
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
