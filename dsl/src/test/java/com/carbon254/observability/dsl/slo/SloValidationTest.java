package com.carbon254.observability.dsl.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SloValidationTest {
  private static String message(Executable build) {
    return assertThrows(DefinitionException.class, build).getMessage();
  }

  @Test
  void objectiveMustLieStrictlyBetweenZeroAndHundred() {
    assertEquals(
        "slo 'gateway-availability': objective 100% must lie strictly between 0 and 100; 100% leaves no error budget to alert on",
        message(() -> SloFixtures.availability().objective("100").build()));
    assertEquals(
        "slo 'gateway-availability': objective 0% must lie strictly between 0 and 100; 100% leaves no error budget to alert on",
        message(() -> SloFixtures.availability().objective("0").build()));
  }

  @Test
  void periodIsWholeDaysAndHoldsTheLongestWindow() {
    assertEquals(
        "slo 'gateway-availability': period 36h must be a whole number of days, as in '30d', '28d' or '7d'",
        message(() -> SloFixtures.availability().period("36h").build()));
    assertEquals(
        "slo 'gateway-availability': burn-rate alert over 3d and 6h: the window 3d is longer than the period 2d;"
            + " use a period longer than 3d or shorter alert windows",
        message(() -> SloFixtures.availability().period("2d").build()));
  }

  @Test
  void anAlertThatCouldNeverFireIsRefused() {
    assertEquals(
        "slo 'gateway-availability': burn-rate alert over 1h and 5m: factor 14.4 times the error budget 0.1 is 1.44, but an"
            + " error ratio never exceeds 1, so the alert could never fire; lower the factor or the objective",
        message(() -> SloFixtures.availability().objective("90").build()));
  }

  @Test
  void latencyThresholdMustBeABucketBound() {
    assertEquals(
        "metric 'gateway_http_request_duration_seconds': a latency SLI needs its threshold 0.2 s on a bucket bound, and the"
            + " bounds are [0.05, 0.15, 0.5, 1]; choose one of them or add the bound to the histogram",
        message(() -> SloFixtures.latency(0.2)));
  }

  @Test
  void groupingLabelsMustBeCarriedByTheIndicator() {
    assertEquals(
        "slo 'gateway-availability': groups by 'tenant', which the indicator's series do not carry (they carry [container, endpoint, instance, job,"
            + " method, namespace, pod, route, service, status]); group by one of those",
        message(() -> SloFixtures.availability().groupBy("tenant").build()));
  }

  @Test
  void windowsMustBeWholeFiveMinutes() {
    assertEquals(
        "slo 'gateway-availability': burn-rate alert over 1h and 2m: windows must be whole multiples of 5m, so"
            + " generated tests can sample them exactly",
        message(
            () -> SloFixtures.availability().burnAlert("1h", "2m", 14.4, Severity.PAGE).build()));
  }

  @Test
  void overriddenPairsReplaceTheWorkbook() {
    Slo slo = SloFixtures.availability().burnAlert("2h", "10m", 10, Severity.PAGE).build();
    assertEquals(1, slo.alerts().size());
    assertEquals("10", slo.alerts().get(0).factor().toPlainString());
  }

  @Test
  void labelsTheRulesSetAreReserved() {
    assertEquals(
        "slo 'gateway-availability': label 'slo_name' is reserved or not a label name; the SLO rules set slo_service,"
            + " slo_name, owner and severity",
        message(() -> SloFixtures.availability().label("slo_name", "x").build()));
  }

  @Test
  void theDefaultsAreThirtyDaysAndTheWorkbookPairs() {
    Slo slo = SloFixtures.availability().build();
    assertEquals("30d", slo.period().toString());
    assertEquals(4, slo.alerts().size());
    assertEquals("0.01", slo.errorBudget().toPlainString());
    assertEquals("gateway_availability_slo", slo.alertFile());
    assertEquals(Map.of("slo_name", "availability", "slo_service", "gateway"), slo.identity());
    assertEquals(
        List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d"),
        slo.windows().stream().map(Object::toString).toList());
  }
}
