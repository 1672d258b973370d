package com.carbon254.observability.dsl.review;

import java.util.List;

/**
 * An Alertmanager configuration: its routes flattened, each named by the matchers on the way to it
 * ({@code root / severity="page"}), its receivers and its inhibition rules as one line each.
 */
public record RenderedAlertmanager(
    List<Route> routes, List<String> receivers, List<String> inhibitRules) {
  public RenderedAlertmanager {
    routes = List.copyOf(routes);
    receivers = List.copyOf(receivers);
    inhibitRules = List.copyOf(inhibitRules);
  }

  public record Route(
      String path,
      String receiver,
      String groupBy,
      String groupWait,
      String groupInterval,
      String repeatInterval,
      boolean continues) {}
}
