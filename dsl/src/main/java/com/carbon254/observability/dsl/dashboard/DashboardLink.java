package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * A link at the top of the dashboard: to the dashboards carrying some tags, or to a URL (a runbook,
 * a design page). Links keep the time range and variables when they lead to other dashboards.
 */
public record DashboardLink(
    String title, Kind kind, String url, List<String> tags, LinkIcon icon, String tooltip,
    boolean asDropdown, boolean targetBlank, boolean includeVars, boolean keepTime) {

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
  }

  /** A drop-down of the dashboards carrying all these tags, keeping time range and variables. */
  public static DashboardLink dashboardsTagged(String title, String... tags) {
    return new DashboardLink(title, Kind.DASHBOARDS, "", List.of(tags), LinkIcon.EXTERNAL_LINK, "", true, false,
        true, true);
  }

  /** A link to a URL, opened in a new tab. */
  public static DashboardLink url(String title, String url) {
    return new DashboardLink(title, Kind.LINK, url, List.of(), LinkIcon.EXTERNAL_LINK, "", false, true, false, false);
  }

  /** A link to a runbook, with the document icon. */
  public static DashboardLink runbook(String title, String url) {
    return new DashboardLink(title, Kind.LINK, url, List.of(), LinkIcon.DOC, "Runbook", false, true, false, false);
  }

  public DashboardLink tooltip(String tooltip) {
    return new DashboardLink(title, kind, url, tags, icon, tooltip, asDropdown, targetBlank, includeVars, keepTime);
  }

  public DashboardLink icon(LinkIcon icon) {
    return new DashboardLink(title, kind, url, tags, icon, tooltip, asDropdown, targetBlank, includeVars, keepTime);
  }
}
