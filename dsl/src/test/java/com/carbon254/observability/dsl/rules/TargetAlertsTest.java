package com.carbon254.observability.dsl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetAlertsTest {
  private static final Runbook RUNBOOK =
      new Runbook("access-target-down", "Access target down", "# Access target down\n");

  private static TargetAlerts access() {
    return TargetAlerts.forJobs(
        "access",
        List.of("gateway", "streaming"),
        RUNBOOK,
        "The access alerts are blind to it.",
        "model-serving");
  }

  @Test
  void targetDownKeepsTheTargetsServiceAndObservesUpOfTheFiringTarget() {
    Alert down = access().targetDown().build();

    assertEquals("ALERT_ACCESS_TARGET_DOWN", down.name());
    assertEquals("up{job=~\"gateway|streaming\"} == 0", down.expr().promql());
    assertEquals(Optional.empty(), down.service());
    assertEquals(Map.of("severity", "warn"), down.staticLabels());
    AlertScenario fires = down.scenarios().get(0);
    assertEquals(
        Optional.of(Map.of("job", "gateway", "instance", "gateway-0:9090", "service", "gateway")),
        fires.firingWith());
    assertEquals(List.of(0.0), fires.observation().orElseThrow().measured());
    assertEquals(
        List.of(
            "fires 5 minutes after gateway's scrapes start failing",
            "is still pending 4 minutes after",
            "fires for a streaming target too",
            "stays quiet when a target is back within 5 minutes",
            "leaves a down model-serving target to its own domain"),
        down.scenarios().stream().map(AlertScenario::name).toList());
  }

  @Test
  void targetsMissingNamesTheDomainAsServiceAndMeasuresTheTargetsPresent() {
    Alert missing = access().targetsMissing().build();

    assertEquals("ALERT_ACCESS_TARGETS_MISSING", missing.name());
    assertEquals(
        "absent(up{job=\"gateway\"})\nor\nabsent(up{job=\"streaming\"})", missing.expr().promql());
    assertEquals(Optional.of("access"), missing.service());
    assertEquals(
        List.of(
            "fires when gateway has had no target for 10 minutes",
            "fires when streaming has had no target for 10 minutes",
            "stays quiet while every job has a target, even a down one"),
        missing.scenarios().stream().map(AlertScenario::name).toList());
    AlertScenario gatewayGone = missing.scenarios().get(0);
    AlertScenario.Observation observed = gatewayGone.observation().orElseThrow();
    assertEquals(
        List.of("count(up{job=\"gateway\"})", "count(up{job=\"streaming\"})"),
        observed.queries().stream().map(Vector::promql).toList());
    // gateway has no target, asserted as an empty result; streaming has its one target.
    assertEquals(true, Double.isNaN(observed.measured().get(0)));
    assertEquals(1.0, observed.measured().get(1));
    assertEquals(Map.of(), observed.labelsOf(0));
    assertEquals(Optional.of(Map.of("job", "gateway")), gatewayGone.firingWith());
    // Pending just before for has passed, so the scenarios check more than one minute.
    assertEquals(List.of(Window.minutes(9)), gatewayGone.alsoQuietAt());
    AlertScenario streamingGone = missing.scenarios().get(1);
    List<Double> streamingMeasured = streamingGone.observation().orElseThrow().measured();
    assertEquals(1.0, streamingMeasured.get(0));
    assertEquals(true, Double.isNaN(streamingMeasured.get(1)));
    assertEquals(Optional.of(Map.of("job", "streaming")), streamingGone.firingWith());
  }

  @Test
  void aSingleJobIsMatchedExactly() {
    Alert down =
        TargetAlerts.forJobs("ingestion", List.of("ingestion"), RUNBOOK, "Blind.", "normalization")
            .targetDown()
            .build();

    assertEquals("up{job=\"ingestion\"} == 0", down.expr().promql());
  }

  @Test
  void theDomainMustBeSnakeCase() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                TargetAlerts.forJobs(
                    "data-processing", List.of("normalization"), RUNBOOK, "Blind.", "ingestion"));
    assertEquals(
        "target alerts 'data-processing': domain must be snake_case, as in 'data_processing'",
        e.getMessage());
  }

  @Test
  void theOtherDomainsJobMustNotBeOneOfTheDomains() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                TargetAlerts.forJobs(
                    "access", List.of("gateway", "streaming"), RUNBOOK, "Blind.", "streaming"));
    assertEquals(
        "target alerts 'access': otherDomainJob 'streaming' is one of the domain's own jobs; pass"
            + " a job of another domain",
        e.getMessage());
  }
}
