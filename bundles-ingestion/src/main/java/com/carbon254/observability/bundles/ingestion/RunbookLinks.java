package com.carbon254.observability.bundles.ingestion;

import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.rules.Runbook;

/** Runbook links in panel headers, titled like the dashboards' own runbook links. */
final class RunbookLinks {
  private RunbookLinks() {}

  static DashboardLink of(Runbook runbook) {
    return DashboardLink.runbook("Runbook: " + runbook.title(), runbook);
  }
}
