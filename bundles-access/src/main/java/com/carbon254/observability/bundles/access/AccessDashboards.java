package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.slo.SloRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the access dashboards share: which alerts they show and the runbooks those link. */
final class AccessDashboards {
  private AccessDashboards() {}

  /** The dashboards' folder and tag, so each links the other through the domain header. */
  static final String DOMAIN = "access";

  /**
   * The {@code service} label of the alert that a whole access job has no scrape target: it has no
   * series to take the target's own service from, so it names the domain. Both dashboards show it,
   * since either may be the job that vanished.
   */
  static final String TARGETS_MISSING_SERVICE = "access";

  /** A share as the descriptions print it: {@code 0.05} is {@code 5%}. */
  static String percent(double share) {
    return Numbers.format(Numbers.decimal(share).movePointRight(2)) + "%";
  }

  /** How long the alert's condition must hold before it fires, e.g. {@code 10m}. */
  static String pendingFor(Alert.Builder alert) {
    return alert.build().pendingFor().map(Window::toString).orElse("0m");
  }

  /**
   * The runbooks of every alert in these groups and of every SLO's burn-rate and no-data alerts, in
   * the order given and each once: the links an on-call engineer needs next to the alert state.
   */
  static List<Runbook> runbooksOf(
      List<Supplier<RuleGroup.Builder>> alertGroups, List<Supplier<Slo.Builder>> slos) {
    Map<String, Runbook> runbooks = new LinkedHashMap<>();
    for (Supplier<RuleGroup.Builder> group : alertGroups) {
      for (Alert alert : group.get().build().alerts()) {
        runbooks.putIfAbsent(alert.runbook().slug(), alert.runbook());
      }
    }
    for (Supplier<Slo.Builder> slo : slos) {
      Runbook runbook = SloRules.of(slo.get().build()).runbook();
      runbooks.putIfAbsent(runbook.slug(), runbook);
    }
    return List.copyOf(runbooks.values());
  }
}
