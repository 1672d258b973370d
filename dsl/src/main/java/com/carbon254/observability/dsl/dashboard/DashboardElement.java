package com.carbon254.observability.dsl.dashboard;

/** What takes a place in the dashboard's grid: a row header, a panel or a library panel. */
public sealed interface DashboardElement permits Row, Panel, LibraryPanel {
  String title();

  /** Where the element asks to go; a row always takes a full-width line. */
  Placement placement();
}
