package com.carbon254.observability.dsl.bundle;

import com.carbon254.observability.dsl.dashboard.Dashboard;

/** A dashboard and where it is published: {@code dashboards/<folder>/<file>.json}. */
public record DashboardFile(String folder, String fileName, Dashboard dashboard) {
  public String path() {
    return "dashboards/" + folder + "/" + fileName + ".json";
  }
}
