package com.carbon254.observability.bundles.ml;

import static com.carbon254.observability.bundles.ml.MlMetrics.INFERENCE_ERRORS;
import static com.carbon254.observability.bundles.ml.MlMetrics.INFERENCE_LATENCY;
import static com.carbon254.observability.bundles.ml.MlMetrics.INFERENCE_REQUESTS;
import static com.carbon254.observability.bundles.ml.MlMetrics.MODEL_LOAD_FAILURES;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.bundles.ml.MlMetrics.ErrorType;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Model serving: inference KPIs by model version, and the alerts on latency, errors and loads. */
final class InferenceRules {
  private InferenceRules() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /** The model serving service's scrape job (the Service's name, as the ServiceMonitor sets it). */
  static final String JOB = "model-serving";

  /**
   * The seed leaves the inference latency target open. Models on the interactive path are called by
   * the gateway inside requests whose own latency objective is 150 ms, and are sized to answer
   * within 25 to 100 ms at p95. At 250 ms a model alone takes longer than the whole request's
   * budget, so those requests miss their objective whatever else happens: that is a regression to
   * act on, while 100 to 250 ms is a slower model to look at during the day. 250 ms is also a
   * bucket bound of {@link MlMetrics#INFERENCE_LATENCY}, so "p95 above it" reads exactly "more than
   * 5% of the requests took longer than 250 ms".
   */
  static final double INFERENCE_P95_TARGET_SECONDS = 0.25;

  /**
   * Share of inference requests failing for reasons that are not the caller's. Transient failures
   * (a replica restarting, a request cancelled by its deadline during a burst) keep a healthy model
   * version well under 1%; at 5% one request in twenty fails, which is a broken version or a broken
   * dependency rather than noise, and every caller of that version sees it.
   */
  static final double ERROR_RATIO_PAGE = 0.05;

  static final RecordingRule REQUEST_RATE =
      RecordingRule.named("model_version:model_serving_inference_requests:rate5m")
          .expr(sum(rate(INFERENCE_REQUESTS.select().over(RATE_WINDOW))).by("model_version"));

  /** Invalid input is the caller's mistake (like a 4xx) and does not count against the model. */
  static final RecordingRule ERROR_RATIO =
      RecordingRule.named("model_version:model_serving_inference_errors:ratio5m")
          .expr(
              sum(rate(
                      INFERENCE_ERRORS
                          .select()
                          .whereNot("error_type", ErrorType.INVALID_INPUT)
                          .over(RATE_WINDOW)))
                  .by("model_version")
                  .div(
                      sum(rate(INFERENCE_REQUESTS.select().over(RATE_WINDOW)))
                          .by("model_version")));

  static final String LATENCY_QUANTILES =
      "model_version:model_serving_inference_latency_seconds:histogram_quantile5m";

