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
 * events, 0..1) against the objective, the burn rate per alert window, the error budget left, the
 * SLI over the whole period, and the state of the SLO's alerts.
 *
 * <pre>{@code
 * SloView.of("Gateway availability", 0.999)
 *     .sli(availability5m)
 *     .burnRate("5m", burn5m).burnRate("1h", burn1h)
 *     .remainingBudget(budgetLeft)
 *     .periodSli("30d", availability30d)
 *     .alerts("ALERT_GATEWAY_SLO_FAST_BURN", "ALERT_GATEWAY_SLO_SLOW_BURN")
 *     .alertList(Map.of("slo_service", "gateway", "slo_name", "availability"))
 *     .addTo(dashboard);
 * }</pre>
 *
 * <p>A row holds the SLI and the burn rates side by side, then the period's SLI, the budget left
 * and the alert list, then when the alerts fired.
 */
public final class SloView {
  private final String name;
  private final double objective;
  private Expr sli;
  private final Map<String, Expr> burnRates = new LinkedHashMap<>();
  private Expr remainingBudget;
  private List<String> alerts = List.of();
  private String period;
  private Expr periodSli;
  private Map<String, String> alertLabels;
  private String legend;

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

  /**
   * The share of good events over the whole SLO period (e.g. {@code "30d"}), shown as one number
   * against the objective: whether the SLO is met right now.
   */
  public SloView periodSli(String period, Expr periodSli) {
    this.period = Objects.requireNonNull(period, "period");
    this.periodSli = Objects.requireNonNull(periodSli, "periodSli");
    return this;
  }

  /**
   * Lists the alerts whose instances carry all these labels (Grafana's alert list, which shows
   * pending and firing alerts with their age), e.g. the SLO's identity labels.
   */
  public SloView alertList(Map<String, String> labels) {
    if (labels.isEmpty()) {
      throw new DefinitionException(
          DefinitionException.name("SLO view", name),
          "an alert list needs at least one label to filter on; pass the SLO's identity labels");
    }
    this.alertLabels = new java.util.TreeMap<>(labels);
    return this;
  }

  /**
   * The legend of every series, e.g. {@code "{{route}}"} for an SLO with one budget per route; burn
   * rates prefix it with their window. Default: "SLI" and the window.
   */
  public SloView legend(String legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
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
            .withTarget(sli, legend == null ? "SLI" : legend)
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
    burnRates.forEach(
        (window, expr) -> burn.withTarget(expr, legend == null ? window : window + " " + legend));
    elements.add(burn.build());
    int used = 0;
    if (periodSli != null) {
      elements.add(
          new StatPanelBuilder(name + " SLI over " + period)
              .description(
                  "Share of good events over the last "
                      + period
                      + ", every event weighing the same, against the "
                      + objectiveText
                      + " objective.")
              .withTarget(periodSli, legend == null ? "SLI " + period : legend)
              .unit(Units.PERCENT_UNIT)
              .decimals(3)
              .graphMode(BigValueGraphMode.NONE)
              .colorMode(BigValueColorMode.BACKGROUND)
              .thresholds(Thresholds.absolute(Color.RED).step(objective, Color.GREEN))
              .span(6)
              .build());
      used += 6;
    }
    elements.add(
        new StatPanelBuilder(name + " error budget left")
            .description("Share of the error budget left over the SLO period.")
            .withTarget(remainingBudget, legend == null ? "budget left" : legend)
            .unit(Units.PERCENT_UNIT)
            .decimals(1)
            .graphMode(BigValueGraphMode.NONE)
            .colorMode(BigValueColorMode.BACKGROUND)
            .thresholds(
                Thresholds.absolute(Color.RED).step(0, Color.ORANGE).step(0.25, Color.GREEN))
            .span(6)
            .build());
    used += 6;
    if (alertLabels != null) {
      List<String> matchers = new ArrayList<>();
      alertLabels.forEach((label, value) -> matchers.add(label + "=\"" + value + "\""));
      elements.add(
          new AlertListPanelBuilder(name + " alert state")
              .description(
                  "Pending and firing alerts of this SLO: instances labelled "
                      + String.join(", ", matchers)
                      + ".")
              .labelFilter("{" + String.join(", ", matchers) + "}")
              .span(24 - used)
              .build());
      used = 24;
    }
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
              .span(used < 24 ? 24 - used : 24)
              .build());
    }
    return elements;
  }
}
