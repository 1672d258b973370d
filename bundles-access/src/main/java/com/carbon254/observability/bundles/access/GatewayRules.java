package com.carbon254.observability.bundles.access;

import static com.carbon254.observability.bundles.access.GatewayMetrics.REQUESTS;
import static com.carbon254.observability.bundles.access.GatewayMetrics.REQUEST_DURATION;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/** Gateway RED recordings and alerts. */
final class GatewayRules {
  private GatewayRules() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /** Server errors only: a 4xx is the client's mistake and does not burn our budget. */
  static final String SERVER_ERROR = "5..";

  private static final Map<String, String> GATEWAY_JOB = Map.of("job", "gateway");

  static final double PAGE_ERROR_RATIO_5M = 0.02;
  static final double PAGE_ERROR_RATIO_15M = 0.01;

  static final RecordingRule REQUEST_RATE =
      RecordingRule.named("route:gateway_http_requests:rate5m")
          .expr(sum(rate(REQUESTS.select().over(RATE_WINDOW))).by("route"));

  /**
   * What the gateway dashboard reads instead of the raw counter: per job, route and status, so its
   * job and route filters apply and the request rate, errors by status class and the 5xx ratio are
   * sums of it. Method and instance are summed away; the status codes the gateway answers are few.
   */
  static final RecordingRule RATE_BY_STATUS =
      RecordingRule.named("job_route_status:gateway_http_requests:rate5m")
          .expr(sum(rate(REQUESTS.select().over(RATE_WINDOW))).by("job", "route", "status"));

  static final RecordingRule ERROR_RATIO =
      RecordingRule.named("route:gateway_http_requests:error_ratio5m")
          .expr(errorRatio(RATE_WINDOW, "route"));

  static final String LATENCY_QUANTILES =
      "route:gateway_http_request_duration_seconds:histogram_quantile5m";

  static RecordingRule latency(double quantile) {
    return RecordingRule.named(LATENCY_QUANTILES)
        .expr(
            histogramQuantile(
                quantile, sum(rate(REQUEST_DURATION.bucket().over(RATE_WINDOW))).by("le", "route")))
        .label("quantile", com.carbon254.observability.dsl.promql.Numbers.format(quantile));
  }

  static final RecordingRule LATENCY_P50 = latency(0.5);
  static final RecordingRule LATENCY_P95 = latency(0.95);
  static final RecordingRule LATENCY_P99 = latency(0.99);

