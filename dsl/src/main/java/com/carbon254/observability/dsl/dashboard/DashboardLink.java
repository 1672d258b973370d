package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.RunbookSite;
import java.util.List;
import java.util.Objects;

/**
 * A link at the top of the dashboard: to the dashboards carrying some tags, or to a URL (a runbook,
 * a design page). Links keep the time range and variables when they lead to other dashboards.
 */
public record DashboardLink(
    String title,
    Kind kind,
    String url,
    List<String> tags,
    LinkIcon icon,
    String tooltip,
    boolean asDropdown,
    boolean targetBlank,
    boolean includeVars,
    boolean keepTime,
    String runbookSlug) {

  public enum Kind {
    DASHBOARDS("dashboards"),
    LINK("link");

    private final String json;

    Kind(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  public DashboardLink {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    tags = List.copyOf(tags);
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(tooltip, "tooltip");
    Objects.requireNonNull(runbookSlug, "runbookSlug");
  }

  /**
   * The URL to write: a runbook's is where the build publishes runbooks, known only when rendering.
   */
  public String url(RunbookSite site) {
    return runbookSlug.isEmpty() ? url : site.url(runbookSlug);
  }

  /** A drop-down of the dashboards carrying all these tags, keeping time range and variables. */
  public static DashboardLink dashboardsTagged(String title, String... tags) {
    return new DashboardLink(
        title,
        Kind.DASHBOARDS,
        "",
        List.of(tags),
        LinkIcon.EXTERNAL_LINK,
        "",
        true,
        false,
        true,
        true,
        "");
  }

  /** A link to a URL, opened in a new tab. */
  public static DashboardLink url(String title, String url) {
    return new DashboardLink(
        title,
        Kind.LINK,
        url,
        List.of(),
        LinkIcon.EXTERNAL_LINK,
        "",
        false,
        true,
        false,
        false,
        "");
  }

  /**
   * A link to a runbook the bundles ship, with the document icon; its URL is the build's runbook
   * site.
   */
  public static DashboardLink runbook(String title, Runbook runbook) {
    return new DashboardLink(
        title,
        Kind.LINK,
        "",
        List.of(),
        LinkIcon.DOC,
        "Runbook",
        false,
        true,
        false,
        false,
        runbook.slug());
  }

  public DashboardLink tooltip(String tooltip) {
    return withLooks(icon, tooltip);
  }

  public DashboardLink icon(LinkIcon icon) {
    return withLooks(icon, tooltip);
  }

  private DashboardLink withLooks(LinkIcon icon, String tooltip) {
    return new DashboardLink(
        title,
        kind,
        url,
        tags,
        icon,
        tooltip,
        asDropdown,
        targetBlank,
        includeVars,
        keepTime,
        runbookSlug);
  }
}
