package com.carbon254.observability.bundles.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.review.PromExpr;
import com.carbon254.observability.dsl.review.RenderedDashboard;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The key facts of the ML dashboards, read from their rendered JSON: the controls, that every query
 * honours them, exemplars and traces on latency, the alerts' thresholds, and runbook links for
 * every alert the dashboard is about.
 */
class MlDashboardsTest {
  private static final RunbookSite SITE = new RunbookSite("https://runbooks.example/ml/");
  private static final BundleContent ML = Platform.define("ml", new MlBundle());
  private static final String MODEL_SERVING = "dashboards/ml/model_serving_latency.json";
  private static final String EMBEDDING = "dashboards/ml/embedding_throughput.json";

  /** The rule groups each dashboard is about, for alerts that carry no {@code service} label. */
  private static final Map<String, Set<String>> GROUPS_OF =
      Map.of(
          MODEL_SERVING, Set.of("ml-inference", "ml-model-serving", "ml-targets"),
          EMBEDDING, Set.of("ml-targets"));

  private static DashboardFile file(String path) {
    return ML.dashboards().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " is not registered by the ML bundle"));
  }

  private static JsonNode json(String path) throws Exception {
    return new ObjectMapper()
        .readTree(Documents.json(DashboardRenderer.render(file(path).dashboard(), SITE)));
  }

  private static RenderedDashboard rendered(String path) throws Exception {
    String text = Documents.json(DashboardRenderer.render(file(path).dashboard(), SITE));
    return RenderedSnapshot.read(Map.of(path, text)).dashboards().get(0);
  }

  private static RenderedDashboard.Panel panel(RenderedDashboard d, String title) {
    return d.panels().stream()
        .filter(p -> p.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError(d.uid() + " has no panel '" + title + "'"));
  }

  private static Set<String> recordings() {
    Set<String> names = new TreeSet<>();
    ML.groups()
        .forEach(g -> g.group().recordings().stream().map(RecordingRule::name).forEach(names::add));
    return names;
  }

  private static boolean matches(PromExpr.Selector s, String label, String value) {
    return s.matchers().stream()
        .anyMatch(m -> m.label().equals(label) && m.op().equals("=~") && m.value().equals(value));
  }

  @Test
  void theBundleHasNoProblemsWithItsDashboards() {
    assertEquals(List.of(), ML.problems().stream().map(p -> p.line()).toList());
    assertEquals(
        List.of(MODEL_SERVING, EMBEDDING),
        ML.dashboards().stream().map(DashboardFile::path).toList());
  }

  @Test
  void bothFilterByEnvironmentJobAndModelVersion() throws Exception {
    for (String path : List.of(MODEL_SERVING, EMBEDDING)) {
      assertEquals(
          List.of("datasource", "job", "model_version"),
          rendered(path).variables().stream().map(RenderedDashboard.Variable::name).toList(),
          path);
    }
  }

  /**
   * Raw series are filtered by job and model version; the recordings keep only the model version,
   * so they are filtered by it. ALERTS is the header's alert state, filtered by service.
   */
  @Test
  void everyQueryHonoursTheVariables() throws Exception {
    Set<String> recorded = recordings();
    for (String path : List.of(MODEL_SERVING, EMBEDDING)) {
      for (RenderedDashboard.Panel p : rendered(path).panels()) {
        for (RenderedDashboard.Query q : p.queries()) {
          for (PromExpr.Selector s : q.selectors()) {
            String name = s.name().orElseThrow();
            String where = path + " panel '" + p.title() + "': " + s.text();
            if (name.equals("ALERTS")) {
              assertTrue(s.matchers().stream().anyMatch(m -> m.label().equals("service")), where);
              continue;
            }
            assertTrue(matches(s, "model_version", "$model_version"), where);
            if (!recorded.contains(name)) {
              assertTrue(matches(s, "job", "$job"), where);
            }
          }
        }
      }
    }
  }

  @Test
  void everyPanelSaysWhatItShowsAndInWhichUnit() throws Exception {
    for (String path : List.of(MODEL_SERVING, EMBEDDING)) {
      for (RenderedDashboard.Panel p : rendered(path).panels()) {
        if (p.type().equals("row") || p.type().equals("alertlist")) {
          continue;
        }
        String where = path + " panel '" + p.title() + "'";
        assertFalse(p.settings().path("description").asText().isBlank(), where);
        assertFalse(p.unit().isBlank(), where);
      }
    }
  }

  @Test
  void thePanelKindsFitTheData() throws Exception {
    Set<String> modelServing = new TreeSet<>();
    rendered(MODEL_SERVING).panels().forEach(p -> modelServing.add(p.type()));
    assertTrue(
        modelServing.containsAll(
            List.of("alertlist", "state-timeline", "stat", "table", "timeseries", "heatmap")),
        modelServing.toString());
    Set<String> embedding = new TreeSet<>();
    rendered(EMBEDDING).panels().forEach(p -> embedding.add(p.type()));
    assertTrue(
        embedding.containsAll(
            List.of("alertlist", "state-timeline", "stat", "timeseries", "heatmap")),
        embedding.toString());
  }

  /**
   * Every graph of a latency histogram (its buckets) asks for exemplars; the percentile graphs also
   * link to the service's traces.
   */
  @Test
  void latencyPanelsCarryExemplarsAndLinkToTempo() throws Exception {
    Map<String, String> histogramOf =
        Map.of(
            MODEL_SERVING, MlMetrics.INFERENCE_LATENCY.name() + "_bucket",
            EMBEDDING, MlMetrics.EMBEDDING_BATCH_DURATION.name() + "_bucket");
    Map<String, String> traceService =
        Map.of(MODEL_SERVING, InferenceRules.JOB, EMBEDDING, EmbeddingRules.JOB);
    for (String path : List.of(MODEL_SERVING, EMBEDDING)) {
      List<String> latencyPanels = new ArrayList<>();
      for (JsonNode p : json(path).get("panels")) {
        boolean readsBuckets = false;
        for (JsonNode t : p.path("targets")) {
          if (t.path("expr").asText().contains(histogramOf.get(path))) {
            readsBuckets = true;
            assertTrue(t.path("exemplar").asBoolean(), path + " '" + p.get("title").asText() + "'");
          }
        }
        if (!readsBuckets) {
          continue;
        }
        latencyPanels.add(p.get("type").asText());
        if (p.get("type").asText().equals("timeseries")) {
          assertEquals(
              "Traces of " + traceService.get(path) + " in Tempo",
              p.path("fieldConfig").path("defaults").path("links").get(0).get("title").asText(),
              path);
        }
      }
      assertEquals(List.of("timeseries", "heatmap"), latencyPanels, path);
    }
  }

  @Test
  void theAlertsThresholdsAreDrawnFromTheirConstants() throws Exception {
    RenderedDashboard d = rendered(MODEL_SERVING);
    String target = "red from " + Numbers.format(InferenceRules.INFERENCE_P95_TARGET_SECONDS);
    String page = "red from " + Numbers.format(InferenceRules.ERROR_RATIO_PAGE);
    assertEquals(
        List.of("green", target),
        panel(d, "Inference latency p50, p95, p99 by model version").thresholds());
    assertEquals(List.of("green", target), panel(d, "Worst p95 latency").thresholds());
    assertEquals(List.of("green", page), panel(d, "Worst error ratio").thresholds());
    assertEquals(
        List.of("green", page), panel(d, "Inference error ratio by error type").thresholds());
    // The current values are the series the alerts evaluate.
    assertEquals(
        Set.of(InferenceRules.LATENCY_P95.name()), panel(d, "Worst p95 latency").metricNames());
    assertEquals(
        Set.of(InferenceRules.ERROR_RATIO.name()), panel(d, "Worst error ratio").metricNames());
  }

  @Test
  void theModelVersionTableReadsTheAlertsRecordings() throws Exception {
    RenderedDashboard.Panel table =
        panel(rendered(MODEL_SERVING), "Model versions by p95 latency and error ratio");
    assertEquals(
        Set.of(
            InferenceRules.REQUEST_RATE.name(),
            InferenceRules.LATENCY_P95.name(),
            InferenceRules.ERROR_RATIO.name()),
        table.metricNames());
    for (RenderedDashboard.Query q : table.queries()) {
      assertTrue(
          q.expr().startsWith("sum by (model_version) (")
              || q.expr().startsWith("max by (model_version) ("),
          q.expr());
    }
  }

  /**
   * The runbook links are exactly the runbooks of the alerts the dashboard is about: those whose
   * {@code service} label is a service of the dashboard's alert state, or, for an alert without
   * one, those of the dashboard's rule groups.
   */
  @Test
  void theRunbookLinksAreThoseOfTheAlertsOfItsServices() throws Exception {
    for (String path : List.of(MODEL_SERVING, EMBEDDING)) {
      JsonNode root = json(path);
      Set<String> services = new TreeSet<>();
      String history = root.get("panels").get(2).get("targets").get(0).get("expr").asText();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("service=~?\"([^\"]+)\"").matcher(history);
      assertTrue(m.find(), history);
      services.addAll(List.of(m.group(1).split("\\|")));

      Set<String> expected = new TreeSet<>();
      for (BundleContent.PlacedGroup g : ML.groups()) {
        for (Alert alert : g.group().alerts()) {
          String service = alert.staticLabels().get("service");
          boolean about =
              service != null
                  ? services.contains(service)
                  : GROUPS_OF.get(path).contains(g.group().name());
          if (about) {
            expected.add(SITE.url(alert.runbook()));
          }
        }
      }
      Set<String> linked = new TreeSet<>();
      for (JsonNode link : root.get("links")) {
        if (link.get("title").asText().startsWith("Runbook: ")) {
          linked.add(link.get("url").asText());
        }
      }
      assertFalse(expected.isEmpty(), path);
      assertEquals(expected, linked, path);
    }
  }

  /** The lint's limit: more raw selectors than this and the dashboard should read recordings. */
  @Test
  void theDashboardsReadRecordingsWhereTheyCan() throws Exception {
    Set<String> recorded = recordings();
    for (String path : List.of(MODEL_SERVING, EMBEDDING)) {
      int raw = 0;
      int fromRecordings = 0;
      for (RenderedDashboard.Panel p : rendered(path).panels()) {
        for (RenderedDashboard.Query q : p.queries()) {
          for (PromExpr.Selector s : q.selectors()) {
            if (recorded.contains(s.name().orElseThrow())) {
              fromRecordings++;
            } else {
              raw++;
            }
          }
        }
      }
      assertTrue(raw <= 10, path + " reads " + raw + " raw selectors");
      assertTrue(fromRecordings >= 4, path + " reads " + fromRecordings + " recordings");
    }
  }
}
