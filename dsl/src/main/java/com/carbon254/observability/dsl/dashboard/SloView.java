package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The view of one SLO, from plain inputs so the SLO model can fill it: the SLI (share of good
 * events, 0..1) against the objective, the burn rate per alert window, the error budget left, and
 * the state of the SLO's alerts.
 *
 * <pre>{@code
 * SloView.of("Gateway availability", 0.999)
 *     .sli(availability30d)
 *     .burnRate("5m", burn5m).burnRate("1h", burn1h)
 *     .remainingBudget(budgetLeft)
 *     .alerts("ALERT_GATEWAY_SLO_FAST_BURN", "ALERT_GATEWAY_SLO_SLOW_BURN")
 *     .addTo(dashboard);
 * }</pre>
 */
public final class SloView {
  private final String name;
  private final double objective;
  private Expr sli;
  private final Map<String, Expr> burnRates = new LinkedHashMap<>();
  private Expr remainingBudget;
  private List<String> alerts = List.of();

  private SloView(String name, double objective) {
    this.name = Objects.requireNonNull(name, "name");
    this.objective = objective;
  }

  /** {@code objective} is the target share of good events, e.g. 0.999. */
  public static SloView of(String name, double objective) {
    return new SloView(name, objective);
  }

  public SloView sli(Expr sli) {
    this.sli = Objects.requireNonNull(sli, "sli");
    return this;
  }

  /** The burn rate over one window (1 spends the budget exactly over the SLO period). */
  public SloView burnRate(String window, Expr burnRate) {
    burnRates.put(
        Objects.requireNonNull(window, "window"), Objects.requireNonNull(burnRate, "burnRate"));
    return this;
  }

  /**
   * Share of the error budget left over the SLO period, 1 when untouched, below 0 when overspent.
   */
  public SloView remainingBudget(Expr remainingBudget) {
    this.remainingBudget = Objects.requireNonNull(remainingBudget, "remainingBudget");
    return this;
  }

  /** The alerts that page or warn on this SLO, by name. */
  public SloView alerts(String... alertNames) {
    this.alerts = List.copyOf(Arrays.asList(alertNames));
    return this;
  }

  public DashboardBuilder addTo(DashboardBuilder dashboard) {
    return dashboard.withElements(elements());
  }

  public List<DashboardElement> elements() {
    String object = DefinitionException.name("SLO view", name);
    if (sli == null || remainingBudget == null || burnRates.isEmpty()) {
      throw new DefinitionException(
          object,
          "needs the SLI, at least one burn rate and the remaining budget; set"
              + " them with .sli(...), .burnRate(window, expr) and .remainingBudget(...)");
    }
    if (!(objective > 0 && objective < 1)) {
      throw new DefinitionException(
          object,
          "objective "
              + Numbers.format(objective)
              + " is not a share between 0 and"
              + " 1; write 99.9% as 0.999");
    }
    String objectiveText = Numbers.format(objective * 100) + "%";
    List<DashboardElement> elements = new ArrayList<>();
    elements.add(new RowBuilder("SLO: " + name).build());
    elements.add(
        new TimeseriesPanelBuilder(name + " SLI")
            .description(
                "Share of good events against the "
                    + objectiveText
                    + " objective; below the line the"
                    + " error budget is being spent.")
            .withTarget(sli, "SLI")
            .unit(Units.PERCENT_UNIT)
            .decimals(3)
            .thresholds(Thresholds.absolute(Color.RED).step(objective, Color.GREEN))
            .thresholdsStyle(GraphThresholdsStyleMode.LINE)
            .span(12)
            .build());
    TimeseriesPanelBuilder burn =
        new TimeseriesPanelBuilder(name + " burn rate")
            .description(
                "How fast the error budget burns, per alert window: 1 spends it exactly over the SLO period.")
            .unit(Units.NONE)
            .min(0)
            .thresholds(Thresholds.absolute(Color.GREEN).step(1, Color.RED))
            .span(12);
    burnRates.forEach((window, expr) -> burn.withTarget(expr, window));
    elements.add(burn.build());
    elements.add(
        new StatPanelBuilder(name + " error budget left")
            .description("Share of the error budget left over the SLO period.")
            .withTarget(remainingBudget, "budget left")
            .unit(Units.PERCENT_UNIT)
            .decimals(1)
            .graphMode(BigValueGraphMode.NONE)
            .colorMode(BigValueColorMode.BACKGROUND)
            .thresholds(
                Thresholds.absolute(Color.RED).step(0, Color.ORANGE).step(0.25, Color.GREEN))
            .span(6)
            .build());
    if (!alerts.isEmpty()) {
      String names = String.join("|", alerts);
      elements.add(
          new StateTimelinePanelBuilder(name + " alerts")
              .description("When the SLO's alerts fired: " + String.join(", ", alerts) + ".")
              .withTarget(
                  PrometheusQuery.raw(
                          "max by (alertname) (ALERTS{alertstate=\"firing\", alertname=~\""
                              + names
                              + "\"})")
                      .legend("{{alertname}}"))
              .mappings(
                  ValueMapping.value(
                      "1", ValueMapping.MappingResult.text("firing").color(Color.RED)),
                  ValueMapping.special(
                      SpecialValue.NULL, ValueMapping.MappingResult.text("ok").color(Color.GREEN)))
              .noValue("no alert fired")
              .span(18)
              .build());
    }
    return elements;
  }
}
