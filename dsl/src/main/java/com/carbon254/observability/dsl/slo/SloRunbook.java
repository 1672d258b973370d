package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.rules.Runbook;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The runbook of an SLO's alerts, written from the SLO itself so that its numbers (objective,
 * windows, factors, time to exhaustion) can never disagree with the rules.
 */
final class SloRunbook {
  private SloRunbook() {}

  static Runbook of(Slo slo) {
    StringBuilder md = new StringBuilder();
    String title = "SLO " + slo.id() + ": error budget burn";
    md.append("# ").append(title).append("\n\n");
    md.append(slo.description()).append("\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Objective | ")
        .append(slo.objectiveText())
        .append(" of events good over a rolling ")
        .append(slo.periodText())
        .append(" |\n");
    md.append("| Error budget | ")
        .append(Numbers.format(slo.errorBudget()))
        .append(" of all events |\n");
    md.append("| Indicator | `").append(slo.sli().describe().replace("|", "\\|")).append("` |\n");
    if (!slo.groupBy().isEmpty()) {
      md.append("| One budget per | ").append(String.join(", ", slo.groupBy())).append(" |\n");
    }
    slo.owner().ifPresent(o -> md.append("| Owner | ").append(o).append(" |\n"));
    md.append("\n## Alerts\n\n");
    md.append(
        "Each alert fires while the error ratio over both its long and its short window is above factor x budget:\n");
    md.append(
        "the long window shows the burn is real, the short one that it is still going on.\n\n");
    md.append(
        "| Alert | Severity | Windows | Factor | Budget burnt when it fires | Budget gone in |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (BurnAlert pair : slo.alerts()) {
      String name =
          slo.alertPrefix()
              + "_BUDGET_BURN_"
              + pair.longWindow().toString().toUpperCase(java.util.Locale.ROOT);
      BigDecimal share =
          pair.budgetShare(slo.period())
              .multiply(BigDecimal.valueOf(100))
              .round(new MathContext(3));
      BigDecimal hours =
          BigDecimal.valueOf(slo.period().seconds() / 3600)
              .divide(pair.factor(), 1, RoundingMode.HALF_EVEN)
              .stripTrailingZeros();
      md.append("| `")
          .append(name)
          .append("` | ")
          .append(pair.severity().label())
          .append(" | ")
          .append(pair.longWindow())
          .append(" and ")
          .append(pair.shortWindow())
          .append(" | ")
          .append(Numbers.format(pair.factor()))
          .append(" | ")
          .append(Numbers.format(share))
          .append("% | ")
          .append(Numbers.format(hours))
          .append("h |\n");
    }
    md.append("| `")
        .append(slo.alertPrefix())
        .append("_SLI_NO_DATA` | warn | ")
        .append(SloRules.NO_DATA_FOR)
        .append(" without the 5m ratio | | | |\n");
    md.append("\n## What to do\n\n");
    md.append("1. Look at `slo:sli_error:ratio_rate5m{slo_service=\"")
        .append(slo.service())
        .append("\", slo_name=\"")
        .append(slo.name())
        .append("\"}`")
        .append(slo.groupBy().isEmpty() ? "" : " by " + String.join(", ", slo.groupBy()))
        .append(": when did it rise, and is it still high?\n");
    md.append(
            "2. Page alerts: something changed in the last hours. Check recent deploys, config changes and dependencies;")
        .append(" roll back first, investigate after.\n");
    md.append(
            "3. Warn alerts: a slow leak. Find the routes or instances that contribute most bad events and plan the fix;")
        .append(" `slo:period_error_budget_remaining:ratio` says how much budget is left for the ")
        .append(slo.periodText())
        .append(" period.\n");
    md.append(
            "4. No data: check that the service is scraped (`up`) and that the indicator's metrics still exist under")
        .append(" their names; burn-rate alerts cannot fire while it lasts.\n");
    md.append(
        "5. When the budget is spent, changes that risk reliability wait until it recovers.\n");
    return new Runbook("slo-" + slo.id().replace('_', '-'), title, md.toString());
  }
}
