package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The USE view of a resource (Brendan Gregg's method): utilisation (share of time busy, 0..1),
 * saturation (work waiting) and errors, each a typed query from the catalog.
 *
 * <pre>{@code
 * Use.of("Node CPU").legend("{{instance}}")
 *     .utilisation(cpuBusyRatio).saturation(loadPerCpu, Units.SHORT).errors(throttled, Units.OPS_PER_SECOND)
 *     .addTo(dashboard);
 * }</pre>
 */
public final class Use {
  private final String resource;
  private String legend = Target.AUTO_LEGEND;
  private Expr utilisation;
  private Expr saturation;
  private Unit saturationUnit = Units.SHORT;
  private Expr errors;
  private Unit errorsUnit = Units.OPS_PER_SECOND;
  private double utilisationWarning = 0.8;

  private Use(String resource) {
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  public static Use of(String resource) {
    return new Use(resource);
  }

  /** Names the series, e.g. {@code {{instance}}}. */
  public Use legend(String legend) {
    this.legend = Objects.requireNonNull(legend, "legend");
    return this;
  }

  /** Share of time the resource is busy, 0..1. */
  public Use utilisation(Expr ratio) {
    this.utilisation = Objects.requireNonNull(ratio, "ratio");
    return this;
  }

  /** Utilisation above this share turns orange (red at 95%); default 0.8. */
  public Use utilisationWarning(double share) {
    this.utilisationWarning = share;
    return this;
  }

  /** Work the resource could not serve yet: queue length, load per CPU, waiting time. */
  public Use saturation(Expr expr, Unit unit) {
    this.saturation = Objects.requireNonNull(expr, "expr");
    this.saturationUnit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  public Use errors(Expr expr, Unit unit) {
    this.errors = Objects.requireNonNull(expr, "expr");
    this.errorsUnit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  public DashboardBuilder addTo(DashboardBuilder dashboard) {
    return dashboard.withElements(elements());
  }

  public List<DashboardElement> elements() {
    String object = DefinitionException.name("USE view", resource);
    if (utilisation == null || saturation == null || errors == null) {
      throw new DefinitionException(
          object,
          "needs utilisation, saturation and errors; set each with"
              + " .utilisation(...), .saturation(...) and .errors(...)");
    }
    List<DashboardElement> elements = new ArrayList<>();
    elements.add(new RowBuilder(resource + ": utilisation, saturation, errors").build());
    elements.add(
        new TimeseriesPanelBuilder(resource + " utilisation")
            .description("Share of time " + resource + " is busy.")
            .withTarget(utilisation, legend)
            .unit(Units.PERCENT_UNIT)
            .min(0)
            .max(1)
            .thresholds(
                Thresholds.absolute(Color.GREEN)
                    .step(utilisationWarning, Color.ORANGE)
                    .step(0.95, Color.RED))
            .build());
    elements.add(
        new TimeseriesPanelBuilder(resource + " saturation")
            .description("Work " + resource + " could not serve yet.")
            .withTarget(saturation, legend)
            .unit(saturationUnit)
            .min(0)
            .build());
    elements.add(
        new TimeseriesPanelBuilder(resource + " errors")
            .description("Errors of " + resource + ".")
            .withTarget(errors, legend)
            .unit(errorsUnit)
            .min(0)
            .build());
    return elements;
  }
}
