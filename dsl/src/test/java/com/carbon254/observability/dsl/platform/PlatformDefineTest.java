package com.carbon254.observability.dsl.platform;

import static com.carbon254.observability.dsl.platform.FakeBundles.GATEWAY_RED;
import static com.carbon254.observability.dsl.platform.FakeBundles.INGESTION_RED;
import static com.carbon254.observability.dsl.platform.FakeBundles.TICKS;
import static com.carbon254.observability.dsl.platform.FakeBundles.bundle;
import static com.carbon254.observability.dsl.platform.FakeBundles.gateway;
import static com.carbon254.observability.dsl.platform.FakeBundles.ticksRate;
import static com.carbon254.observability.dsl.platform.FakeBundles.ticksStopped;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.GatewayRules;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformDefineTest {
  private static final String RUNBOOK_FIX =
      "has no runbook_url; add .runbook(Runbook.fromResource(getClass(), \"<slug>\"))"
          + " with src/main/resources/runbooks/<slug>.md";

  private static List<String> lines(Platform platform) {
    return platform.problems().stream().map(Problem::line).toList();
  }

  @Test
  void validBundlesHaveNoProblems() {
    Platform platform = Platform.define(List.of(gateway("access")));

    assertEquals(List.of(), lines(platform));
    assertTrue(platform.isValid());
    assertEquals(1, platform.bundles().size());
  }

  @Test
  void aQueryProblemNamesTheRuleThatHoldsIt() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        () ->
                            RuleGroup.named("gateway-recordings")
                                .rule(
                                    com.carbon254.observability.dsl.rules.RecordingRule.named(
                                            "region:gateway_http_requests:rate5m")
                                        .expr(
                                            com.carbon254.observability.dsl.promql.Promql.sum(
                                                    com.carbon254.observability.dsl.promql.Promql
                                                        .rate(
                                                            GatewayRules.REQUESTS
                                                                .select()
                                                                .over("5m")))
                                                .by("region")))));

    assertEquals(
        List.of(
            "bundle 'access': recording rule 'region:gateway_http_requests:rate5m': query"
                + " 'rate(gateway_http_requests_total[5m])': sum by (region) names a label the input does not carry"
                + " (it carries: container, endpoint, instance, job, method, namespace, pod, route, service, status);"
                + " group by one of those"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aQueryProblemInAnAlertNamesTheAlert() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .rules(
                        GATEWAY_RED,
                        () ->
                            RuleGroup.named("gateway-red")
                                .rule(
                                    Alert.named("ALERT_GATEWAY_NO_TRAFFIC")
                                        .when(
                                            com.carbon254.observability.dsl.promql.Promql.sum(
                                                    com.carbon254.observability.dsl.promql.Promql
                                                        .rate(
                                                            GatewayRules.REQUESTS
                                                                .select()
                                                                .over("5m")))
                                                .by("rout")
                                                .below(1)))));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_NO_TRAFFIC': query 'rate(gateway_http_requests_total[5m])': sum by"
                + " (rout) names a label the input does not carry (it carries: container, endpoint, instance, job,"
                + " method, namespace, pod, route, service, status); group by one of those"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void bundlesAreDefinedInNameOrder() {
    Platform platform =
        Platform.define(
            List.of(
                bundle("security", d -> d.metrics(TICKS)),
                gateway("access"),
                bundle("ml", d -> {})));

    assertEquals(
        List.of("access", "ml", "security"),
        platform.bundles().stream().map(b -> b.bundle()).toList());
  }

  @Test
  void duplicateAlertNameAcrossBundlesIsReportedOnTheLaterBundle() {
    Bundle ingestion =
        bundle(
            "ingestion",
            d ->
                d.metrics(TICKS)
                    .rules(
                        INGESTION_RED,
                        RuleGroup.named("ingestion-red")
                            .rule(ticksStopped(GatewayRules.ALERT_NAME, GatewayRules.RUNBOOK))));

    Platform platform = Platform.define(List.of(ingestion, gateway("access")));

    assertEquals(
        List.of(
            "bundle 'ingestion': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': is declared twice (also in bundle 'access');"
                + " give each alert its own ALERT_<SERVICE>_<CONDITION> name"),
        lines(platform));
    assertFalse(platform.isValid());
  }

  @Test
  void unknownMetricInARecordingRule() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.recordings(
                    RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio())));

    assertEquals(
        List.of(
            "bundle 'access': recording rule 'route:gateway_http_requests:error_ratio_rate5m':"
                + " reads metric 'gateway_http_requests_total', which no bundle's catalog declares;"
                + " add it with definition.metrics(...) or fix the name"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void upIsKnownWithoutACatalogAndNoBundleMayDeclareIt() {
    TestSeries down =
        TestSeries.of(ScrapeTargets.UP.select().where("job", "streaming").where("instance", "a"))
            .flat(10);
    Bundle access =
        bundle(
            "access",
            d ->
                d.rules(
                    GATEWAY_RED,
                    RuleGroup.named("access-targets")
                        .rule(
                            Alert.named("ALERT_ACCESS_TARGET_DOWN")
                                .when(
                                    ScrapeTargets.UP.select().where("job", "streaming").equalTo(0))
                                .severity(Severity.WARN)
                                .summary("A target is down")
                                .description("Prometheus cannot scrape {{ $labels.instance }}.")
                                .runbook(
                                    new Runbook("target-down", "Target down", "# Target down\n"))
                                .scenario(
                                    AlertScenario.named("down")
                                        .input(down)
                                        .observing(0)
                                        .firesAt("5m", Map.of("job", "streaming")))
                                .scenario(
                                    AlertScenario.named("up")
                                        .input(down.from(1))
                                        .observing(Map.of("job", "streaming", "instance", "a"), 1)
                                        .quietAt("5m")))));
    assertEquals(List.of(), lines(Platform.define(List.of(access))));

    Bundle declaring =
        bundle(
            "infra", d -> d.metrics(Gauge.exportedBy("prometheus", "up").help("Target health.")));
    assertEquals(
        List.of(
            "bundle 'infra': metric 'up': is written by Prometheus for every target, not by a service; drop it"
                + " from the catalog and read ScrapeTargets.UP"),
        lines(Platform.define(List.of(access, declaring))));
  }

  @Test
  void metricDeclaredByAnotherBundleIsKnown() {
    Bundle catalog = bundle("catalog", d -> d.metrics(GatewayRules.REQUESTS));
    Bundle access =
        bundle(
            "access",
            d ->
                d.recordings(
                    RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio())));

    assertEquals(List.of(), lines(Platform.define(List.of(access, catalog))));
  }

  @Test
  void alertReadingARecordingOfAnotherBundleIsKnown() {
    Bundle recordings =
        bundle(
            "recordings",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio())));
    Bundle alerts =
        bundle(
            "alerts",
            d -> d.rules(GATEWAY_RED, RuleGroup.named("gateway-red").rule(GatewayRules.alert())));

    assertEquals(List.of(), lines(Platform.define(List.of(recordings, alerts))));
  }

  @Test
  void everyProblemOfEveryBundleIsReportedAtOnce() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-red")
                            .rule(GatewayRules.alert().runbook(null))
                            .rule(GatewayRules.alert("ALERT_GATEWAY_NO_TRAFFIC").severity(null))));
    Bundle ingestion =
        bundle(
            "ingestion",
            d -> d.recordings(RuleGroup.named("ingestion-recordings").rule(ticksRate())));

    Platform platform = Platform.define(List.of(ingestion, access));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': " + RUNBOOK_FIX,
            "bundle 'access': alert 'ALERT_GATEWAY_NO_TRAFFIC': has no severity; add .severity(Severity.PAGE|WARN|INFO)",
            "bundle 'ingestion': recording rule 'feed:ingestion_ticks_received:rate5m':"
                + " reads metric 'ingestion_ticks_received_total', which no bundle's catalog declares;"
                + " add it with definition.metrics(...) or fix the name"),
        lines(platform));
  }

  @Test
  void aBrokenAlertDoesNotHideADuplicateInTheSameGroup() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-red")
                            .rule(GatewayRules.alert())
                            .rule(GatewayRules.alert())
                            .rule(GatewayRules.alert("ALERT_GATEWAY_NO_TRAFFIC").runbook(null))));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': is declared twice (also in this bundle);"
                + " give each alert its own ALERT_<SERVICE>_<CONDITION> name",
            "bundle 'access': alert 'ALERT_GATEWAY_NO_TRAFFIC': " + RUNBOOK_FIX),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aRecordingThatAnAlertReadsMustRunEveryMinute() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings")
                            .interval("5m")
                            .rule(GatewayRules.errorRatio()))
                    .rules(GATEWAY_RED, RuleGroup.named("gateway-red").rule(GatewayRules.alert())));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': reads"
                + " 'route:gateway_http_requests:error_ratio_rate5m', which rule group 'gateway-recordings' records"
                + " every 5m; groups that alerts read must run every 1m or faster, so set .interval(\"1m\") or less"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aRecordingThatAnAlertReadsThroughAnotherRecordingMustRunEveryMinuteToo() {
    RecordingRule byRoute =
        RecordingRule.named("route:gateway_http_requests:error_ratio_sum_rate5m")
            .expr(sum(GatewayRules.errorRatio().series()).by("route"));
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-slow-recordings")
                            .interval("5m")
                            .rule(GatewayRules.errorRatio()))
                    .recordings(RuleGroup.named("gateway-recordings").rule(byRoute))
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-red")
                            .rule(GatewayRules.alert().when(byRoute.series().above(0.02)))));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': reads"
                + " 'route:gateway_http_requests:error_ratio_rate5m', which rule group 'gateway-slow-recordings'"
                + " records every 5m; groups that alerts read must run every 1m or faster, so set"
                + " .interval(\"1m\") or less"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aLabelledRecordingIsReadByASelectorWithoutMatchersOnItsLabels() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings")
                            .interval("5m")
                            .rule(GatewayRules.errorRatio().label("slo_name", "availability")))
                    .rules(GATEWAY_RED, RuleGroup.named("gateway-red").rule(GatewayRules.alert())));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': reads"
                + " 'route:gateway_http_requests:error_ratio_rate5m', which rule group 'gateway-recordings' records"
                + " every 5m; groups that alerts read must run every 1m or faster, so set .interval(\"1m\") or less"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aQueryThroughAnotherDeclarationOfACatalogMetricIsRefused() {
    Counter shadow =
        Counter.named("gateway_http_requests_total")
            .help("Requests.")
            .labels("method", "route", "status", "tenant");
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings")
                            .rule(
                                RecordingRule.named("tenant:gateway_http_requests:rate5m")
                                    .expr(
                                        sum(rate(
                                                shadow.select().where("tenant", "acme").over("5m")))
                                            .by("tenant")))));

    assertEquals(
        List.of(
            "bundle 'access': recording rule 'tenant:gateway_http_requests:rate5m': reads metric"
                + " 'gateway_http_requests_total' through a declaration that differs from the catalog's (labels"
                + " [method, route, status, tenant] vs [method, route, status]); use the catalog's constant"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void recordingsOutsideTheRecordingFileAndSlowAlertGroupsAreRefused() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-helpers").rule(GatewayRules.errorRatio()))
                    .rules(
                        INGESTION_RED,
                        RuleGroup.named("gateway-red").interval("10m").rule(GatewayRules.alert())));

    assertEquals(
        List.of(
            "bundle 'access': rule group 'gateway-helpers': holds recording rules but is published in"
                + " alerts/RED/gateway_red.yaml; declare recordings with definition.recordings(...) (or"
                + " generalRecordings(...) for infrastructure and cross-domain ones) so tests and Prometheus load"
                + " them first",
            "bundle 'access': rule group 'gateway-red': evaluates its alerts every 10m; alert groups run every 1m"
                + " or faster, as their promtool tests assume"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aScenarioFeedingASeriesTheAlertDoesNotReadIsRefused() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS, TICKS)
                    .recordings(
                        RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-red")
                            .rule(
                                GatewayRules.alert()
                                    .scenario(
                                        AlertScenario.named("ticks only")
                                            .input(
                                                TestSeries.of(TICKS.select().where("feed", "lse"))
                                                    .rising(1, 60))
                                            .observing(Map.of("route", "/api"), 0.01)
                                            .quietAt("30m")))));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': quiet scenario 'ticks only' feeds no series that"
                + " gateway_http_requests_total selects, so it stays quiet whatever the threshold; add an input that"
                + " this selector selects, with values below the threshold",
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': quiet scenario 'ticks only' feeds no series that"
                + " gateway_http_requests_total{status=~\"5..\"} selects, so it stays quiet whatever the threshold;"
                + " add an input that this selector selects, with values below the threshold",
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': scenario 'ticks only' feeds"
                + " ingestion_ticks_received_total, which the alert does not read (it reads"
                + " [gateway_http_requests_total, route:gateway_http_requests:error_ratio_rate5m]); fix the series name"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void aQuietScenarioWhoseInputNoMatcherSelectsIsRefused() {
    // status="5000" reaches the total but not the =~"5.." errors: the error ratio is empty, never
    // low.
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-red")
                            .rule(
                                GatewayRules.alert()
                                    .scenario(
                                        AlertScenario.named("only odd statuses")
                                            .input(GatewayRules.requests("200", 99, 60))
                                            .input(GatewayRules.requests("5000", 1, 60))
                                            .observing(Map.of("route", "/api"), 0.01)
                                            .quietAt("30m")))));

    assertEquals(
        List.of(
            "bundle 'access': alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': quiet scenario 'only odd statuses' feeds no"
                + " series that gateway_http_requests_total{status=~\"5..\"} selects, so it stays quiet whatever the"
                + " threshold; add an input that this selector selects, with values below the threshold"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void problemsNameBundleObjectAndFixSeparately() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS)
                    .recordings(
                        RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                    .rules(
                        GATEWAY_RED,
                        RuleGroup.named("gateway-red").rule(GatewayRules.alert().runbook(null))));

    Problem problem = Platform.define(List.of(access)).problems().get(0);

    assertEquals("access", problem.bundle());
    assertEquals("alert 'ALERT_GATEWAY_HIGH_ERROR_RATE'", problem.object());
    assertEquals(RUNBOOK_FIX, problem.message());
  }

  @Test
  void bundleCodeThatThrowsADefinitionErrorIsReportedAndEarlierDeclarationsKept() {
    Bundle broken =
        bundle(
            "broken",
            d ->
                d.metrics(TICKS).metrics(Counter.named("gateway_http_requests").help("Requests.")));

    Platform platform = Platform.define(List.of(broken));

    assertEquals(
        List.of(
            "bundle 'broken': metric 'gateway_http_requests': a counter's name must end in '_total';"
                + " rename it to 'gateway_http_requests_total'"),
        lines(platform));
    assertEquals(List.of(TICKS), platform.bundles().get(0).metrics());
  }

  /** Holds a constant whose initializer fails, as a bundle's catalog class would. */
  static final class BrokenCatalog {
    static final Counter BAD = Counter.named("BadName_total").help("x");

    private BrokenCatalog() {}
  }

  @Test
  void definitionErrorInAStaticInitializerIsReported() {
    Bundle broken = bundle("broken", d -> d.metrics(BrokenCatalog.BAD));

    assertEquals(
        List.of(
            "bundle 'broken': metric 'BadName_total': name is not snake_case; use lower-case words joined by '_',"
                + " as in 'gateway_http_requests_total'"),
        lines(Platform.define(List.of(broken))));
  }

  @Test
  void anyOtherExceptionIsReportedAsABundleDefinitionFailure() {
    Bundle broken =
        bundle(
            "broken",
            d -> {
              throw new IllegalStateException("boom");
            });

    assertEquals(
        List.of(
            "bundle 'broken': bundle definition: failed with java.lang.IllegalStateException: boom;"
                + " fix the bundle code"),
        lines(Platform.define(List.of(broken))));
  }

  @Test
  void twoBundlesWithTheSameName() {
    Platform platform = Platform.define(List.of(gateway("access"), bundle("access", d -> {})));

    assertEquals(
        List.of(
            "bundle 'access': bundle 'access': two bundles share this name; rename one of them"),
        lines(platform));
  }

  @Test
  void metricDeclaredInTwoBundles() {
    Platform platform =
        Platform.define(
            List.of(gateway("access"), bundle("ingestion", d -> d.metrics(GatewayRules.REQUESTS))));

    assertEquals(
        List.of(
            "bundle 'ingestion': metric 'gateway_http_requests_total': is declared twice (also in bundle 'access');"
                + " declare the metric in one bundle and import its constant elsewhere"),
        lines(platform));
  }

  @Test
  void anExporterMetricMayBeDeclaredAlikeByEveryBundleThatReadsIt() {
    Gauge up = Gauge.exportedBy("node_exporter", "node_load1").help("1m load average.");
    Gauge sameUp = Gauge.exportedBy("node_exporter", "node_load1").help("1m load average.");
    Platform platform =
        Platform.define(
            List.of(
                bundle("access", d -> d.metrics(up)), bundle("ingestion", d -> d.metrics(sameUp))));

    assertEquals(List.of(), lines(platform));
  }

  @Test
  void anExporterMetricDeclaredDifferentlyByTwoBundles() {
    Gauge up = Gauge.exportedBy("node_exporter", "node_load1").help("1m load average.");
    Gauge otherUp = Gauge.exportedBy("node_exporter", "node_load1").help("Load.");
    Platform platform =
        Platform.define(
            List.of(
                bundle("access", d -> d.metrics(up)),
                bundle("ingestion", d -> d.metrics(otherUp))));

    assertEquals(
        List.of(
            "bundle 'ingestion': metric 'node_load1': is declared differently in bundle 'access'; an exporter's metric must be"
                + " declared alike (help, labels, exporter) in every bundle that reads it"),
        lines(platform));
  }

  @Test
  void ruleGroupNameUsedTwiceInOneBundle() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.metrics(GatewayRules.REQUESTS, TICKS)
                    .recordings(RuleGroup.named("shared").rule(GatewayRules.errorRatio()))
                    .recordings(RuleGroup.named("shared").rule(ticksRate())));

    assertEquals(
        List.of(
            "bundle 'access': rule group 'shared': is declared twice (also in this bundle);"
                + " rename one group; promtool orders groups by name"),
        lines(Platform.define(List.of(access))));
  }

  @Test
  void sameRunbookSlugWithDifferentTextAcrossBundles() {
    Runbook other = new Runbook("gateway-high-error-rate", "Other", "# Other\n");
    Bundle ingestion =
        bundle(
            "ingestion",
            d ->
                d.metrics(TICKS)
                    .rules(
                        INGESTION_RED,
                        RuleGroup.named("ingestion-red")
                            .rule(ticksStopped("ALERT_INGESTION_TICKS_STOPPED", other))));

    assertEquals(
        List.of(
            "bundle 'ingestion': runbook 'gateway-high-error-rate': bundle 'access' ships a different runbook"
                + " with this slug; rename one"),
        lines(Platform.define(List.of(gateway("access"), ingestion))));
  }

  @Test
  void identicalProblemsAreReportedOnce() {
    Bundle access =
        bundle(
            "access",
            d ->
                d.recordings(RuleGroup.named("gateway-recordings").rule(GatewayRules.errorRatio()))
                    .recordings(
                        RuleGroup.named("gateway-recordings-copy")
                            .rule(GatewayRules.errorRatio())));

    assertEquals(
        List.of(
            "bundle 'access': recording rule 'route:gateway_http_requests:error_ratio_rate5m':"
                + " is declared twice (also in this bundle); record it once, or tell the copies apart with a label",
            "bundle 'access': recording rule 'route:gateway_http_requests:error_ratio_rate5m':"
                + " reads metric 'gateway_http_requests_total', which no bundle's catalog declares;"
                + " add it with definition.metrics(...) or fix the name"),
        lines(Platform.define(List.of(access))));
  }
}
