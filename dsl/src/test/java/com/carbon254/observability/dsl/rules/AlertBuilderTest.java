package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.rules.GatewayRules.ALERT_NAME;
import static com.carbon254.observability.dsl.rules.GatewayRules.DESCRIPTION;
import static com.carbon254.observability.dsl.rules.GatewayRules.RUNBOOK;
import static com.carbon254.observability.dsl.rules.GatewayRules.SUMMARY;
import static com.carbon254.observability.dsl.rules.GatewayRules.condition;
import static com.carbon254.observability.dsl.rules.GatewayRules.fires;
import static com.carbon254.observability.dsl.rules.GatewayRules.quiet;
import static com.carbon254.observability.dsl.rules.GatewayRules.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertBuilderTest {
  private static final String PREFIX = "alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': ";

  private static String messageOf(Alert.Builder builder) {
    return assertThrows(DefinitionException.class, builder::build).getMessage();
  }

  /** Everything up to the runbook; each test adds or leaves out the rest. */
  private static Alert.Builder described() {
    return Alert.named(ALERT_NAME)
        .when(condition())
        .severity(Severity.PAGE)
        .service("gateway")
        .summary(SUMMARY)
        .description(DESCRIPTION);
  }

  @Test
  void completeAlertBuilds() {
    Alert alert = GatewayRules.alert().build();

    assertEquals(ALERT_NAME, alert.name());
    assertEquals("route:gateway_http_requests:error_ratio_rate5m > 0.02", alert.expr().promql());
    assertEquals(Optional.of(Window.minutes(5)), alert.pendingFor());
    assertEquals(
        Map.of("service", "gateway", "severity", "page", "team", "gateway"), alert.staticLabels());
    assertEquals(
        List.of("summary", "description", "runbook_url"),
        List.copyOf(alert.annotations(ExampleSite.SITE).keySet()));
    assertEquals(
        "https://github.com/254carbon/254carbon-observability/blob/main/generated/docs/runbooks/gateway-high-error-rate.md",
        alert.annotations(ExampleSite.SITE).get("runbook_url"));
    assertEquals("alert 'ALERT_GATEWAY_HIGH_ERROR_RATE'", alert.describe());
    assertEquals(2, alert.scenarios().size());
  }

  @Test
  void camelCaseNameIsRefused() {
    assertEquals(
        "alert 'GatewayHighErrorRate': name must read ALERT_<SERVICE>_<CONDITION> in upper case,"
            + " as in 'ALERT_GATEWAY_HIGH_ERROR_RATE'",
        messageOf(GatewayRules.alert("GatewayHighErrorRate")));
  }

  @Test
  void nameWithoutAConditionIsRefused() {
    assertEquals(
        "alert 'ALERT_GATEWAY': name must read ALERT_<SERVICE>_<CONDITION> in upper case,"
            + " as in 'ALERT_GATEWAY_HIGH_ERROR_RATE'",
        messageOf(GatewayRules.alert("ALERT_GATEWAY")));
  }

  @Test
  void lowerCaseNameIsRefused() {
    assertEquals(
        "alert 'alert_gateway_high_error_rate': name must read ALERT_<SERVICE>_<CONDITION> in upper case,"
            + " as in 'ALERT_GATEWAY_HIGH_ERROR_RATE'",
        messageOf(GatewayRules.alert("alert_gateway_high_error_rate")));
  }

  @Test
  void missingConditionIsRefused() {
    assertEquals(
        PREFIX + "has no condition; pass the query to .when(...)",
        messageOf(Alert.named(ALERT_NAME).severity(Severity.PAGE)));
  }

  @Test
  void missingSeverityIsRefused() {
    assertEquals(
        PREFIX + "has no severity; add .severity(Severity.PAGE|WARN|INFO)",
        messageOf(Alert.named(ALERT_NAME).when(condition()).summary(SUMMARY)));
  }

  @Test
  void missingSummaryIsRefused() {
    assertEquals(
        PREFIX + "has no summary; add .summary(\"what is wrong, in one sentence\")",
        messageOf(
            Alert.named(ALERT_NAME)
                .when(condition())
                .severity(Severity.WARN)
                .description(DESCRIPTION)));
  }

  @Test
  void blankSummaryIsRefused() {
    assertEquals(
        PREFIX + "has no summary; add .summary(\"what is wrong, in one sentence\")",
        messageOf(Alert.named(ALERT_NAME).when(condition()).severity(Severity.WARN).summary("  ")));
  }

  @Test
  void missingDescriptionIsRefused() {
    assertEquals(
        PREFIX + "has no description; add .description(\"impact and first thing to check\")",
        messageOf(
            Alert.named(ALERT_NAME).when(condition()).severity(Severity.INFO).summary(SUMMARY)));
  }

  @Test
  void missingRunbookIsRefused() {
    assertEquals(
        PREFIX
            + "has no runbook_url; add .runbook(Runbook.fromResource(getClass(), \"<slug>\"))"
            + " with src/main/resources/runbooks/<slug>.md",
        messageOf(described().scenario(fires()).scenario(quiet())));
  }

  @Test
  void severityLabelIsReserved() {
    assertEquals(
        PREFIX
            + "label 'severity' is reserved or not a label name; use .severity(...) for severity",
        messageOf(GatewayRules.alert().label("severity", "critical")));
  }

  @Test
  void labelThatIsNotALabelNameIsRefused() {
    assertEquals(
        PREFIX
            + "label 'Owner-Team' is reserved or not a label name; use .severity(...) for severity",
        messageOf(GatewayRules.alert().label("Owner-Team", "gateway")));
  }

  @Test
  void labelThatOverwritesAResultLabelIsRefused() {
    assertEquals(
        PREFIX + "label 'route' would overwrite the same label of the query's result; rename it",
        messageOf(GatewayRules.alert().label("route", "/api")));
  }

  @Test
  void valueTemplateIsRefused() {
    assertEquals(
        PREFIX
            + "summary uses the template '{{ $value }}'; only {{ $labels.<name> }} is allowed,"
            + " so tests can predict the text",
        messageOf(GatewayRules.alert().summary("Error ratio is {{ $value }}")));
  }

  @Test
  void templateOfALabelTheQueryDropsIsRefused() {
    assertEquals(
        PREFIX
            + "description uses {{ $labels.status }}, but the query returns only [route];"
            + " keep that label in the query's by(...)",
        messageOf(GatewayRules.alert().description("Status {{ $labels.status }} dominates.")));
  }

  @Test
  void unclosedTemplateIsRefused() {
    assertThrows(
        DefinitionException.class,
        () -> GatewayRules.alert().summary("Route {{ $labels.route fails").build());
  }

  @Test
  void noScenariosAtAll() {
    assertEquals(
        PREFIX
            + "needs promtool scenarios that show it firing above its threshold and staying quiet below it;"
            + " add .scenario(AlertScenario.named(...)...)",
        messageOf(described().runbook(RUNBOOK)));
  }

  @Test
  void onlyAFiringScenario() {
    assertEquals(
        PREFIX
            + "needs promtool scenarios that show it staying quiet below it;"
            + " add .scenario(AlertScenario.named(...)...)",
        messageOf(described().runbook(RUNBOOK).scenario(fires())));
  }

  @Test
  void onlyAQuietScenario() {
    assertEquals(
        PREFIX
            + "needs promtool scenarios that show it firing above its threshold;"
            + " add .scenario(AlertScenario.named(...)...)",
        messageOf(described().runbook(RUNBOOK).scenario(quiet())));
  }

  @Test
  void scenarioEvaluatedAfterItsSeriesEndIsRefused() {
    AlertScenario tooShort =
        AlertScenario.named("short")
            .input(requests("500", 5, 30))
            .input(requests("200", 95, 60))
            .firesAt("60m", Map.of("route", "/api"));

    assertEquals(
        PREFIX
            + "scenario 'short' evaluates at 1h but series gateway_http_requests_total{route=\"/api\", status=\"500\"}"
            + " ends after 30m; extend the series",
        messageOf(described().runbook(RUNBOOK).scenario(tooShort).scenario(quiet())));
  }

  @Test
  void scenarioExpectingLabelsTheQueryDropsIsRefused() {
    AlertScenario withStatus =
        AlertScenario.named("by status")
            .input(requests("500", 5, 60))
            .firesAt("60m", Map.of("route", "/api", "status", "500"));

    assertEquals(
        PREFIX
            + "scenario 'by status' expects labels [status] that the alert's query does not return (it returns [route])",
        messageOf(described().runbook(RUNBOOK).scenario(withStatus).scenario(quiet())));
  }

  /** GatewayRules.fires() before its observation: 5 errors in 100 requests a minute. */
  private static AlertScenario.Builder fivePercentErrors() {
    return AlertScenario.named("5% errors")
        .input(requests("500", 5, 60))
        .input(requests("200", 95, 60));
  }

  @Test
  void quietScenarioWithoutMeasuredValuesIsRefusedWithTheFix() {
    AlertScenario unobserved =
        AlertScenario.named("1% errors")
            .input(requests("500", 1, 60))
            .input(requests("200", 99, 60))
            .quietAt("60m");

    assertEquals(
        PREFIX
            + "scenario '1% errors' states no measured values; add .observing(Map.of(<labels of the"
            + " series>), <value>, ...) before .quietAt(...) with, in order, the value at 1h of"
            + " route:gateway_http_requests:error_ratio_rate5m, so the test shows how far from each"
            + " threshold the scenario stands",
        messageOf(described().runbook(RUNBOOK).scenario(fires()).scenario(unobserved)));
  }

  @Test
  void firingScenarioWithoutMeasuredValuesIsRefusedWithTheFix() {
    AlertScenario unobserved = fivePercentErrors().firesAt("60m", Map.of("route", "/api"));

    assertEquals(
        PREFIX
            + "scenario '5% errors' states no measured values; add .observing(<value>, ...) before"
            + " .firesAt(...) with, in order, the value at 1h of"
            + " route:gateway_http_requests:error_ratio_rate5m, so the test shows how far from each"
            + " threshold the scenario stands",
        messageOf(described().runbook(RUNBOOK).scenario(unobserved).scenario(quiet())));
  }

  @Test
  void observingTheWrongNumberOfValuesIsRefused() {
    AlertScenario twoValues =
        fivePercentErrors().observing(0.05, 0.05).firesAt("60m", Map.of("route", "/api"));

    assertEquals(
        PREFIX
            + "scenario '5% errors' observes 2 values but the alert has 1 conditions; give one"
            + " measured value per condition, in order",
        messageOf(described().runbook(RUNBOOK).scenario(twoValues).scenario(quiet())));
  }

  @Test
  void anAbsentConditionNeedsToSayWhatItMeasures() {
    com.carbon254.observability.dsl.promql.Selector<?> up =
        com.carbon254.observability.dsl.promql.ScrapeTargets.UP.select().where("job", "gateway");
    TestSeries none =
        TestSeries.of(
                com.carbon254.observability.dsl.promql.ScrapeTargets.UP
                    .select()
                    .where("job", "other"))
            .flat(20);
    Alert.Builder missing =
        Alert.named("ALERT_GATEWAY_TARGETS_MISSING")
            .when(com.carbon254.observability.dsl.promql.Promql.absent(up))
            .severity(Severity.WARN)
            .service("gateway")
            .summary("No gateway target")
            .description("Prometheus has no target of job {{ $labels.job }}.")
            .runbook(RUNBOOK)
            .scenario(
                AlertScenario.named("gone")
                    .input(none)
                    .observing(AlertScenario.NO_SERIES)
                    .firesAt("10m", Map.of("job", "gateway")))
            .scenario(
                AlertScenario.named("there")
                    .input(none)
                    .input(TestSeries.of(up).flat(20))
                    .observing(Map.of(), 1)
                    .quietAt("10m"));

    assertEquals(
        "alert 'ALERT_GATEWAY_TARGETS_MISSING': scenario 'gone' observes values, but condition"
            + " 'absent(up{job=\"gateway\"})' has no numeric left-hand side; say what it measures"
            + " with .measuring(...) on the alert (for absent(x): count(x), the series present)",
        messageOf(missing));

    Alert measured =
        missing.measuring(com.carbon254.observability.dsl.promql.Promql.count(up)).build();
    assertEquals(
        "count(up{job=\"gateway\"})",
        measured.scenarios().get(1).observation().orElseThrow().queries().get(0).promql());
  }

  @Test
  void alertWithoutServiceIsRefused() {
    assertEquals(
        PREFIX
            + "has no service label; add .service(\"<service>\") naming what on-call reads as the"
            + " service (gateway, model_serving, node...): Alertmanager groups and inhibits by it",
        messageOf(
            Alert.named(ALERT_NAME)
                .when(condition())
                .severity(Severity.PAGE)
                .summary(SUMMARY)
                .description(DESCRIPTION)
                .runbook(RUNBOOK)
                .scenario(fires())
                .scenario(quiet())));
  }

  @Test
  void serviceMustBeSnakeCase() {
    assertEquals(
        PREFIX + "service 'model-serving' is not snake_case; write it as in 'model_serving'",
        messageOf(GatewayRules.alert().service("model-serving")));
  }

  @Test
  void serviceIsRefusedWhenTheQueryCarriesTheTargetsServiceLabel() {
    com.carbon254.observability.dsl.promql.Selector<?> up =
        com.carbon254.observability.dsl.promql.ScrapeTargets.UP.select().where("job", "gateway");
    Alert.Builder down =
        Alert.named("ALERT_GATEWAY_TARGET_DOWN")
            .when(up.equalTo(0))
            .severity(Severity.WARN)
            .service("gateway")
            .summary(SUMMARY)
            .description(DESCRIPTION)
            .runbook(RUNBOOK);

    assertEquals(
        "alert 'ALERT_GATEWAY_TARGET_DOWN': sets service 'gateway' but its query's result already"
            + " carries the target label 'service'; either aggregate it away (sum without (service)"
            + " (...), or by the labels to keep) or remove .service(...) and let the target's"
            + " service label name the service",
        messageOf(down));
  }

  @Test
  void scenarioWithoutInputIsRefused() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> AlertScenario.named("empty").quietAt("10m"));

    assertEquals(
        "scenario 'empty': has no input series; add .input(TestSeries.of(...))", e.getMessage());
  }

  @Test
  void severitiesAreLowerCaseLabels() {
    assertEquals("page", Severity.PAGE.label());
    assertEquals("warn", Severity.WARN.label());
    assertEquals("info", Severity.INFO.label());
  }
}