  static RecordingRule latency(double quantile) {
    return RecordingRule.named(LATENCY_QUANTILES)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(INFERENCE_LATENCY.bucket().over(RATE_WINDOW))).by("le", "model_version")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule LATENCY_P50 = latency(0.5);
  static final RecordingRule LATENCY_P95 = latency(0.95);
  static final RecordingRule LATENCY_P99 = latency(0.99);

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("model-serving-recordings")
        .rule(REQUEST_RATE)
        .rule(ERROR_RATIO)
        .rule(LATENCY_P50)
        .rule(LATENCY_P95)
        .rule(LATENCY_P99)
        .scenario(twoModelVersions());
  }

  private static final String V1 = "curve-forecaster-1.4.0";
  private static final String V2 = "curve-forecaster-1.5.0";

  /**
   * Two model versions. V1: 100 requests a minute, failing 3 with model errors, 2 with timeouts and
   * 10 with invalid input, so 5% fail for the model's reasons; of every 100 answers 10 within 5 ms,
   * 30 within 10 ms, 50 within 25 ms, 70 within 50 ms, 90 within 100 ms, 98 within 250 ms, all
   * within 500 ms: p50 25 ms, p95 0.1 + 5/8 x 0.15 = 0.19375 s, p99 0.25 + 1/2 x 0.25 = 0.375 s.
   * V2: 50 requests a minute, 1 timeout: 2%.
   */
  private static RecordingScenario.Builder twoModelVersions() {
    return RecordingScenario.named("two model versions, 5% and 2% failing")
        .input(requests(V1).rising(100, 60))
        .input(errors(V1, ErrorType.MODEL_ERROR).rising(3, 60))
        .input(errors(V1, ErrorType.TIMEOUT).rising(2, 60))
        .input(errors(V1, ErrorType.INVALID_INPUT).rising(10, 60))
        .input(requests(V2).rising(50, 60))
        .input(errors(V2, ErrorType.TIMEOUT).rising(1, 60))
        .inputs(latency(V1, 60, 10, 30, 50, 70, 90, 98, 100, 100, 100, 100))
        .expect("30m", REQUEST_RATE, version(V1), 100.0 / 60)
        .expect("30m", REQUEST_RATE, version(V2), 50.0 / 60)
        .expect("30m", ERROR_RATIO, version(V1), 0.05)
        .expect("30m", ERROR_RATIO, version(V2), 0.02)
        .expect("30m", LATENCY_P50, version(V1), 0.025)
        .expect("30m", LATENCY_P95, version(V1), 0.19375)
        .expect("30m", LATENCY_P99, version(V1), 0.375);
  }

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("ml-inference").rule(inferenceLatency()).rule(errorRatio());
  }

  /** Cumulative answers per minute at each bound; p95 = 0.1 + 15/20 x 0.15 = 0.2125 s. */
  private static final double[] FAST = {5, 15, 30, 50, 80, 100, 100, 100, 100, 100};

  /** 7 of 100 slower than 250 ms; p95 = 0.25 + 2/7 x 0.25 = 0.321 s. */
  private static final double[] SLOW = {5, 15, 30, 50, 80, 93, 100, 100, 100, 100};

  /** The seed's ALERT_MODEL_INFERENCE_LATENCY: "P95 > target for 10m", page, per model version. */
  static Alert.Builder inferenceLatency() {
    return Alert.named("ALERT_MODEL_INFERENCE_LATENCY")
        .when(LATENCY_P95.series().above(INFERENCE_P95_TARGET_SECONDS))
        .pendingFor("10m")
        .severity(Severity.PAGE)
        .service("model_serving")
        .summary("Inference p95 latency of model {{ $labels.model_version }} is above 250 ms.")
        .description(
            "More than 5% of the inference requests to model version {{ $labels.model_version }} took longer than"
                + " 250 ms over the last 5 minutes, for 10 minutes. Gateway requests that call this model miss their"
                + " latency objective; compare with the previous model version on the model serving latency"
                + " dashboard.")
        .runbook(Runbook.fromResource(InferenceRules.class, "model-inference-latency-regression"))
        .scenario(
            AlertScenario.named("fires for the slow version only, at a p95 of 0.32 s")
                .inputs(latency(V2, 60, SLOW))
                .inputs(latency(V1, 60, FAST))
                .observing(9.0 / 28)
                .firesAt("30m", p95(V2)))
        .scenario(
            AlertScenario.named("stays quiet at a p95 of 0.21 s")
                .inputs(latency(V1, 60, FAST))
                .checking(
                    "30m",
                    LATENCY_P95.series().isAbove(INFERENCE_P95_TARGET_SECONDS / 2),
                    p95(V1),
                    true)
                .observing(
                    Map.of("model_version", "curve-forecaster-1.4.0", "quantile", "0.95"), 0.2125)
                .quietAt("30m"))
        // Slow from 20m: with k slow minutes in the 5m window the p95 is 0.242 s at k=3 and
        // 0.277 s at k=4, so the condition holds from 24m and the alert fires at 34m.
        .scenario(
            slowFrom20m("is still pending nine minutes after the p95 passed 250 ms")
                .checking(
                    "23m",
                    LATENCY_P95.series().isAbove(INFERENCE_P95_TARGET_SECONDS),
                    p95(V2),
                    false)
                .checking(
                    "24m",
                    LATENCY_P95.series().isAbove(INFERENCE_P95_TARGET_SECONDS),
                    p95(V2),
                    true)
                .observing(
                    Map.of("model_version", "curve-forecaster-1.5.0", "quantile", "0.95"), 9.0 / 28)
                .quietAt("33m"))
        .scenario(
            slowFrom20m("fires ten minutes after the p95 passed 250 ms")
                .observing(9.0 / 28)
                .firesAt("34m", p95(V2)));
  }

  private static AlertScenario.Builder slowFrom20m(String name) {
    List<TestSeries> fast = latency(V2, 20, FAST);
    return AlertScenario.named(name)
        .inputs(
            IntStream.range(0, fast.size())
                .mapToObj(i -> fast.get(i).rising(SLOW[i], 40))
                .toList());
  }

  /** Model-side failures over all requests, per model version, for 5 minutes. */
  static Alert.Builder errorRatio() {
    return Alert.named("ALERT_MODEL_INFERENCE_ERROR_RATIO")
        .when(ERROR_RATIO.series().above(ERROR_RATIO_PAGE))
        .pendingFor("5m")
        .severity(Severity.PAGE)
        .service("model_serving")
        .summary(
            "More than 5% of the inference requests to model {{ $labels.model_version }} fail.")
        .description(
            "Over the last 5 minutes, for 5 minutes, more than 5% of the inference requests to model version"
                + " {{ $labels.model_version }} failed with a timeout, a model error or out of memory (invalid"
                + " input is not counted). Callers get errors instead of forecasts; read the errors by type on the"
                + " model serving latency dashboard.")
        .runbook(Runbook.fromResource(InferenceRules.class, "model-inference-error-ratio"))
        .scenario(
            AlertScenario.named("fires at 6% model errors")
                .input(requests(V1).rising(100, 60))
                .input(errors(V1, ErrorType.MODEL_ERROR).rising(6, 60))
                .observing(0.06)
                .firesAt("30m", version(V1)))
        // 4% timeouts; with the 30 invalid inputs a minute it would be 34%, which is the callers'
        // fault.
        .scenario(
            AlertScenario.named(
                    "stays quiet at 4% timeouts, however much invalid input callers send")
                .input(requests(V1).rising(100, 60))
                .input(errors(V1, ErrorType.TIMEOUT).rising(4, 60))
                .input(errors(V1, ErrorType.INVALID_INPUT).rising(30, 60))
                .checking(
                    "30m", ERROR_RATIO.series().isAbove(ERROR_RATIO_PAGE / 2), version(V1), true)
                .observing(Map.of("model_version", "curve-forecaster-1.4.0"), 0.04)
                .quietAt("30m"))
        // 6 errors a minute from 20m: the 5m ratio is 24/500 at 24m and 30/500 = 6% at 25m, so the
        // alert fires at 30m.
        .scenario(
            errorsFrom20m("is still pending four minutes after the ratio passed 5%")
                .checking("24m", ERROR_RATIO.series().isAbove(ERROR_RATIO_PAGE), version(V1), false)
                .checking("25m", ERROR_RATIO.series().isAbove(ERROR_RATIO_PAGE), version(V1), true)
                .observing(Map.of("model_version", "curve-forecaster-1.4.0"), 0.06)
                .quietAt("29m"))
        .scenario(
            errorsFrom20m("fires five minutes after the ratio passed 5%")
                .observing(0.06)
                .firesAt("30m", version(V1)));
  }

  private static AlertScenario.Builder errorsFrom20m(String name) {
    return AlertScenario.named(name)
        .input(requests(V1).rising(100, 60))
        .input(errors(V1, ErrorType.OUT_OF_MEMORY).flat(20).rising(6, 40));
  }

  static RuleGroup.Builder loadAlerts() {
    return RuleGroup.named("ml-model-serving").rule(modelLoadFailures());
  }

  /**
   * Any failed load in the last 15 minutes: each one is a replica that cannot serve that version.
   */
  static final Window LOAD_FAILURE_WINDOW = Window.minutes(15);

  /**
   * A cause alert: a version that fails to load stalls its rollout (the old version keeps serving)
   * or, on a restart, leaves replicas without a model. Warn: the latency and error alerts page if
   * callers feel it. A failed load is an event, so the alert has no pending time; it clears 15
   * minutes after the last failure.
   */
  static Alert.Builder modelLoadFailures() {
    return Alert.named("ALERT_MODEL_LOAD_FAILURES")
        .when(
            sum(increase(MODEL_LOAD_FAILURES.select().over(LOAD_FAILURE_WINDOW)))
                .by("model_version")
                .above(0))
        .severity(Severity.WARN)
        .service("model_serving")
        .summary("Model version {{ $labels.model_version }} failed to load in the last 15 minutes.")
        .description(
            "At least one serving replica failed to load model version {{ $labels.model_version }} in the last 15"
                + " minutes. Its rollout is stalled or replicas are serving without it; read the error type on the"
                + " model serving latency dashboard and the replica's logs.")
        .runbook(Runbook.fromResource(InferenceRules.class, "model-load-failures"))
        .scenario(
            AlertScenario.named("fires at a single failed load")
                .input(loadFailures(V2, "out_of_memory").flat(10).rising(1, 1).flat(19))
                .observing(1)
                .firesAt("15m", version(V2)))
        .scenario(
            AlertScenario.named("stays quiet while every load succeeds")
                .input(loadFailures(V2, "out_of_memory").flat(30))
                .observing(Map.of("model_version", "curve-forecaster-1.5.0"), 0)
                .quietAt("15m"))
        // The failure at 11m leaves the 15m window at 26m.
        .scenario(
            AlertScenario.named("clears 15 minutes after the last failed load")
                .input(loadFailures(V2, "artifact_missing").flat(10).rising(1, 1).flat(19))
                .observing(Map.of("model_version", "curve-forecaster-1.5.0"), 0)
                .quietAt("26m"));
  }

  private static Map<String, String> version(String modelVersion) {
    return Map.of("model_version", modelVersion);
  }

  private static Map<String, String> p95(String modelVersion) {
    return Map.of("model_version", modelVersion, "quantile", "0.95");
  }

  private static TestSeries requests(String modelVersion) {
    return TestSeries.of(
        INFERENCE_REQUESTS.select().where("job", JOB).where("model_version", modelVersion));
  }

  private static TestSeries errors(String modelVersion, String errorType) {
    return TestSeries.of(
        INFERENCE_ERRORS
            .select()
            .where("job", JOB)
            .where("model_version", modelVersion)
            .where("error_type", errorType));
  }

  private static TestSeries loadFailures(String modelVersion, String errorType) {
    return TestSeries.of(
        MODEL_LOAD_FAILURES
            .select()
            .where("job", JOB)
            .where("model_version", modelVersion)
            .where("error_type", errorType));
  }

  private static List<TestSeries> latency(String modelVersion, int minutes, double... perMinute) {
    return TestSeries.histogram(
        INFERENCE_LATENCY, Map.of("job", JOB, "model_version", modelVersion), minutes, perMinute);
  }
}
