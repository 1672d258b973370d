package com.carbon254.observability.dsl.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rendered Grafana dashboard: its panels by title (rows flattened, each panel knowing its row)
 * and its template variables. Ids and grid positions are kept apart from what a panel shows, so a
 * panel that only moved compares equal. {@code settings} is the rest of the dashboard (time range,
 * refresh, tags, links) without panels, variables and Grafana's bookkeeping (id, version).
 */
public record RenderedDashboard(
    String path,
    String uid,
    String title,
    List<Panel> panels,
    List<Variable> variables,
    JsonNode settings) {
  public RenderedDashboard {
    panels = List.copyOf(panels);
    variables = List.copyOf(variables);
  }

  /**
   * One panel. {@code settings} is the panel's JSON without what only places it (id, gridPos) and
   * without its queries, which are compared apart.
   */
  public record Panel(
      String title,
      String row,
      String type,
      String unit,
      List<Query> queries,
      List<String> thresholds,
      JsonNode settings,
      String text) {
    public Panel {
      queries = List.copyOf(queries);
      thresholds = List.copyOf(thresholds);
    }

    /**
     * Template variables the panel refers to anywhere ({@code $job}, {@code ${job}}, {@code
     * [[job]]}).
     */
    public Set<String> variablesUsed() {
      Set<String> used = new TreeSet<>();
      java.util.regex.Matcher m = VARIABLE_USE.matcher(text);
      while (m.find()) {
        used.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
      }
      return used;
    }

    public Set<String> metricNames() {
      Set<String> names = new TreeSet<>();
      queries.forEach(q -> names.addAll(q.metricNames()));
      return names;
    }
  }

  /** A panel query: what it asks, the metrics it reads, and how its series are named. */
  public record Query(
      String refId,
      String expr,
      Set<String> metricNames,
      List<PromExpr.Selector> selectors,
      String legend) {
    public Query {
      metricNames = new TreeSet<>(metricNames);
      selectors = List.copyOf(selectors);
    }
  }

  public record Variable(String name, String type, String query) {}

  private static final java.util.regex.Pattern VARIABLE_USE =
      java.util.regex.Pattern.compile(
          "\\$\\{([A-Za-z0-9_]+)(?::[^}]*)?}|\\$([A-Za-z0-9_]+)|\\[\\[([A-Za-z0-9_]+)(?::[^\\]]*)?]]");
}
