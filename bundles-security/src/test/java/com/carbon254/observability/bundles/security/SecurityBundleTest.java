package com.carbon254.observability.bundles.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.promql.MetricType;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the seed fixes for security: the taxonomy metric verbatim and its cache-miss alert. */
class SecurityBundleTest {
  private static final Platform PLATFORM = Platform.define(List.of(new SecurityBundle()));

  private static BundleContent content() {
    return PLATFORM.bundles().get(0);
  }

  private static Alert alert(String name) {
    return content().groups().stream()
        .flatMap(p -> p.group().alerts().stream())
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void definesWithoutProblems() {
    assertEquals(List.of(), PLATFORM.problems().stream().map(Problem::line).toList());
  }

  @Test
  void authFailuresAreTheSeedsCounter() {
    assertEquals("security_auth_failures_total", SecurityMetrics.AUTH_FAILURES.name());
    assertEquals(MetricType.COUNTER, SecurityMetrics.AUTH_FAILURES.type());
    assertEquals(List.of("reason"), SecurityMetrics.AUTH_FAILURES.labelNames());
  }

  @Test
  void entitlementCacheMissSpikeIsTheSeedsAlert() {
    Alert alert = alert("ALERT_ENTITLEMENT_CACHE_MISS_SPIKE");

    assertEquals("job:security_entitlement_cache_misses:ratio_rate5m > 0.4", alert.expr().promql());
    assertEquals("info", alert.severity().label());
    assertEquals(Optional.of("15m"), alert.pendingFor().map(Object::toString));
  }

  @Test
  void recordingsGoToTheRecordingFileAndAlertsToTheSecurityFile() {
    Map<String, String> placement = new TreeMap<>();
    content().groups().forEach(p -> placement.put(p.group().name(), p.file().path()));

    assertEquals(
        Map.of(
            "security-recordings",
            RuleFile.RECORDING.path(),
            "security-red",
            "alerts/RED/security_red.yaml"),
        placement);
  }

  @Test
  void everyAlertLinksItsOwnRunbook() {
    Map<String, String> runbooks = new TreeMap<>();
    content()
        .groups()
        .forEach(p -> p.group().alerts().forEach(a -> runbooks.put(a.name(), a.runbook().slug())));

    assertEquals(
        Map.of(
            "ALERT_ENTITLEMENT_CACHE_MISS_SPIKE", "entitlement-cache-miss-spike",
            "ALERT_OPA_DECISION_LATENCY_HIGH", "opa-decision-latency",
            "ALERT_SECURITY_AUTH_FAILURE_SPIKE", "auth-failure-spike",
            "ALERT_SECURITY_TARGET_DOWN", "security-target-down",
            "ALERT_SECURITY_TARGETS_MISSING", "security-target-down"),
        runbooks);
  }
}
