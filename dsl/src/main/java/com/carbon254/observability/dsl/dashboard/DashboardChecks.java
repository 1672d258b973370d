package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a whole dashboard: its settings, its variables and every reference to them, and
 * then each panel ({@link PanelChecks}) and the grid ({@link GridChecks}). Messages name the
 * dashboard by uid and the panel by title; the build adds the bundle.
 */
final class DashboardChecks {
  private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_-]{1,40}");
  private static final Pattern RELATIVE_TIME =
      Pattern.compile("now(?:-[1-9][0-9]*[smhdwMy])?(?:/[smhdwMy])?");
  private static final Pattern INTERVAL = Pattern.compile("([1-9][0-9]*)([smhdwMy])");
  private static final Pattern VARIABLE_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  // Grafana's default min_refresh_interval: a shorter refresh is silently raised to it.
  private static final int MIN_REFRESH_SECONDS = 5;

  private DashboardChecks() {}

  static void check(Dashboard d) {
    String object = DefinitionException.name("dashboard", d.uid() == null ? d.title() : d.uid());
    if (d.uid() == null) {
      throw problem(
          object,
          "has no uid; set .uid(...) to a stable id of 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'");
    }
    if (!UID.matcher(d.uid()).matches()) {
      throw problem(
          object,
          "uid must be 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'; shorten it or replace the"
              + " other characters with '-'");
    }
    if (d.title().isBlank()) {
      throw problem(object, "title is blank; give the dashboard a title");
    }
    checkTags(object, d.tags());
    checkTime(object, "from", d.time().from());
    checkTime(object, "to", d.time().to());
    if (secondsAgo(d.time().from()) >= 0
        && secondsAgo(d.time().to()) >= 0
        && secondsAgo(d.time().from()) <= secondsAgo(d.time().to())) {
      throw problem(
          object,
          "time range from '"
              + d.time().from()
              + "' to '"
              + d.time().to()
              + "' runs backwards or is empty; put the earlier time first, as in time(\"now-6h\", \"now\")");
    }
    checkRefresh(object, d.refresh(), d.timePicker());
    if (!d.timezone().equals("utc")
        && !d.timezone().equals("browser")
        && !ZoneId.getAvailableZoneIds().contains(d.timezone())) {
      throw problem(
          object,
          "timezone '"
              + d.timezone()
              + "' is unknown; use 'utc', 'browser' or an IANA zone such as"
              + " 'Europe/Berlin'");
    }
    Map<String, Variable> variables = checkVariables(object, d.variables());
    References refs = new References(object, variables);
    for (DashboardLink link : d.links()) {
      refs.check("dashboard link '" + link.title() + "'", link.title() + "\n" + link.url(), false);
    }
    for (Annotation annotation : d.annotations()) {
      refs.check("annotation '" + annotation.name() + "'", annotation.query(), false);
    }
    checkTitles(object, d.allItems());
    for (GridItem item : d.allItems()) {
      if (item.element() instanceof Row row) {
        refs.check("row '" + row.title() + "'", row.title(), false);
        row.repeat()
            .ifPresent(v -> checkRepeat(object, "row '" + row.title() + "': ", v, variables));
      } else if (item.element() instanceof Panel panel) {
        PanelChecks.check(object, panel);
        checkPanelReferences(refs, panel);
        panel
            .core()
            .repeat()
            .ifPresent(
                r ->
                    checkRepeat(
                        object, "panel '" + panel.title() + "': ", r.variable(), variables));
      }
    }
    GridChecks.check(object, d.panels());
  }

  private static void checkTags(String object, List<String> tags) {
    Set<String> seen = new HashSet<>();
    for (String tag : tags) {
      if (tag.isBlank()) {
        throw problem(object, "a tag is blank; drop it");
      }
      if (!seen.add(tag)) {
        throw problem(object, "tag '" + tag + "' is listed twice; list each tag once");
      }
    }
  }

  private static void checkTime(String object, String end, String value) {
    if (!RELATIVE_TIME.matcher(value).matches()) {
      throw problem(
          object,
          "time range "
              + end
              + " '"
              + value
              + "' is not a relative time; use 'now', 'now-<n><unit>'"
              + " with unit s, m, h, d, w, M or y, optionally rounded as in 'now-1d/d'");
    }
  }

  private static final Pattern SIMPLE_RELATIVE = Pattern.compile("now(-([0-9]{1,9})([smhdw]))?");

  /**
   * How far back a plain relative time lies, or -1 for forms that are not compared (rounded,
   * months).
   */
  private static long secondsAgo(String time) {
    Matcher m = SIMPLE_RELATIVE.matcher(time);
    if (!m.matches()) {
      return -1;
    }
    if (m.group(1) == null) {
      return 0;
    }
    long unit =
        switch (m.group(3)) {
          case "s" -> 1;
          case "m" -> 60;
          case "h" -> 3600;
          case "d" -> 86400;
          default -> 7 * 86400;
        };
    return Long.parseLong(m.group(2)) * unit;
  }

  /** The refresh must be one the picker offers: Grafana would show another as a blank choice. */
  private static void checkRefresh(String object, String refresh, TimePicker picker) {
    for (String offered : picker.refreshIntervals()) {
      Matcher m = INTERVAL.matcher(offered);
      boolean valid =
          m.matches()
              && (!m.group(2).equals("s") || Long.parseLong(m.group(1)) >= MIN_REFRESH_SECONDS);
      if (!valid) {
        throw problem(
            object,
            "time picker refresh interval '"
                + offered
                + "' is not an interval of "
                + MIN_REFRESH_SECONDS
                + "s or more; use one such as '30s', '1m' or '5m'");
      }
    }
    if (!refresh.isEmpty() && !picker.refreshIntervals().contains(refresh)) {
      throw problem(
          object,
          "refresh '"
              + refresh
              + "' is not offered by the time picker ("
              + String.join(", ", picker.refreshIntervals())
              + "); use one of those, or offer it with"
              + " .timePicker(TimePicker.refreshIntervals(...))");
    }
  }

  private static Map<String, Variable> checkVariables(String object, List<Variable> variables) {
    Map<String, Variable> declared = new LinkedHashMap<>();
    for (Variable variable : variables) {
      String name = "variable '" + variable.name() + "': ";
      if (!VARIABLE_NAME.matcher(variable.name()).matches() || variable.name().startsWith("__")) {
        throw problem(
            object,
            name
                + "a variable name is letters, digits and '_', not starting with a digit or"
                + " '__' (Grafana's own); rename it");
      }
      if (declared.containsKey(variable.name())) {
        throw problem(object, name + "is declared twice; declare each variable once");
      }
      // A chained variable reads the ones declared before it; Grafana resolves them in that order.
      new References(object, declared)
          .check("variable '" + variable.name() + "'", String.join("\n", variable.texts()), false);
      if (variable instanceof QueryVariable query
          && !query.selector().labels().contains(query.labelName())) {
        throw problem(
            object,
            name
                + "reads the values of label '"
                + query.labelName()
                + "', which "
                + query.selector().promql()
                + " does not carry; use one of its labels: "
                + String.join(", ", new java.util.TreeSet<>(query.selector().labels())));
      }
      if (variable instanceof CustomVariable custom && custom.values().isEmpty()) {
        throw problem(object, name + "has no values; list at least one");
      }
      if (variable instanceof IntervalVariable interval) {
        if (interval.intervals().isEmpty()) {
          throw problem(object, name + "offers no interval; list at least one, such as '1m'");
        }
        for (String value : interval.intervals()) {
          if (!INTERVAL.matcher(value).matches()) {
            throw problem(
                object,
                name
                    + "interval '"
                    + value
                    + "' is not a duration such as '30s', '5m' or '1h'; fix it");
          }
        }
      }
      declared.put(variable.name(), variable);
    }
    return declared;
  }

  private static void checkRepeat(
      String object, String name, String variable, Map<String, Variable> variables) {
    Variable declared = variables.get(variable);
    if (declared == null) {
      throw problem(
          object,
          name
              + "repeats by variable '"
              + variable
              + "', which is not declared; declare it with"
              + " .withVariable(...)");
    }
    if (!declared.multiValue() && !declared.includesAll()) {
      throw problem(
          object,
          name
              + "repeats by variable '"
              + variable
              + "', which takes one value only, so there would"
              + " only ever be one copy; make it .multi() or .includeAll(), or drop the repeat");
    }
  }

  private static void checkPanelReferences(References refs, Panel panel) {
    String name = "panel '" + panel.title() + "'";
    PanelCore core = panel.core();
    refs.check(name, core.title() + "\n" + core.description(), false);
    for (Target target : core.targets()) {
      refs.check(name + ": query " + target.refId(), String.join("\n", target.texts()), false);
    }
    core.standard()
        .displayName()
        .ifPresent(display -> refs.check(name + ": display name", display, true));
    List<DataLink> links = new ArrayList<>(core.links());
    for (FieldOverride override : core.overrides()) {
      for (OverrideProperty property : override.properties()) {
        if (property instanceof OverrideProperty.Links more) {
          links.addAll(more.links());
        } else if (property instanceof OverrideProperty.DisplayName display) {
          refs.check(name + ": display name", display.value(), true);
        }
      }
    }
    for (DashboardLink link : core.panelLinks()) {
      refs.check(
          name + ": panel link '" + link.title() + "'", link.title() + "\n" + link.url(), false);
    }
    for (DataLink link : links) {
      refs.check(
          name + ": data link '" + link.title() + "'", link.title() + "\n" + link.url(), true);
    }
    if (panel.options() instanceof PanelOptions.Text text) {
      refs.check(name, text.content(), false);
    }
  }

  /** Checks that each variable reference of a text resolves, naming where it was found. */
  private record References(String object, Map<String, Variable> variables) {
    void check(String where, String text, boolean linkContext) {
      for (VariableRefs.Ref ref : VariableRefs.find(text)) {
        String base =
            ref.name().contains(".") && !ref.name().startsWith("__")
                ? ref.name().substring(0, ref.name().indexOf('.'))
                : ref.name();
        boolean known =
            variables.containsKey(base)
                || VariableRefs.isBuiltIn(ref.name())
                || (linkContext && VariableRefs.isLinkVariable(ref.name()));
        if (!known) {
          if (ref.name().startsWith("__") && linkContext) {
            throw problem(
                object,
                where
                    + " uses '"
                    + ref.text()
                    + "', which is neither one of Grafana's link variables"
                    + " (${__field.labels.<label>}, ${__field.name}, ${__series.name}, ${__value.raw}, ${__value.time},"
                    + " ${__from}, ${__to}, ...) nor a dashboard variable; fix the name");
          }
          throw problem(
              object,
              where
                  + " uses '"
                  + ref.text()
                  + "', but no variable '"
                  + ref.name()
                  + "' is declared"
                  + " (declared: "
                  + (variables.isEmpty() ? "none" : String.join(", ", variables.keySet()))
                  + "); declare it with .withVariable(...), fix the name, or use a built-in such as $__rate_interval");
        }
        if (!VariableRefs.isFormat(ref.format())) {
          throw problem(
              object,
              where
                  + " uses '"
                  + ref.text()
                  + "' with format '"
                  + ref.format()
                  + "', which Grafana"
                  + " does not know; use one of "
                  + String.join(", ", new java.util.TreeSet<>(VariableRefs.FORMATS)));
        }
      }
    }
  }

  // People find a panel by its row and title, so two equal titles in one row make them ambiguous;
  // the same title under two rows ("p95" under Gateway and under Streaming) is the usual pattern.
  private static void checkTitles(String object, List<GridItem> items) {
    Set<String> panels = new HashSet<>();
    Set<String> rows = new HashSet<>();
    String currentRow = "";
    for (GridItem item : items) {
      String title = item.element().title();
      boolean row = item.element() instanceof Row;
      String kind = row ? "row" : "panel";
      if (title.isBlank()) {
        throw problem(
            object,
            "the "
                + kind
                + " with id "
                + item.id()
                + " has a blank title; give every "
                + kind
                + " a title");
      }
      if (row) {
        currentRow = title;
      }
      if (!(row ? rows.add(title) : panels.add(currentRow + "\n" + title))) {
        throw problem(
            object,
            "two "
                + kind
                + "s are titled '"
                + title
                + "'"
                + (row ? "" : " in the same row")
                + "; give each "
                + kind
                + " its own title");
      }
    }
  }

  static DefinitionException problem(String object, String problem) {
    return new DefinitionException(object, problem);
  }
}
