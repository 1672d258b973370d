package com.carbon254.observability.dsl.dashboard;

/** What takes a place in the dashboard's grid: a row header or a panel. */
public sealed interface DashboardElement permits Row, Panel {
  String title();
}
