package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.DashboardChecks.problem;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.promql.Numbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks of one panel's content: queries and the data sources they fit, legends, units,
 * standard options, thresholds, mappings, overrides and styles.
 */
final class PanelChecks {
  private static final Pattern LEGEND_LABEL =
      Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}");
  private static final int MAX_DECIMALS = 10;

  private PanelChecks() {}

  static void check(String object, Panel panel) {
    String name = "panel '" + panel.title() + "': ";
    checkQueries(object, name, panel);
    for (Target target : panel.targets()) {
      if (target instanceof PrometheusTarget prometheus) {
        checkLegend(object, name, prometheus);
        checkExemplars(object, name, panel.options(), prometheus);
      }
    }
    PanelCore core = panel.core();
    checkUnit(object, name, core.standard().unit());
    checkStandard(object, name, core.standard());
    checkThresholds(object, name, core.thresholds());
    checkMappings(object, name, core.mappings());
    for (FieldOverride override : core.overrides()) {
      checkOverride(object, name, panel, override);
    }
    checkOptions(object, name, panel.options());
  }

  /**
   * No queries for text, alert list and dashboard list; at least one, of a fitting kind, for the
   * others.
   */
  private static void checkQueries(String object, String name, Panel panel) {
    PanelOptions options = panel.options();
    boolean queryless =
        options instanceof PanelOptions.Text
            || options instanceof PanelOptions.AlertList
            || options instanceof PanelOptions.DashboardList;
    if (queryless) {
      if (!panel.targets().isEmpty()) {
        throw problem(
            object,
            name
                + "a "
                + options.type()
                + " panel runs no queries, but has query "
                + panel.targets().get(0).refId()
                + "; drop its queries");
      }
      return;
    }
    if (panel.targets().isEmpty()) {
      throw problem(object, name + "has no query; add one with .withTarget(expr, legendFormat)");
    }
    Set<String> refIds = new HashSet<>();
    for (Target target : panel.targets()) {
      if (!refIds.add(target.refId())) {
        throw problem(
            object,
            name + "two queries have refId " + target.refId() + "; let the panel assign refIds");
      }
      String fits = fits(options, target);
      if (fits != null) {
        throw problem(
            object,
            name
                + "query "
                + target.refId()
                + " is a "
                + target.kind()
                + ", which a "
                + options.type()
                + " panel cannot show; "
                + fits);
      }
      Optional<Datasource> declared = panel.core().datasource();
      if (declared.isPresent() && declared.get() != target.datasource()) {
        throw problem(
            object,
            name
                + "query "
                + target.refId()
                + " is a "
                + target.kind()
                + ", but the panel reads "
                + declared.get().displayName()
                + "; drop .datasource(...) to let the panel read both (mixed), or move"
                + " the query to another panel");
      }
    }
  }

  /** Why a query does not fit a panel kind, with the fix; null when it fits. */
  private static String fits(PanelOptions options, Target target) {
    boolean logLines = target instanceof LokiTarget loki && !loki.query().metric();
    boolean traces = target instanceof TempoTarget;
    if (options instanceof PanelOptions.Logs) {
      return logLines
          ? null
          : "a logs panel shows Loki log queries only; move it to a time series panel";
    }
    if (options instanceof PanelOptions.Traces || options instanceof PanelOptions.NodeGraph) {
      return traces ? null : "it shows Tempo queries only; move it to a time series panel";
    }
    if (options instanceof PanelOptions.Table) {
      return null;
    }
    if (logLines) {
      return "count the lines with a Loki metric query (rate, count_over_time), or show them in a logs panel";
    }
    if (traces) {
      return "show traces in a traces or table panel";
    }
    return null;
  }

  // A legend that names a label the query aggregates away renders as an empty series name.
  private static void checkLegend(String object, String name, PrometheusTarget target) {
    if (target.expr().isEmpty()) {
      return;
    }
    Matcher m = LEGEND_LABEL.matcher(target.legendFormat());
    while (m.find()) {
      String label = m.group(1);
      Set<String> carried = target.expr().get().labels();
      if (!label.startsWith("__") && !carried.contains(label)) {
        String has =
            carried.isEmpty()
                ? "it carries no labels"
                : "it carries: " + String.join(", ", new TreeSet<>(carried));
        throw problem(
            object,
            name
                + "legend '"
                + target.legendFormat()
                + "' of query "
                + target.refId()
                + " names label '"
                + label
                + "', which the query's result does not carry ("
                + has
                + "); name one of those labels,"
                + " or keep '"
                + label
                + "' in the query's aggregation");
      }
    }
  }

  // Grafana draws exemplars on time series and heatmaps only; elsewhere the request costs a query.
  private static void checkExemplars(
      String object, String name, PanelOptions options, PrometheusTarget target) {
    boolean drawn =
        options instanceof PanelOptions.Timeseries || options instanceof PanelOptions.Heatmap;
    if (target.exemplar() && !drawn) {
      throw problem(
          object,
          name
              + "query "
              + target.refId()
              + " asks for exemplars, which a "
              + options.type()
              + " panel does not draw (time series and heatmaps do); drop .exemplars()");
    }
  }

  static void checkUnit(String object, String name, String unit) {
    if (unit.isBlank()) {
      throw problem(object, name + "unit is blank; pick one of Units, such as Units.SHORT");
    }
    if (Units.byId(unit).isEmpty()) {
      throw problem(
          object,
          name
              + "unit '"
              + unit
              + "' is not a Grafana unit id, and Grafana would print it as a"
              + " suffix; use one of Units, or Unit.suffix(\""
              + unit
              + "\") if a suffix is what you want");
    }
  }

  private static void checkStandard(String object, String name, StandardOptions standard) {
    for (var bound : List.of(standard.min(), standard.max())) {
      if (bound.isPresent() && !Double.isFinite(bound.getAsDouble())) {
        throw problem(
            object,
            name + "min and max must be finite numbers; drop the bound to let Grafana compute it");
      }
    }
    if (standard.min().isPresent()
        && standard.max().isPresent()
        && standard.min().getAsDouble() >= standard.max().getAsDouble()) {
      throw problem(
          object,
          name
              + "min "
              + Numbers.format(standard.min().getAsDouble())
              + " is not below max "
              + Numbers.format(standard.max().getAsDouble())
              + "; swap them or drop one");
    }
    if (standard.decimals().isPresent()) {
      checkDecimals(object, name, standard.decimals().getAsInt());
    }
    FieldColor color = standard.color();
    boolean needsColor =
        color.mode() == FieldColorModeId.FIXED || color.mode() == FieldColorModeId.SHADES;
    if (needsColor && color.fixedColor().isEmpty()) {
      throw problem(
          object,
          name
              + "color mode "
              + color.mode().json()
              + " needs a color; use FieldColor.fixed(color)"
              + " or FieldColor.shades(color)");
    }
  }

  private static void checkDecimals(String object, String name, int decimals) {
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw problem(
          object,
          name
              + "decimals "
              + decimals
              + " is outside 0.."
              + MAX_DECIMALS
              + "; use a count in that range");
    }
  }

  static void checkThresholds(String object, String name, Thresholds thresholds) {
    Double previous = null;
    for (Thresholds.Step step : thresholds.steps()) {
      double value = step.value();
      if (!Double.isFinite(value)) {
        throw problem(
            object,
            name + "threshold step " + value + " is not a finite number; use a finite value");
      }
      if (thresholds.mode() == ThresholdsMode.PERCENTAGE && (value < 0 || value > 100)) {
        throw problem(
            object,
            name
                + "threshold step "
                + Numbers.format(value)
                + " is outside 0..100, but the thresholds"
                + " are percentages; use a percentage, or Thresholds.absolute(...)");
      }
      if (previous != null && value <= previous) {
        throw problem(
            object,
            name
                + "threshold steps must increase strictly, but "
                + Numbers.format(value)
                + " follows "
                + Numbers.format(previous)
                + "; list the steps from low to high, each value once");
      }
      previous = value;
    }
  }

  private static void checkMappings(String object, String name, List<ValueMapping> mappings) {
    for (ValueMapping mapping : mappings) {
      if (mapping instanceof ValueMapping.Range range) {
        if (range.from().isEmpty() && range.to().isEmpty()) {
          throw problem(object, name + "a range mapping needs a lower or an upper bound; set one");
        }
        if (range.from().isPresent()
            && range.to().isPresent()
            && range.from().getAsDouble() > range.to().getAsDouble()) {
          throw problem(
              object,
              name
                  + "range mapping from "
                  + Numbers.format(range.from().getAsDouble())
                  + " to "
                  + Numbers.format(range.to().getAsDouble())
                  + " is empty; put the lower bound first");
        }
      } else if (mapping instanceof ValueMapping.Regex regex) {
        compile(object, name, "regex mapping", regex.pattern());
      }
      if (mapping.result().text().isEmpty() && mapping.result().color().isEmpty()) {
        throw problem(
            object,
            name
                + "a "
                + mapping.type()
                + " mapping shows neither a text nor a color; give it one");
      }
    }
  }

  private static Pattern compile(String object, String name, String what, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw problem(
          object,
          name
              + what
              + " '"
              + regex
              + "' is not a valid regular expression ("
              + e.getDescription()
              + "); fix it");
    }
  }

  private static void checkOverride(
      String object, String name, Panel panel, FieldOverride override) {
    FieldMatcher matcher = override.matcher();
    String which = "override " + matcher.id() + "('" + matcher.option() + "')";
    if (override.properties().isEmpty()) {
      throw problem(
          object, name + which + " sets nothing; add a property such as .unit(...) or drop it");
    }
    List<String> refIds = panel.targets().stream().map(Target::refId).toList();
    if (matcher instanceof FieldMatcher.ByQuery byQuery && !refIds.contains(byQuery.refId())) {
      throw problem(
          object,
          name
              + which
              + " matches no query (the panel's queries are "
              + (refIds.isEmpty() ? "none" : String.join(", ", refIds))
              + "); use one of those refIds");
    }
    FieldNames names = FieldNames.of(panel);
    if (matcher instanceof FieldMatcher.ByName byName && !names.mayBeNamed(byName.name())) {
      throw problem(
          object,
          name
              + which
              + " matches no field the queries return (they name their series "
              + names.describe()
              + "); use one of those names, or a byRegexp matcher");
    }
    if (matcher instanceof FieldMatcher.ByRegexp byRegexp) {
      Pattern regex = compile(object, name, which, byRegexp.regex());
      if (!names.mayMatch(regex)) {
        throw problem(
            object,
            name
                + which
                + " matches no field the queries return (they name their series "
                + names.describe()
                + "); fix the expression");
      }
    }
    if (matcher instanceof FieldMatcher.ByType byType && !names.types().contains(byType.type())) {
      throw problem(
          object,
          name
              + which
              + " matches no field: the queries return fields of type "
              + String.join(", ", names.types().stream().map(FieldType::json).sorted().toList())
              + "; use one of those types");
    }
    for (OverrideProperty property : override.properties()) {
      if (property instanceof OverrideProperty.UnitProperty unit) {
        checkUnit(object, name + which + ": ", unit.unit());
      } else if (property instanceof OverrideProperty.ThresholdsProperty thresholds) {
        checkThresholds(object, name + which + ": ", thresholds.thresholds());
      } else if (property instanceof OverrideProperty.Mappings mappings) {
        checkMappings(object, name + which + ": ", mappings.mappings());
      } else if (property instanceof OverrideProperty.Decimals decimals) {
        checkDecimals(object, name + which + ": ", decimals.value());
      } else if (property instanceof OverrideProperty.LineWidth width) {
        range(object, name + which + ": line width", width.value(), 0, 10);
      } else if (property instanceof OverrideProperty.FillOpacity opacity) {
        range(object, name + which + ": fill opacity", opacity.value(), 0, 100);
      }
    }
  }

  /**
   * What the panel's queries name their fields, as far as the model knows: a literal legend is the
   * name; a legend with {{label}} templates is a pattern; an automatic legend, a display name and
   * Loki or Tempo queries could name fields anything.
   */
  private record FieldNames(
      List<String> literals, List<Pattern> patterns, boolean open, Set<FieldType> types) {
    static FieldNames of(Panel panel) {
      List<String> literals = new ArrayList<>();
      List<Pattern> patterns = new ArrayList<>();
      boolean open = panel.core().standard().displayName().isPresent();
      Set<FieldType> types = new TreeSet<>();
      for (Target target : panel.targets()) {
        types.add(FieldType.NUMBER);
        types.add(FieldType.TIME);
        if (target instanceof PrometheusTarget prometheus) {
          if (prometheus.format() == QueryFormat.TABLE) {
            types.add(FieldType.STRING);
            literals.add("Time");
            literals.add("Value");
            literals.add("Value #" + prometheus.refId());
            if (prometheus.expr().isPresent()) {
              literals.addAll(new TreeSet<>(prometheus.expr().get().labels()));
            } else {
              open = true;
            }
          }
          String legend = prometheus.legendFormat();
          if (legend.equals(Target.AUTO_LEGEND) || legend.isEmpty()) {
            open = true;
          } else if (LEGEND_LABEL.matcher(legend).find()) {
            patterns.add(legendPattern(legend));
          } else {
            literals.add(legend);
          }
        } else {
          open = true;
          types.addAll(allTypes());
        }
      }
      return new FieldNames(literals, patterns, open, types);
    }

    private static Set<FieldType> allTypes() {
      return new TreeSet<>(List.of(FieldType.values()));
    }

    private static Pattern legendPattern(String legend) {
      StringBuilder regex = new StringBuilder();
      Matcher m = LEGEND_LABEL.matcher(legend);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(legend.substring(last, m.start()))).append(".*");
        last = m.end();
      }
      return Pattern.compile(
          regex.append(Pattern.quote(legend.substring(last))).toString(), Pattern.DOTALL);
    }

    boolean mayBeNamed(String name) {
      return open
          || literals.contains(name)
          || patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    boolean mayMatch(Pattern regex) {
      return open
          || !patterns.isEmpty()
          || literals.stream().anyMatch(l -> regex.matcher(l).find());
    }

    String describe() {
      List<String> all = new ArrayList<>(literals.stream().map(l -> "'" + l + "'").toList());
      patterns.forEach(p -> all.add("by a legend template"));
      return all.isEmpty() ? "nothing" : String.join(", ", all);
    }
  }

  private static void range(String object, String what, double value, double min, double max) {
    if (value < min || value > max) {
      throw problem(
          object,
          what
              + " "
              + Numbers.format(value)
              + " is outside "
              + Numbers.format(min)
              + ".."
              + Numbers.format(max)
              + "; use a value in that range");
    }
  }

  private static void checkOptions(String object, String name, PanelOptions options) {
    if (options instanceof PanelOptions.Timeseries timeseries) {
      GraphStyle style = timeseries.style();
      if (style.lineWidth() < 0 || style.lineWidth() > 10) {
        throw problem(
            object,
            name
                + "line width "
                + style.lineWidth()
                + " is outside 0..10; use a width in that range");
      }
      if (style.fillOpacity() < 0 || style.fillOpacity() > 100) {
        throw problem(
            object,
            name + "fill opacity " + style.fillOpacity() + " is outside 0..100; use a percentage");
      }
      range(object, name + "point size", style.pointSize(), 1, 40);
      if (style.logBase() != 0 && style.logBase() != 2 && style.logBase() != 10) {
        throw problem(
            object,
            name + "log scale base " + style.logBase() + " is neither 2 nor 10; use one of those");
      }
      checkLegendCalcs(object, name, timeseries.legend());
    } else if (options instanceof PanelOptions.BarChart bar) {
      range(object, name + "group width", bar.groupWidth(), 0, 1);
      range(object, name + "bar width", bar.barWidth(), 0, 1);
      range(object, name + "tick label rotation", bar.xTickLabelRotation(), -90, 90);
      range(object, name + "fill opacity", bar.fillOpacity(), 0, 100);
      checkLegendCalcs(object, name, bar.legend());
    } else if (options instanceof PanelOptions.Heatmap heatmap) {
      checkUnit(object, name + "y axis: ", heatmap.yAxisUnit());
      range(object, name + "color steps", heatmap.steps(), 2, 128);
      range(object, name + "cell gap", heatmap.cellGap(), 0, 25);
    } else if (options instanceof PanelOptions.Histogram histogram) {
      if (histogram.bucketCount().isPresent()) {
        range(object, name + "bucket count", histogram.bucketCount().getAsInt(), 1, 1000);
      }
      if (histogram.bucketSize().isPresent() && !(histogram.bucketSize().getAsDouble() > 0)) {
        throw problem(object, name + "bucket size must be above 0; use a positive width");
      }
      range(object, name + "fill opacity", histogram.fillOpacity(), 0, 100);
    } else if (options instanceof PanelOptions.StateTimeline timeline) {
      range(object, name + "row height", timeline.rowHeight(), 0, 1);
      range(object, name + "fill opacity", timeline.fillOpacity(), 0, 100);
    } else if (options instanceof PanelOptions.StatusHistory history) {
      range(object, name + "row height", history.rowHeight(), 0, 1);
      range(object, name + "column width", history.colWidth(), 0, 1);
      range(object, name + "fill opacity", history.fillOpacity(), 0, 100);
    } else if (options instanceof PanelOptions.NodeGraph graph) {
      for (Optional<String> unit :
          List.of(
              graph.nodeMainStatUnit(),
              graph.nodeSecondaryStatUnit(),
              graph.edgeMainStatUnit(),
              graph.edgeSecondaryStatUnit())) {
        unit.ifPresent(u -> checkUnit(object, name + "node graph: ", u));
      }
    } else if (options instanceof PanelOptions.AlertList alerts) {
      range(object, name + "max items", alerts.maxItems(), 1, 1000);
    } else if (options instanceof PanelOptions.DashboardList list) {
      range(object, name + "max items", list.maxItems(), 1, 1000);
    } else if (options instanceof PanelOptions.Text text && text.content().isBlank()) {
      throw problem(object, name + "text panel is empty; give it content with .markdown(...)");
    }
  }

  private static void checkLegendCalcs(String object, String name, Legend legend) {
    Set<ReducerId> calcs = new HashSet<>();
    for (ReducerId calc : legend.calcs()) {
      if (!calcs.add(calc)) {
        throw problem(
            object, name + "legend lists " + calc.json() + " twice; list each calculation once");
      }
    }
  }
}
