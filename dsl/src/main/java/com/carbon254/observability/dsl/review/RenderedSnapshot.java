package com.carbon254.observability.dsl.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything review tools compare, read from the files of a rendered {@code generated/} tree (paths
 * relative to it). Working from files, not from the model, lets a tool compare revisions made
 * before a model change, and picks up any new content that lands in the usual places: rule files
 * under {@code alerts/} and {@code k8s/prometheus/rules/}, dashboards under {@code dashboards/},
 * promtool tests under {@code tests/}, runbooks under {@code docs/runbooks/}, the Alertmanager
 * configuration at {@code configs/alertmanager.yaml}.
 */
public record RenderedSnapshot(
    List<RenderedRules.Group> groups,
    List<RenderedDashboard> dashboards,
    List<RenderedSlo> slos,
    Optional<RenderedAlertmanager> alertmanager,
    List<RenderedScenario> scenarios,
    Map<String, String> runbooks,
    Optional<Duration> scrapeInterval) {

  public static final String ALERTMANAGER = "configs/alertmanager.yaml";
  public static final String SLO_OBJECTIVE = "slo:objective:ratio";
  public static final String SLO_PERIOD = "slo:time_period:days";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final Pattern RUNBOOK_LINK = Pattern.compile(".*/?(docs/runbooks/[^/]+\\.md)");

  public RenderedSnapshot {
    groups = List.copyOf(groups);
    dashboards = List.copyOf(dashboards);
    slos = List.copyOf(slos);
    scenarios = List.copyOf(scenarios);
    runbooks = java.util.Collections.unmodifiableMap(new TreeMap<>(runbooks));
  }

  public List<RenderedRules.Alert> alerts() {
    return groups.stream().flatMap(g -> g.alerts().stream()).toList();
  }

  public List<RenderedRules.Recording> recordings() {
    return groups.stream().flatMap(g -> g.recordings().stream()).toList();
  }

  /** The runbook file an alert links, e.g. {@code docs/runbooks/high-api-error-rate.md}. */
  public static Optional<String> runbookOf(RenderedRules.Alert alert) {
    String url = alert.annotations().get("runbook_url");
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = RUNBOOK_LINK.matcher(url);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Reads a tree. Throws {@link RenderedFileException} naming the first file that is not what its
   * place says (YAML or JSON that does not parse, a rule without a name, a query that is not
   * PromQL).
   */
  public static RenderedSnapshot read(Map<String, String> files) {
    List<RenderedRules.Group> groups = new ArrayList<>();
    List<RenderedDashboard> dashboards = new ArrayList<>();
    List<RenderedScenario> scenarios = new ArrayList<>();
    Map<String, String> runbooks = new TreeMap<>();
    Optional<RenderedAlertmanager> alertmanager = Optional.empty();
    Optional<Duration> scrape = Optional.empty();
    for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
      String path = file.getKey();
      boolean yaml = path.endsWith(".yaml") || path.endsWith(".yml");
      if (yaml && (path.startsWith("alerts/") || path.startsWith("k8s/prometheus/rules/"))) {
        groups.addAll(ruleGroups(path, parse(YAML, path, file.getValue())));
      } else if (path.startsWith("dashboards/") && path.endsWith(".json")) {
        dashboards.add(dashboard(path, parse(JSON, path, file.getValue())));
      } else if (yaml && path.startsWith("tests/")) {
        scenarios.addAll(scenarios(path, parse(YAML, path, file.getValue())));
      } else if (path.startsWith("docs/runbooks/") && path.endsWith(".md")) {
        runbooks.put(path, file.getValue());
      } else if (path.equals(ALERTMANAGER)) {
        alertmanager = Optional.of(alertmanager(path, parse(YAML, path, file.getValue())));
      } else if (yaml && path.startsWith("configs/") && path.contains("prometheus")) {
        JsonNode interval =
            parse(YAML, path, file.getValue()).path("global").path("scrape_interval");
        if (interval.isTextual()) {
          scrape = PromDuration.parse(interval.asText());
        }
      } else if (yaml
          && path.startsWith("k8s/")
          && file.getValue().contains("\nkind: Prometheus\n")) {
        // The Prometheus Operator's resource states the interval as spec.scrapeInterval.
        JsonNode interval = parse(YAML, path, file.getValue()).path("spec").path("scrapeInterval");
        if (interval.isTextual() && scrape.isEmpty()) {
          scrape = PromDuration.parse(interval.asText());
        }
      }
    }
    return new RenderedSnapshot(
        groups, dashboards, slos(groups), alertmanager, scenarios, runbooks, scrape);
  }

  private static JsonNode parse(ObjectMapper mapper, String path, String text) {
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new RenderedFileException(path, "is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      String kind = mapper == JSON ? "JSON" : "YAML";
      throw new RenderedFileException(
          path,
          "is not valid "
              + kind
              + " ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    }
  }

  private static List<RenderedRules.Group> ruleGroups(String path, JsonNode doc) {
    // A PrometheusRule resource repeats the groups of a plain rule file: read the plain file only.
    if (!doc.isObject() || doc.has("kind") || !doc.has("groups")) {
      return List.of();
    }
    List<RenderedRules.Group> groups = new ArrayList<>();
    for (JsonNode g : doc.path("groups")) {
      String name = text(g, "name", path, "a rule group");
      List<RenderedRules.Alert> alerts = new ArrayList<>();
      List<RenderedRules.Recording> recordings = new ArrayList<>();
      for (JsonNode r : g.path("rules")) {
        if (r.has("alert")) {
          String alert = r.path("alert").asText();
          String expr = text(r, "expr", path, "alert '" + alert + "'");
          alerts.add(
              new RenderedRules.Alert(
                  path,
                  name,
                  alert,
                  expr,
                  query(path, "alert '" + alert + "'", expr),
                  r.has("for") ? r.path("for").asText() : null,
                  strings(r.path("labels")),
                  strings(r.path("annotations"))));
        } else if (r.has("record")) {
          String record = r.path("record").asText();
          String expr = text(r, "expr", path, "recording '" + record + "'");
          recordings.add(
              new RenderedRules.Recording(
                  path,
                  name,
                  record,
                  expr,
                  query(path, "recording '" + record + "'", expr),
                  strings(r.path("labels"))));
        } else {
          throw new RenderedFileException(
              path, "group '" + name + "' holds a rule with neither 'alert' nor 'record'");
        }
      }
      groups.add(
          new RenderedRules.Group(
              path,
              name,
              g.has("interval") ? g.path("interval").asText() : null,
              alerts,
              recordings));
    }
    return groups;
  }

  private static PromExpr query(String path, String object, String expr) {
    try {
      return PromqlReader.read(expr);
    } catch (PromqlReader.PromqlSyntaxException e) {
      throw new RenderedFileException(path, object + ": expr is not PromQL: " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field, String path, String object) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.asText().isBlank()) {
      throw new RenderedFileException(path, object + " has no '" + field + "'");
    }
    return value.asText();
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      map.put(
          e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
    }
    return map;
  }

  private static RenderedDashboard dashboard(String path, JsonNode doc) {
    if (!doc.isObject()) {
      throw new RenderedFileException(path, "is not a Grafana dashboard (no JSON object)");
    }
    String uid = doc.path("uid").isTextual() ? doc.path("uid").asText() : path;
    List<RenderedDashboard.Panel> panels = new ArrayList<>();
    String row = "";
    for (JsonNode p : doc.path("panels")) {
      if (p.path("type").asText().equals("row")) {
        row = p.path("title").asText();
        for (JsonNode nested : p.path("panels")) {
          panels.add(panel(path, nested, row));
        }
      } else {
        panels.add(panel(path, p, row));
      }
    }
    List<RenderedDashboard.Variable> variables = new ArrayList<>();
    for (JsonNode v : doc.path("templating").path("list")) {
      JsonNode query = v.path("query");
      variables.add(
          new RenderedDashboard.Variable(
              v.path("name").asText(),
              v.path("type").asText(),
              query.isTextual() ? query.asText() : query.toString()));
    }
    ObjectNode settings = ((ObjectNode) doc).deepCopy();
    settings.remove(List.of("panels", "templating", "id", "version", "uid", "title"));
    return new RenderedDashboard(
        path, uid, doc.path("title").asText(), panels, variables, settings);
  }

  private static RenderedDashboard.Panel panel(String path, JsonNode p, String row) {
    List<RenderedDashboard.Query> queries = new ArrayList<>();
    for (JsonNode t : p.path("targets")) {
      String expr = t.path("expr").asText("");
      List<PromExpr.Selector> selectors;
      try {
        selectors = expr.isBlank() ? List.of() : PromqlReader.read(expr).selectors();
      } catch (PromqlReader.PromqlSyntaxException e) {
        throw new RenderedFileException(
            path,
            "panel '"
                + p.path("title").asText()
                + "': query "
                + t.path("refId").asText()
                + " is not PromQL: "
                + e.getMessage());
      }
      Set<String> names = new TreeSet<>();
      selectors.forEach(s -> s.name().ifPresent(names::add));
      queries.add(
          new RenderedDashboard.Query(
              t.path("refId").asText(), expr, names, selectors, t.path("legendFormat").asText("")));
    }
    JsonNode defaults = p.path("fieldConfig").path("defaults");
    List<String> thresholds = new ArrayList<>();
    for (JsonNode step : defaults.path("thresholds").path("steps")) {
      JsonNode value = step.path("value");
      thresholds.add(
          step.path("color").asText()
              + (value.isNumber() ? " from " + value.decimalValue().toPlainString() : ""));
    }
    ObjectNode settings = p.deepCopy();
    settings.remove(List.of("id", "gridPos", "targets", "title"));
    return new RenderedDashboard.Panel(
        p.path("title").asText(),
        row,
        p.path("type").asText(),
        defaults.path("unit").asText(""),
        queries,
        thresholds,
        settings,
        p.toString());
  }

  private static List<RenderedScenario> scenarios(String path, JsonNode doc) {
    List<RenderedScenario> found = new ArrayList<>();
    for (JsonNode test : doc.path("tests")) {
      for (JsonNode check : test.path("alert_rule_test")) {
        found.add(
            new RenderedScenario(
                path,
                test.path("name").asText(),
                check.path("alertname").asText(),
                check.path("eval_time").asText()));
      }
    }
    return found;
  }

  private static List<RenderedSlo> slos(List<RenderedRules.Group> groups) {
    Map<String, Integer> periods = new TreeMap<>();
    List<RenderedRules.Recording> objectives = new ArrayList<>();
    for (RenderedRules.Group g : groups) {
      for (RenderedRules.Recording r : g.recordings()) {
        Optional<String> id = sloId(r);
        if (id.isEmpty()) {
          continue;
        }
        if (r.name().equals(SLO_PERIOD)) {
          constant(r.query()).ifPresent(days -> periods.put(id.get(), days.intValue()));
        } else if (r.name().equals(SLO_OBJECTIVE)) {
          objectives.add(r);
        }
      }
    }
    List<RenderedSlo> slos = new ArrayList<>();
    for (RenderedRules.Recording r : objectives) {
      String id = sloId(r).orElseThrow();
      BigDecimal value =
          constant(r.query())
              .orElseThrow(
                  () ->
                      new RenderedFileException(
                          r.file(),
                          "SLO '"
                              + id
                              + "': "
                              + SLO_OBJECTIVE
                              + " is not a constant: "
                              + r.expr()));
      BigDecimal ratio = value.compareTo(BigDecimal.ONE) > 0 ? value.movePointLeft(2) : value;
      slos.add(new RenderedSlo(id, ratio, periods.getOrDefault(id, 30), r.file()));
    }
    return slos;
  }

  /**
   * The SLO's id: {@code slo_id} or Sloth's {@code sloth_id} when present, else its service and
   * name ({@code slo_service}/{@code slo_name}, Sloth's {@code sloth_service}/{@code sloth_slo})
   * joined as {@code gateway-availability}.
   */
  private static Optional<String> sloId(RenderedRules.Recording r) {
    Map<String, String> labels = r.labels();
    for (String id : List.of("slo_id", "sloth_id")) {
      if (labels.containsKey(id)) {
        return Optional.of(labels.get(id));
      }
    }
    for (List<String> pair :
        List.of(List.of("slo_service", "slo_name"), List.of("sloth_service", "sloth_slo"))) {
      String name = labels.get(pair.get(1));
      if (name != null) {
        String service = labels.get(pair.get(0));
        return Optional.of(
            service == null || name.startsWith(service + "-") ? name : service + "-" + name);
      }
    }
    return Optional.ofNullable(labels.get("slo"));
  }

  /** {@code 0.99} or {@code vector(0.99)}. */
  private static Optional<BigDecimal> constant(PromExpr expr) {
    PromExpr e = expr.unwrapped();
    if (e instanceof PromExpr.Call c && c.function().equals("vector") && c.args().size() == 1) {
      e = c.args().get(0).unwrapped();
    }
    return e instanceof PromExpr.Number n && n.value() != null
        ? Optional.of(n.value())
        : Optional.empty();
  }

  private static RenderedAlertmanager alertmanager(String path, JsonNode doc) {
    if (!doc.isObject() || !doc.has("route")) {
      throw new RenderedFileException(path, "is not an Alertmanager configuration (no 'route')");
    }
    List<RenderedAlertmanager.Route> routes = new ArrayList<>();
    route(doc.path("route"), "root", null, routes);
    List<String> receivers = new ArrayList<>();
    doc.path("receivers").forEach(r -> receivers.add(r.path("name").asText()));
    List<String> inhibits = new ArrayList<>();
    for (JsonNode rule : doc.path("inhibit_rules")) {
      inhibits.add(
          "when "
              + matchers(rule, "source_matchers", "source_match", "source_match_re")
              + " fires, mute "
              + matchers(rule, "target_matchers", "target_match", "target_match_re")
              + " with equal "
              + list(rule.path("equal")));
    }
    return new RenderedAlertmanager(routes, receivers, inhibits);
  }

  private static void route(
      JsonNode node,
      String path,
      RenderedAlertmanager.Route parent,
      List<RenderedAlertmanager.Route> out) {
    RenderedAlertmanager.Route route =
        new RenderedAlertmanager.Route(
            path,
            inherit(node, "receiver", parent == null ? null : parent.receiver()),
            node.has("group_by")
                ? list(node.path("group_by"))
                : parent == null ? "[]" : parent.groupBy(),
            inherit(node, "group_wait", parent == null ? "30s" : parent.groupWait()),
            inherit(node, "group_interval", parent == null ? "5m" : parent.groupInterval()),
            inherit(node, "repeat_interval", parent == null ? "4h" : parent.repeatInterval()),
            node.path("continue").asBoolean(false));
    out.add(route);
    int index = 0;
    for (JsonNode child : node.path("routes")) {
      index++;
      String matchers = matchers(child, "matchers", "match", "match_re");
      route(child, path + " / " + (matchers.equals("{}") ? "#" + index : matchers), route, out);
    }
  }

  private static String inherit(JsonNode node, String field, String fallback) {
    return node.has(field) ? node.path(field).asText() : fallback;
  }

  private static String matchers(
      JsonNode node, String matchersField, String equalField, String regexField) {
    List<String> all = new ArrayList<>();
    node.path(matchersField).forEach(m -> all.add(m.asText().replace(" ", "")));
    node.path(equalField)
        .fields()
        .forEachRemaining(e -> all.add(e.getKey() + "=\"" + e.getValue().asText() + "\""));
    node.path(regexField)
        .fields()
        .forEachRemaining(e -> all.add(e.getKey() + "=~\"" + e.getValue().asText() + "\""));
    return "{" + String.join(", ", all) + "}";
  }

  private static String list(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(i -> items.add(i.asText()));
    return "[" + String.join(", ", items) + "]";
  }
}
