package com.carbon254.observability.dsl.rules;

import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Vector;
import java.util.Map;

/** A small, complete gateway definition the rule, renderer and platform tests share. */
public final class GatewayRules {
  public static final Counter REQUESTS =
      Counter.named("gateway_http_requests_total")
          .help("HTTP requests served by the gateway.")
          .labels("method", "route", "status");

  public static final String ERRORS_PROMQL =
      "sum by (route) (rate(gateway_http_requests_total{status=~\"5..\"}[5m]))";
  public static final String TOTAL_PROMQL =
      "sum by (route) (rate(gateway_http_requests_total[5m]))";

  public static final String ALERT_NAME = "ALERT_GATEWAY_HIGH_ERROR_RATE";
  public static final String SUMMARY =
      "Gateway route {{ $labels.route }} fails more than 2% of requests";
  public static final String DESCRIPTION =
      "Users of {{ $labels.route }} see errors. Check the upstream first.";

  public static final Runbook RUNBOOK =
      new Runbook(
          "gateway-high-error-rate", "Gateway high error rate", "# Gateway high error rate\n");

  private GatewayRules() {}

  public static Vector errorsByRoute() {
    return sum(rate(REQUESTS.select().matching("status", "5..").over("5m"))).by("route");
  }

  public static Vector totalByRoute() {
    return sum(rate(REQUESTS.select().over("5m"))).by("route");
  }

  public static RecordingRule errorRatio() {
    return RecordingRule.named("route:gateway_http_requests:error_ratio_rate5m")
        .expr(errorsByRoute().div(totalByRoute()));
  }

  public static Vector condition() {
    return errorRatio().series().above(0.02);
  }

  public static TestSeries requests(String status, double perMinute, int minutes) {
    return TestSeries.of(REQUESTS.select().where("route", "/api").where("status", status))
        .rising(perMinute, minutes);
  }

  public static AlertScenario fires() {
    return AlertScenario.named("5% errors")
        .input(requests("500", 5, 60))
        .input(requests("200", 95, 60))
        .observing(0.05)
        .firesAt("60m", Map.of("route", "/api"));
  }

  public static AlertScenario quiet() {
    return AlertScenario.named("1% errors")
        .input(requests("500", 1, 60))
        .input(requests("200", 99, 60))
        .observing(Map.of("route", "/api"), 0.01)
        .quietAt("60m");
  }

  /** A complete alert, ready to build. */
  public static Alert.Builder alert() {
    return alert(ALERT_NAME);
  }

  public static Alert.Builder alert(String name) {
    return Alert.named(name)
        .when(condition())
        .pendingFor("5m")
        .severity(Severity.PAGE)
        .service("gateway")
        .label("team", "gateway")
        .summary(SUMMARY)
        .description(DESCRIPTION)
        .runbook(RUNBOOK)
        .scenario(fires())
        .scenario(quiet());
  }
}
