package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.dashboard.Annotation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.SloView;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.DashboardRef;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The error-budget view of a domain, {@code dashboards/<domain>/slo_error_budgets.json}: one row
 * per SLO, built with {@link SloView} from the typed SLO, every panel reading the SLO's recordings
 * (never the raw series, so the view costs Prometheus what the rules already computed and shows
 * exactly what the alerts see). Every SLO alert links it in its {@code dashboard} annotation. The
 * bundle author writes no dashboard code: a bundle that declares SLOs gets it.
 */
public final class SloDashboards {
  private SloDashboards() {}

  /**
   * The seed names dashboards {@code <subject>_<focus>} ({@code gateway_overview}, {@code
   * clickhouse_health}) and calls these views "error budget burn charts" (its section 11): the
   * subject is the SLOs, the focus their error budgets.
   */
  public static final String FILE_NAME = "slo_error_budgets";

  /** {@code access-slo-error-budgets}: the uid in the dashboard's URL, {@code /d/<uid>}. */
  public static String uid(String domain) {
    return domain.replace('_', '-') + "-" + FILE_NAME.replace('_', '-');
  }

  /** What the alerts of the domain's SLOs link to. */
  public static DashboardRef ref(String domain) {
    return new DashboardRef(uid(domain));
  }

  /** The view of {@code slos}, all of one domain, in the order given. */
  public static Dashboard build(String domain, List<Slo> slos) {
    if (slos.isEmpty()) {
      throw new DefinitionException(
          DefinitionException.name("SLO dashboard", domain),
          "has no SLO to show; declare one with d.slo(...) or do not build the view");
    }
    String title = domain.substring(0, 1).toUpperCase(Locale.ROOT) + domain.substring(1);
    List<String> alertPatterns = new ArrayList<>();
    for (Slo slo : slos) {
      alertPatterns.add(slo.alertPrefix() + "_.*");
    }
    DashboardBuilder dashboard =
        new DashboardBuilder(title.replace('_', ' ') + " SLOs: error budgets")
            .uid(uid(domain))
            .description(
                "Per SLO of the "
                    + domain
                    + " domain: the SLI against its objective, the burn rate over every alert"
                    + " window, the SLI and the error budget left over the period, and the SLO's"
                    + " alerts. Generated from the bundle's SLOs; every panel reads the SLO"
                    + " recordings of slo-burn-rules.yaml.")
            .tags(domain, "slo")
            .time("now-7d", "now")
            .refresh("1m")
            .withLink(DashboardLink.dashboardsTagged(title + " dashboards", domain))
            .withAnnotation(Annotation.firingAlerts(String.join("|", alertPatterns)));
    for (Slo slo : slos) {
      SloRules rules = SloRules.of(slo);
      double budget = slo.errorBudget().doubleValue();
      SloView view =
          SloView.of(slo.id(), slo.objectiveRatio().doubleValue())
              .sli(rules.ratio(Window.minutes(5)).series().complement())
              .remainingBudget(rules.remainingBudget().series())
              .periodSli(slo.periodText(), rules.periodRatio().series().complement())
              .alerts(rules.alertNames().toArray(String[]::new))
              .alertList(slo.identity());
      for (Window w : slo.windows()) {
        view.burnRate(w.toString(), rules.ratio(w).series().div(budget));
      }
      if (!slo.groupBy().isEmpty()) {
        List<String> parts = new ArrayList<>();
        slo.groupBy().forEach(label -> parts.add("{{" + label + "}}"));
        view.legend(String.join(" ", parts));
      }
      view.addTo(dashboard);
      dashboard.withLink(DashboardLink.runbook("Runbook: SLO " + slo.id(), rules.runbook()));
    }
    return dashboard.build();
  }
}
