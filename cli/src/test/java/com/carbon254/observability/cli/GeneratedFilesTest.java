package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.render.RenderedTree;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Reads back everything the builders render, as the tools downstream will read it. */
class GeneratedFilesTest {
  private static final RenderedTree TREE = Rendering.renderAllOrThrow();

  @Test
  void everyJsonFileParses() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (var file : files(".json").entrySet()) {
      JsonNode node = json.readTree(file.getValue());
      assertTrue(node.isObject(), file.getKey());
    }
  }

  @Test
  void everyYamlFileParses() {
    for (var file : files(".yaml").entrySet()) {
      Object doc = new Yaml().load(file.getValue());
      assertTrue(doc instanceof Map, file.getKey() + " is not a YAML map");
    }
  }

  /** INDEX.md lists what the rendered files hold: every alert, recording, dashboard and runbook. */
  @Test
  @SuppressWarnings("unchecked")
  void theIndexListsEveryAlertRecordingAndDashboard() throws IOException {
    String index = TREE.files().get("INDEX.md");
    List<String> missing = new ArrayList<>();
    for (var file : files(".yaml").entrySet()) {
      if (!file.getKey().startsWith("alerts/")
          && !file.getKey().startsWith("k8s/prometheus/rules/")) {
        continue;
      }
      Map<String, Object> doc = new Yaml().load(file.getValue());
      for (Map<String, Object> group :
          (List<Map<String, Object>>) doc.getOrDefault("groups", List.of())) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          String name =
              (String) (rule.containsKey("alert") ? rule.get("alert") : rule.get("record"));
          if (!index.contains("| `" + name + "` |")) {
            missing.add(name);
          }
          if (rule.containsKey("alert")) {
            String runbook =
                (String) ((Map<String, Object>) rule.get("annotations")).get("runbook_url");
            String slug = runbook.substring(runbook.lastIndexOf('/') + 1);
            if (!index.contains("(docs/runbooks/" + slug + ")")) {
              missing.add(slug);
            }
          }
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (var file : files(".json").entrySet()) {
      if (file.getKey().startsWith("dashboards/")) {
        String uid = json.readTree(file.getValue()).get("uid").asText();
        if (!index.contains("`" + uid + "`") || !index.contains("(" + file.getKey() + ")")) {
          missing.add(file.getKey());
        }
      }
    }
    assertEquals(List.of(), missing, "not listed in INDEX.md");
  }

  /** The promise the alert builder enforces, checked again on the files promtool will run. */
  @Test
  @SuppressWarnings("unchecked")
  void everyAlertHasAPromtoolTestThatFiresAndOneThatStaysQuiet() {
    TreeSet<String> alerts = new TreeSet<>();
    for (var file : files(".yaml").entrySet()) {
      if (file.getKey().startsWith("tests/")) {
        continue;
      }
      Map<String, Object> doc = new Yaml().load(file.getValue());
      for (Map<String, Object> group :
          (List<Map<String, Object>>) doc.getOrDefault("groups", List.of())) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          if (rule.containsKey("alert")) {
            alerts.add((String) rule.get("alert"));
          }
        }
      }
    }
    assertFalse(alerts.isEmpty(), "no alerts rendered");

    Map<String, TreeSet<String>> outcomes = new TreeMap<>();
    for (var file : files("_test.yaml").entrySet()) {
      Map<String, Object> doc = new Yaml().load(file.getValue());
      for (Map<String, Object> test : (List<Map<String, Object>>) doc.get("tests")) {
        for (Map<String, Object> check :
            (List<Map<String, Object>>) test.getOrDefault("alert_rule_test", List.of())) {
          boolean fires = !((List<?>) check.get("exp_alerts")).isEmpty();
          outcomes
              .computeIfAbsent((String) check.get("alertname"), a -> new TreeSet<>())
              .add(fires ? "fires" : "quiet");
        }
      }
    }
    for (String alert : alerts) {
      assertEquals(new TreeSet<>(List.of("fires", "quiet")), outcomes.get(alert), alert);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyAlertLinksToARunbookThatIsRendered() {
    for (var file : files(".yaml").entrySet()) {
      Map<String, Object> doc = new Yaml().load(file.getValue());
      for (Map<String, Object> group :
          (List<Map<String, Object>>) doc.getOrDefault("groups", List.of())) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          if (rule.containsKey("alert")) {
            String url = ((Map<String, String>) rule.get("annotations")).get("runbook_url");
            String path = url.substring(url.indexOf("/generated/") + "/generated/".length());
            assertTrue(
                TREE.contains(path),
                rule.get("alert") + " links to " + url + ", which is not rendered");
          }
        }
      }
    }
  }

  /**
   * The alert state of a dashboard filters alerts by their service label; a name no alert carries
   * leaves the panel empty forever. An alert's service is its static label or, for alerts that keep
   * the scrape target's labels (target down), the Service a ServiceMonitor scrapes.
   */
  @Test
  @SuppressWarnings("unchecked")
  void everyServiceADashboardShowsAlertsOfIsTheServiceOfSomeAlert() throws IOException {
    java.util.Set<String> services = new TreeSet<>();
    for (var file : files(".yaml").entrySet()) {
      if (file.getKey().startsWith("gitops/service-monitors/")) {
        services.add(
            file.getKey().substring("gitops/service-monitors/".length()).replace(".yaml", ""));
        continue;
      }
      Map<String, Object> doc = new Yaml().load(file.getValue());
      if (!(doc != null && doc.get("groups") instanceof List<?> groups)) {
        continue;
      }
      for (Object group : groups) {
        for (Map<String, Object> rule :
            (List<Map<String, Object>>) ((Map<String, Object>) group).get("rules")) {
          Object labels = rule.get("labels");
          if (rule.containsKey("alert") && labels instanceof Map<?, ?> map) {
            Object service = map.get("service");
            if (service != null) {
              services.add(service.toString());
            }
          }
        }
      }
    }
    java.util.regex.Pattern filter =
        java.util.regex.Pattern.compile("\\{service=~?\"([^\"]*)\"\\}");
    ObjectMapper json = new ObjectMapper();
    List<String> unknown = new ArrayList<>();
    int checked = 0;
    for (var file : files(".json").entrySet()) {
      for (JsonNode panel : json.readTree(file.getValue()).path("panels")) {
        String labelFilter = panel.path("options").path("alertInstanceLabelFilter").asText();
        java.util.regex.Matcher m = filter.matcher(labelFilter);
        if (!m.matches()) {
          continue;
        }
        checked++;
        for (String service : m.group(1).split("\\|")) {
          if (!services.contains(service)) {
            unknown.add(file.getKey() + ": " + service);
          }
        }
      }
    }
    assertTrue(checked >= 9, "expected an alert-state panel on every domain dashboard");
    assertEquals(List.of(), unknown, "services no alert carries; known: " + services);
  }

  /**
   * promtool has no query checker, but it checks the PromQL of rule files: wrap each panel query in
   * one.
   */
  @Test
  void everyDashboardQueryIsValidPromql(@TempDir Path temp) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> rules = new ArrayList<>();
    for (var file : files(".json").entrySet()) {
      for (JsonNode panel : json.readTree(file.getValue()).path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          // Loki and Tempo queries are LogQL and TraceQL; their builders check them.
          if (!target.path("datasource").path("type").asText().equals("prometheus")) {
            continue;
          }
          rules.add(
              "      - record: dashboard:query:check\n        expr: "
                  + json.writeValueAsString(target.path("expr").asText())
                  + "\n");
        }
      }
    }
    assertFalse(rules.isEmpty(), "no dashboard queries rendered");
    Path ruleFile = temp.resolve("dashboard-queries.yaml");
    Files.writeString(
        ruleFile, "groups:\n  - name: dashboard-queries\n    rules:\n" + String.join("", rules));
    Promtool.require().in(temp).checkRules(List.of(ruleFile.getFileName())).assertOk();
  }

  private static Map<String, String> files(String suffix) {
    Map<String, String> selected = new TreeMap<>();
    TREE.files()
        .forEach(
            (path, text) -> {
              if (path.endsWith(suffix)) {
                selected.put(path, text);
              }
            });
    return selected;
  }
}
