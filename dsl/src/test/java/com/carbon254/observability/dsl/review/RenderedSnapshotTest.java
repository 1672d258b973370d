package com.carbon254.observability.dsl.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedSnapshotTest {
  private static String metadata(String name, String value, String labels) {
    return "      - record: "
        + name
        + "\n        expr: vector("
        + value
        + ")\n        labels:\n"
        + labels;
  }

  @Test
  void slosAreReadFromTheirMetadataRecordings() {
    String ours = "          slo_name: availability\n          slo_service: gateway\n";
    String sloth =
        "          sloth_id: myservice-requests-availability\n"
            + "          sloth_service: myservice\n"
            + "          sloth_slo: requests-availability\n";
    RenderedSnapshot snapshot =
        RenderedSnapshot.read(
            Map.of(
                "k8s/prometheus/rules/slo-burn-rules.yaml",
                "groups:\n  - name: slo-meta\n    interval: 5m\n    rules:\n"
                    + metadata("slo:objective:ratio", "0.99", ours)
                    + metadata("slo:time_period:days", "28", ours)
                    + metadata("slo:objective:ratio", "99.9", sloth)));
    List<RenderedSlo> slos = snapshot.slos();
    assertEquals(
        List.of("gateway-availability", "myservice-requests-availability"),
        slos.stream().map(RenderedSlo::id).toList());
    assertEquals(28, slos.get(0).periodDays());
    assertEquals(Duration.ofMinutes(403).plusSeconds(12), slos.get(0).errorBudget());
    // An objective written in percent is read as a ratio.
    assertEquals(0, new BigDecimal("0.999").compareTo(slos.get(1).objectiveRatio()));
    assertEquals(Duration.ofMinutes(43).plusSeconds(12), slos.get(1).errorBudget());
  }

  @Test
  void plainRuleFilesAreReadAndPrometheusRuleResourcesSkipped() {
    String group =
        "groups:\n  - name: g\n    rules:\n      - record: a:b:c\n        expr: sum(x_total)\n";
    RenderedSnapshot snapshot =
        RenderedSnapshot.read(
            Map.of(
                "k8s/prometheus/rules/recording-rules.yaml",
                group,
                "k8s/prometheus/rules/access.yaml",
                "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  "
                    + group.replace("\n", "\n  ")));
    assertEquals(1, snapshot.recordings().size());
  }

  @Test
  void aRuleWithoutAnExpressionIsCorrupt() {
    RenderedFileException e =
        assertThrows(
            RenderedFileException.class,
            () ->
                RenderedSnapshot.read(
                    Map.of(
                        "alerts/RED/x.yaml",
                        "groups:\n  - name: g\n    rules:\n      - alert: A\n")));
    assertEquals("alerts/RED/x.yaml: alert 'A' has no 'expr'", e.getMessage());
  }
}
