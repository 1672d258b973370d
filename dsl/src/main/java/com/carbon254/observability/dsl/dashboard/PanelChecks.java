package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.DashboardChecks.problem;

import com.carbon254.observability.dsl.promql.Numbers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of one panel's content: queries, legends, standard options, thresholds, styles. */
final class PanelChecks {
  private static final Pattern LEGEND_LABEL = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}");
  private static final int MAX_DECIMALS = 10;

  private PanelChecks() {}

  static void check(String object, Panel panel) {
    String name = "panel '" + panel.title() + "': ";
    if (panel.targets().isEmpty()) {
      throw problem(object, name + "has no query; add one with .withTarget(expr, legendFormat)");
    }
    for (Target target : panel.targets()) {
      checkLegend(object, name, target);
    }
    checkStandard(object, name, panel.core().standard());
    checkThresholds(object, name, panel.core().thresholds());
    if (panel instanceof TimeseriesPanel timeseries) {
      checkTimeseries(object, name, timeseries);
    }
  }

  // A legend that names a label the query aggregates away renders as an empty series name.
  private static void checkLegend(String object, String name, Target target) {
    Matcher m = LEGEND_LABEL.matcher(target.legendFormat());
    while (m.find()) {
      String label = m.group(1);
      Set<String> carried = target.expr().labels();
      if (!label.startsWith("__") && !carried.contains(label)) {
        String has = carried.isEmpty() ? "it carries no labels" : "it carries: " + String.join(", ", new TreeSet<>(carried));
        throw problem(object, name + "legend '" + target.legendFormat() + "' of query " + target.refId() + " names label '"
            + label + "', which the query's result does not carry (" + has + "); name one of those labels,"
            + " or keep '" + label + "' in the query's aggregation");
      }
    }
  }

  private static void checkStandard(String object, String name, StandardOptions standard) {
    if (standard.unit().isBlank()) {
      throw problem(object, name + "unit is blank; pick one of Units, such as Units.SHORT");
    }
    for (var bound : List.of(standard.min(), standard.max())) {
      if (bound.isPresent() && !Double.isFinite(bound.getAsDouble())) {
        throw problem(object, name + "min and max must be finite numbers; drop the bound to let Grafana compute it");
      }
    }
    if (standard.min().isPresent() && standard.max().isPresent()
        && standard.min().getAsDouble() >= standard.max().getAsDouble()) {
      throw problem(object, name + "min " + Numbers.format(standard.min().getAsDouble()) + " is not below max "
          + Numbers.format(standard.max().getAsDouble()) + "; swap them or drop one");
    }
    if (standard.decimals().isPresent()
        && (standard.decimals().getAsInt() < 0 || standard.decimals().getAsInt() > MAX_DECIMALS)) {
      throw problem(object, name + "decimals " + standard.decimals().getAsInt() + " is outside 0.." + MAX_DECIMALS
          + "; use a count in that range");
    }
  }

  private static void checkThresholds(String object, String name, Thresholds thresholds) {
    Double previous = null;
    for (Thresholds.Step step : thresholds.steps()) {
      double value = step.value();
      if (!Double.isFinite(value)) {
        throw problem(object, name + "threshold step " + value + " is not a finite number; use a finite value");
      }
      if (thresholds.mode() == ThresholdsMode.PERCENTAGE && (value < 0 || value > 100)) {
        throw problem(object, name + "threshold step " + Numbers.format(value) + " is outside 0..100, but the thresholds"
            + " are percentages; use a percentage, or Thresholds.absolute(...)");
      }
      if (previous != null && value <= previous) {
        throw problem(object, name + "threshold steps must increase strictly, but " + Numbers.format(value) + " follows "
            + Numbers.format(previous) + "; list the steps from low to high, each value once");
      }
      previous = value;
    }
  }

  private static void checkTimeseries(String object, String name, TimeseriesPanel panel) {
    GraphStyle style = panel.graphStyle();
    if (style.lineWidth() < 0 || style.lineWidth() > 10) {
      throw problem(object, name + "line width " + style.lineWidth() + " is outside 0..10; use a width in that range");
    }
    if (style.fillOpacity() < 0 || style.fillOpacity() > 100) {
      throw problem(object, name + "fill opacity " + style.fillOpacity() + " is outside 0..100; use a percentage");
    }
    Set<ReducerId> calcs = new HashSet<>();
    for (ReducerId calc : panel.legend().calcs()) {
      if (!calcs.add(calc)) {
        throw problem(object, name + "legend lists " + calc.json() + " twice; list each calculation once");
      }
    }
  }
}