  /** Share of requests answered with a 5xx over {@code window}, per value of {@code by}. */
  static Vector errorRatio(Window window, String... by) {
    return sum(rate(REQUESTS.select().matching("status", SERVER_ERROR).over(window)))
        .by(by)
        .div(sum(rate(REQUESTS.select().over(window))).by(by));
  }

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("gateway-red-recordings")
        .rule(REQUEST_RATE)
        .rule(RATE_BY_STATUS)
        .rule(ERROR_RATIO)
        .rule(LATENCY_P50)
        .rule(LATENCY_P95)
        .rule(LATENCY_P99)
        .scenario(oneRouteAtThreePercentErrors());
  }

  private static final String ROUTE = "/api/v1/instruments";
  private static final Map<String, String> ON_ROUTE = Map.of("route", ROUTE);

  /**
   * 100 requests a minute on one route, 3 of them 5xx; per minute, 50 answered within 100 ms, 90
   * within 150 ms, all within 250 ms. So p50 is 0.1 s, p95 0.2 s and p99 0.24 s by linear
   * interpolation inside the buckets, as histogram_quantile computes it.
   */
  private static RecordingScenario.Builder oneRouteAtThreePercentErrors() {
    return RecordingScenario.named("one route, 100 requests a minute, 3% errors")
        .input(series("200").rising(97, 60))
        .input(series("500").rising(3, 60))
        .inputs(
            TestSeries.histogram(
                REQUEST_DURATION,
                Map.of("job", "gateway", "route", ROUTE),
                60,
                5,
                15,
                30,
                40,
                50,
                90,
                100,
                100,
                100))
        .expect("30m", REQUEST_RATE, ON_ROUTE, 100.0 / 60)
        .expect(
            "30m",
            RATE_BY_STATUS,
            Map.of("job", "gateway", "route", ROUTE, "status", "200"),
            97.0 / 60)
        .expect(
            "30m", RATE_BY_STATUS, Map.of("job", "gateway", "route", ROUTE, "status", "500"), 0.05)
        .expect("30m", ERROR_RATIO, ON_ROUTE, 0.03)
        .expect("30m", LATENCY_P50, ON_ROUTE, 0.1)
        .expect("30m", LATENCY_P95, ON_ROUTE, 0.2)
        .expect("30m", LATENCY_P99, ON_ROUTE, 0.24);
  }

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("gateway-red").rule(highErrorRate());
  }

  /**
   * The seed's ALERT_GATEWAY_HIGH_ERROR_RATE: the 15m window keeps a one-minute blip from paging,
   * the 5m window makes it stop soon after recovery.
   */
  static Alert.Builder highErrorRate() {
    return Alert.named("ALERT_GATEWAY_HIGH_ERROR_RATE")
        .when(
            errorRatio(Window.minutes(5), "job")
                .above(PAGE_ERROR_RATIO_5M)
                .and(errorRatio(Window.minutes(15), "job").above(PAGE_ERROR_RATIO_15M)))
        .pendingFor("2m")
        .severity(Severity.PAGE)
        .service("gateway")
        .summary("Gateway 5xx ratio is above 2% over 5m and above 1% over 15m.")
        .description(
            "More than 2% of the requests to {{ $labels.job }} failed with a 5xx over the last 5 minutes, and more than"
                + " 1% over the last 15 minutes. Users see errors now; check the error ratio by route on the"
                + " gateway overview dashboard and recent deploys.")
        .runbook(Runbook.fromResource(GatewayRules.class, "high-api-error-rate"))
        .scenario(
            steadyTraffic("fires under a steady 3% error ratio", 97, 3)
                .observing(0.03, 0.03)
                .firesAt("30m", GATEWAY_JOB))
        .scenario(
            steadyTraffic("stays quiet under a steady 1.5% error ratio", 197, 3)
                .observing(GATEWAY_JOB, 0.015, 0.015)
                .quietAt("30m"))
        // Errors start at 3% at 40m: the 5m ratio is above 2% from 44m, the 15m ratio passes 1%
        // only at 46m (18/1518), so the alert fires at 48m, two minutes later, and not before.
        .scenario(
            errorsStartAt40m("fires two minutes after the 15m ratio passes 1% as errors start")
                .checking(
                    "45m",
                    errorRatio(Window.minutes(15), "job").isAbove(PAGE_ERROR_RATIO_15M),
                    GATEWAY_JOB,
                    false)
                .checking(
                    "46m",
                    errorRatio(Window.minutes(15), "job").isAbove(PAGE_ERROR_RATIO_15M),
                    GATEWAY_JOB,
                    true)
                // At 48m the 5m window holds only erroring minutes: 3 of 103 requests a minute. The
                // 15m window (samples 34m..48m) holds 24 errors, not extrapolated below the
                // counter's zero at 40m, against 1400 OK requests extrapolated to 15 minutes:
                // 24/1524 = 2/127.
                .observing(3.0 / 103, 2.0 / 127)
                .firesAt("48m", GATEWAY_JOB))
        .scenario(
            errorsStartAt40m("is still pending one minute after both ratios crossed")
                .observing(GATEWAY_JOB, 15.0 / 515, 21.0 / 1521)
                .quietAt("47m"))
        .scenario(
            // 12 errors in one minute: the 5m ratio (12/512) stays above 2% from 41m to 45m, longer
            // than the 2m pending time, so only the 15m ratio (12/1512, below 1%) keeps it quiet.
            AlertScenario.named("stays quiet when a short burst lifts only the 5m ratio above 2%")
                .input(series("200").rising(100, 60))
                .input(series("500").flat(40).rising(12, 1).flat(19))
                .checking(
                    "41m",
                    errorRatio(Window.minutes(5), "job").isAbove(PAGE_ERROR_RATIO_5M),
                    GATEWAY_JOB,
                    true)
                .checking(
                    "44m",
                    errorRatio(Window.minutes(5), "job").isAbove(PAGE_ERROR_RATIO_5M),
                    GATEWAY_JOB,
                    true)
                .checking(
                    "44m",
                    errorRatio(Window.minutes(15), "job").isAbove(PAGE_ERROR_RATIO_15M),
                    GATEWAY_JOB,
                    false)
                .observing(GATEWAY_JOB, 12.0 / 512, 12.0 / 1512)
                .quietAt("44m"));
  }

  /** 100 requests a minute; from 40m on, 3 of them fail. */
  private static AlertScenario.Builder errorsStartAt40m(String name) {
    return AlertScenario.named(name)
        .input(series("200").rising(100, 60))
        .input(series("500").flat(40).rising(3, 20));
  }

  private static AlertScenario.Builder steadyTraffic(
      String name, int okPerMinute, int errorsPerMinute) {
    return AlertScenario.named(name)
        .input(series("200").rising(okPerMinute, 60))
        .input(series("500").rising(errorsPerMinute, 60));
  }

  private static TestSeries series(String status) {
    return TestSeries.of(
        REQUESTS
            .select()
            .where("job", "gateway")
            .where("method", "GET")
            .where("route", ROUTE)
            .where("status", status));
  }
}
