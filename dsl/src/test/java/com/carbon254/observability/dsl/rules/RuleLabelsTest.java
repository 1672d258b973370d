package com.carbon254.observability.dsl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.api.Test;

/** Constant labels of recordings follow the same rules as those of alerts. */
class RuleLabelsTest {

  @Test
  void aRecordingLabelMustBeALabelName() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> GatewayRules.errorRatio().label("bad-name", "x"));

    assertEquals(
        "recording rule 'route:gateway_http_requests:error_ratio_rate5m': label 'bad-name' is reserved or not a label"
            + " name; choose another name",
        e.getMessage());
  }

  @Test
  void aRecordingMayNotSetTheMetricName() {
    assertThrows(DefinitionException.class, () -> GatewayRules.errorRatio().label("__name__", "x"));
  }

  @Test
  void aRecordingLabelMayNotOverwriteAResultLabel() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> GatewayRules.errorRatio().label("route", "all"));

    assertEquals(
        "recording rule 'route:gateway_http_requests:error_ratio_rate5m': label 'route' would overwrite the same"
            + " label of the query's result; rename it",
        e.getMessage());
  }

  @Test
  void alertLabelValuesAreConstant() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> GatewayRules.alert().label("value", "{{ $value }}").build());

    assertEquals(
        "alert 'ALERT_GATEWAY_HIGH_ERROR_RATE': label 'value' has a template in its value; label values must be"
            + " constant, put the text in an annotation",
        e.getMessage());
  }
}
