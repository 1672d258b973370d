package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.render.RenderedTree;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every job a generated rule selects is scraped: some ServiceMonitor of {@code generated/gitops}
 * sets that job. A rule on a job nobody scrapes is quiet for good, or (for {@code absent()}) fires
 * for good.
 */
class ScrapedJobsTest {
  private static final RenderedTree TREE = Rendering.renderAllOrThrow();

  /**
   * {@code job="x"} and {@code job=~"x|y"}: plain alternatives, as the typed matchers write them.
   */
  private static final Pattern JOB_MATCHER = Pattern.compile("\\bjob(=~|=)\"([-a-z0-9|]+)\"");

  @Test
  void everyJobARuleSelectsHasAServiceMonitor() throws IOException {
    Set<String> scraped = new TreeSet<>();
    Map<String, Set<String>> selected = new TreeMap<>();
    for (Map.Entry<String, String> file : TREE.files().entrySet()) {
      String path = file.getKey();
      if (path.startsWith("gitops/service-monitors/")) {
        JsonNode monitor = K8sManifests.YAML.readTree(file.getValue());
        for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
          for (JsonNode relabel : endpoint.path("relabelings")) {
            if (relabel.path("targetLabel").asText().equals("job")) {
              scraped.add(relabel.path("replacement").asText());
            }
          }
        }
      } else if (path.startsWith("alerts/") || path.startsWith("k8s/prometheus/rules/")) {
        for (JsonNode group : K8sManifests.YAML.readTree(file.getValue()).path("groups")) {
          for (JsonNode rule : group.path("rules")) {
            Matcher jobs = JOB_MATCHER.matcher(rule.path("expr").asText());
            while (jobs.find()) {
              for (String job : jobs.group(2).split("\\|")) {
                selected
                    .computeIfAbsent(job, j -> new TreeSet<>())
                    .add(rule.path(rule.has("alert") ? "alert" : "record").asText());
              }
            }
          }
        }
      }
    }
    assertTrue(selected.size() > 10, "rules select jobs: " + selected.keySet());
    Map<String, Set<String>> unscraped = new TreeMap<>(selected);
    unscraped.keySet().removeAll(scraped);
    assertEquals(
        Map.of(),
        unscraped,
        "jobs that rules select but no ServiceMonitor scrapes (declare them with d.scrapeTarget)");
  }
}
