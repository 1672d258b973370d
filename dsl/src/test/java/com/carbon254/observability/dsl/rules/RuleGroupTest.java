package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.rules.GatewayRules.ALERT_NAME;
import static com.carbon254.observability.dsl.rules.GatewayRules.errorRatio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleGroupTest {

  @Test
  void groupKeepsRulesInOrderAndSplitsThem() {
    RuleGroup group =
        RuleGroup.named("gateway-red").rule(errorRatio()).rule(GatewayRules.alert()).build();

    assertEquals(
        List.of("route:gateway_http_requests:error_ratio_rate5m", ALERT_NAME),
        group.rules().stream().map(Rule::name).toList());
    assertEquals(1, group.recordings().size());
    assertEquals(1, group.alerts().size());
    assertEquals(Window.minutes(1), group.interval());
  }

  @Test
  void intervalCanBeSet() {
    assertEquals(
        Window.seconds(30),
        RuleGroup.named("gateway.fast").interval("30s").rule(errorRatio()).build().interval());
  }

  @Test
  void nameMustBeLowerCaseWords() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> RuleGroup.named("Gateway_RED").rule(errorRatio()).build());

    assertEquals(
        "rule group 'Gateway_RED': name must be lower-case words joined by '-' or '.', as in 'gateway-red'",
        e.getMessage());
  }

  @Test
  void emptyGroupIsRefused() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> RuleGroup.named("gateway-red").build());

    assertEquals(
        "rule group 'gateway-red': has no rules; add .rule(...) or drop the group", e.getMessage());
  }

  @Test
  void everyBrokenAlertIsReportedAtOnce() {
    RuleGroup.Builder group =
        RuleGroup.named("gateway-red")
            .rule(errorRatio())
            .rule(GatewayRules.alert().runbook(null))
            .rule(GatewayRules.alert("ALERT_GATEWAY_NO_TRAFFIC").severity(null));

    DefinitionErrors errors = assertThrows(DefinitionErrors.class, group::build);

    assertEquals(
        List.of(
            "alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': has no runbook_url; add .runbook(Runbook.fromResource(getClass(),"
                + " \"<slug>\")) with src/main/resources/runbooks/<slug>.md",
            "alert 'ALERT_GATEWAY_NO_TRAFFIC': has no severity; add .severity(Severity.PAGE|WARN|INFO)"),
        errors.errors().stream().map(DefinitionException::getMessage).toList());
    assertEquals(
        "2 definition errors, first: alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': has no runbook_url;"
            + " add .runbook(Runbook.fromResource(getClass(), \"<slug>\")) with src/main/resources/runbooks/<slug>.md",
        errors.getMessage());
  }

  @Test
  void oneBrokenAlertIsThrownOnItsOwn() {
    RuleGroup.Builder group =
        RuleGroup.named("gateway-red").rule(GatewayRules.alert().severity(null));

    DefinitionException e = assertThrows(DefinitionException.class, group::build);

    assertEquals(
        "alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': has no severity; add .severity(Severity.PAGE|WARN|INFO)",
        e.getMessage());
  }
}
