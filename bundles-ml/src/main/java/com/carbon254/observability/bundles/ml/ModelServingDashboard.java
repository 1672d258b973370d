package com.carbon254.observability.bundles.ml;

import static com.carbon254.observability.bundles.ml.InferenceRules.ERROR_RATIO;
import static com.carbon254.observability.bundles.ml.InferenceRules.ERROR_RATIO_PAGE;
import static com.carbon254.observability.bundles.ml.InferenceRules.INFERENCE_P95_TARGET_SECONDS;
import static com.carbon254.observability.bundles.ml.InferenceRules.LATENCY_P95;
import static com.carbon254.observability.bundles.ml.InferenceRules.LATENCY_P99;
import static com.carbon254.observability.bundles.ml.InferenceRules.LOAD_FAILURE_WINDOW;
import static com.carbon254.observability.bundles.ml.InferenceRules.RATE_WINDOW;
import static com.carbon254.observability.bundles.ml.InferenceRules.REQUEST_RATE;
import static com.carbon254.observability.bundles.ml.MlMetrics.INFERENCE_ERRORS;
import static com.carbon254.observability.bundles.ml.MlMetrics.INFERENCE_LATENCY;
import static com.carbon254.observability.bundles.ml.MlMetrics.INFERENCE_REQUESTS;
import static com.carbon254.observability.bundles.ml.MlMetrics.MODEL_LOAD_FAILURES;
import static com.carbon254.observability.bundles.ml.ModelVersions.raw;
import static com.carbon254.observability.bundles.ml.ModelVersions.recorded;
import static com.carbon254.observability.dsl.promql.Promql.count;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.bundles.ml.MlMetrics.ErrorType;
import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Correlation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.FieldColor;
import com.carbon254.observability.dsl.dashboard.FieldOverride;
import com.carbon254.observability.dsl.dashboard.GraphDrawStyle;
import com.carbon254.observability.dsl.dashboard.Latency;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.LogQL;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.QueryFormat;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.TableCellDisplayMode;
import com.carbon254.observability.dsl.dashboard.TablePanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.VectorMatching;
import com.carbon254.observability.dsl.rules.Runbook;

/**
 * {@code dashboards/ml/model_serving_latency.json}: online inference by model version, for the
 * on-call engineer paged by the inference latency or error ratio alert. It answers, in page order:
 * is a model version slow or failing now (the values the alerts evaluate, and a table that ranks
 * the versions), since when and how (percentiles with exemplars to the slow requests' traces, the
 * latency distribution), and why (traffic, errors by type, failed model loads).
 *
 * <p>The current values and the table read the alerts' recordings, so they show exactly what the
 * alerts compare with their thresholds; those recordings are kept by model version only, so the job
 * filter does not apply to them. The graphs over time read the raw series, filtered by job and
 * model version: percentiles computed from the buckets are what carries exemplars.
 */
final class ModelServingDashboard {
  private ModelServingDashboard() {}

  static final String UID = "ml-model-serving-latency";

  /** The {@code service} label of the model serving alerts. */
  static final String SERVICE = "model_serving";

  static final String MODEL_VERSION = ModelVersions.LABEL;

  /**
   * Model serving's error lines: the collector ships service.name (the scrape job) to Loki as the
   * stream label service_name, and the JSON lines carry level (the log schema's fields).
   */
  static final LogQL.Selector ERROR_LOGS =
      LogQL.stream("service_name", InferenceRules.JOB).json().labelEquals("level", "error");

  static final Runbook LATENCY_RUNBOOK =
      Runbook.fromResource(InferenceRules.class, "model-inference-latency-regression");
  static final Runbook ERROR_RUNBOOK =
      Runbook.fromResource(InferenceRules.class, "model-inference-error-ratio");
  static final Runbook LOAD_RUNBOOK =
      Runbook.fromResource(InferenceRules.class, "model-load-failures");
  static final Runbook TARGET_RUNBOOK = Runbook.fromResource(MlTargets.class, "ml-target-down");

  /** Green below the latency alert's p95 target, red above it. */
  private static final Thresholds LATENCY_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(INFERENCE_P95_TARGET_SECONDS, Color.RED);

  /** Green below the error ratio that pages, red above it. */
  private static final Thresholds ERROR_RATIO_THRESHOLDS =
      Thresholds.absolute(Color.GREEN).step(ERROR_RATIO_PAGE, Color.RED);

  private static final String TARGET_MS =
      Numbers.format(Numbers.decimal(INFERENCE_P95_TARGET_SECONDS).movePointRight(3)) + " ms";
  private static final String PAGE_PERCENT =
      Numbers.format(Numbers.decimal(ERROR_RATIO_PAGE).movePointRight(2)) + "%";

  static Dashboard build() {
    DashboardBuilder dashboard =
        DomainDashboard.of("ml", "Model serving latency", UID)
            .description(
                "Online inference by model version: p50/p95/p99 latency against the "
                    + TARGET_MS
                    + " p95 target, latency distribution, traffic, errors by type and failed model"
                    + " loads. Latency links to traces, errors to logs.")
            .tags("model-serving", "red")
            .jobs(INFERENCE_REQUESTS.select())
            .keyLabel(
                MODEL_VERSION,
                "Model version",
                INFERENCE_REQUESTS.select().matching(DomainDashboard.JOB, "$job"))
            .services(SERVICE, InferenceRules.JOB, "ml")
            .runbook(LATENCY_RUNBOOK)
            .runbook(ERROR_RUNBOOK)
            .runbook(LOAD_RUNBOOK)
            .runbook(TARGET_RUNBOOK)
            .builder();
    now(dashboard);
    versions(dashboard);
    latency(dashboard);
    trafficAndErrors(dashboard);
    return dashboard.build();
  }

  /** The values the alerts evaluate, worst model version first. */
  private static void now(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Now"));
    dashboard.withPanel(
        new StatPanelBuilder("Worst p95 latency")
            .description(
                "The highest inference p95 latency over the last "
                    + RATE_WINDOW
                    + " among the selected model versions: the series ALERT_MODEL_INFERENCE_LATENCY"
                    + " reads. Red above the "
                    + TARGET_MS
                    + " target; the alert pages once it stays there for 10 minutes.")
            .withTarget(max(recorded(LATENCY_P95.series())), "worst p95")
            .unit(Units.SECONDS)
            .decimals(3)
            .thresholds(LATENCY_THRESHOLDS)
            .panelLinks(
                DashboardLink.runbook("Runbook: " + LATENCY_RUNBOOK.title(), LATENCY_RUNBOOK))
            .span(6)
            .height(5));
    dashboard.withPanel(
        new StatPanelBuilder("Worst error ratio")
            .description(
                "The highest share of inference requests failing for the model's reasons (timeout,"
                    + " model error, out of memory; invalid input is the caller's) over the last "
                    + RATE_WINDOW
                    + " among the selected model versions: the series"
                    + " ALERT_MODEL_INFERENCE_ERROR_RATIO reads. Red above "
                    + PAGE_PERCENT
                    + ", where it pages after 5 minutes.")
            .withTarget(max(recorded(ERROR_RATIO.series())), "worst error ratio")
            .unit(Units.PERCENT_UNIT)
            .decimals(2)
            .thresholds(ERROR_RATIO_THRESHOLDS)
            .panelLinks(DashboardLink.runbook("Runbook: " + ERROR_RUNBOOK.title(), ERROR_RUNBOOK))
            .span(6)
            .height(5));
    dashboard.withPanel(
        new StatPanelBuilder("Inference requests")
            .description(
                "Inference requests per second to the selected model versions, answered or failed, "
                    + RATE_WINDOW
                    + " rate. A drop to zero with no errors means callers stopped calling (or the"
                    + " replicas are not scraped: see the alerts above).")
            .withTarget(sum(recorded(REQUEST_RATE.series())), "requests/s")
            .unit(Units.REQUESTS_PER_SECOND)
            .decimals(1)
            .span(6)
            .height(5));
    dashboard.withPanel(
        new StatPanelBuilder("Model versions serving")
            .description(
                "How many of the selected model versions received requests over the last "
                    + RATE_WINDOW
                    + ". During a rollout it is 2 (old and new version); a version that failed to"
                    + " load never appears here.")
            .withTarget(count(recorded(REQUEST_RATE.series()).above(0)), "versions")
            .unit(Units.NONE)
            .noValue("0")
            .span(6)
            .height(5));
  }

  /**
   * One row per model version, ranked by p95, to compare a new version with the one it replaces.
   */
  private static void versions(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Model versions"));
    dashboard.withPanel(
        new TablePanelBuilder("Model versions by p95 latency and error ratio")
            .description(
                "Each selected model version now: requests per second, p95 and p99 latency and error"
                    + " ratio over the last "
                    + RATE_WINDOW
                    + ", slowest first (click a header to sort by another column). The p95 cell is"
                    + " red above the "
                    + TARGET_MS
                    + " target, the error ratio cell red above "
                    + PAGE_PERCENT
                    + ": the thresholds of the two alerts. After a rollout, compare the new version's"
                    + " row with the old one's.")
            .withTarget(table(sum(recorded(REQUEST_RATE.series())).by(MODEL_VERSION)))
            .withTarget(table(max(recorded(LATENCY_P95.series())).by(MODEL_VERSION)))
            .withTarget(table(max(recorded(LATENCY_P99.series())).by(MODEL_VERSION)))
            .withTarget(table(max(recorded(ERROR_RATIO.series())).by(MODEL_VERSION)))
            // One row per model version: join the four instant queries on it, hide their time.
            .rawJson(
                "{\"transformations\": [{\"id\": \"merge\", \"options\": {}},"
                    + " {\"id\": \"organize\", \"options\": {\"excludeByName\": {\"Time\": true},"
                    + " \"indexByName\": {\"model_version\": 0, \"Value #A\": 1, \"Value #B\": 2,"
                    + " \"Value #C\": 3, \"Value #D\": 4},"
                    + " \"renameByName\": {\"model_version\": \"Model version\","
                    + " \"Value #A\": \"Requests/s\", \"Value #B\": \"p95\", \"Value #C\": \"p99\","
                    + " \"Value #D\": \"Error ratio\"}}}]}")
            .sortBy("p95", true)
            .overrides(
                FieldOverride.byName("Requests/s").unit(Units.REQUESTS_PER_SECOND).decimals(2),
                FieldOverride.byName("p95")
                    .unit(Units.SECONDS)
                    .decimals(3)
                    .thresholds(LATENCY_THRESHOLDS)
                    .cellType(TableCellDisplayMode.COLOR_BACKGROUND),
                FieldOverride.byName("p99").unit(Units.SECONDS).decimals(3),
                FieldOverride.byName("Error ratio")
                    .unit(Units.PERCENT_UNIT)
                    .decimals(2)
                    .thresholds(ERROR_RATIO_THRESHOLDS)
                    .cellType(TableCellDisplayMode.COLOR_BACKGROUND))
            .unit(Units.NONE)
            .span(24)
            .height(7));
  }

  private static PrometheusQuery table(Vector query) {
    return PrometheusQuery.of(query).format(QueryFormat.TABLE).instant();
  }

  private static void latency(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Latency"));
    Latency latency =
        Latency.of(raw(INFERENCE_LATENCY.bucket()))
            .by(MODEL_VERSION)
            .window(RATE_WINDOW)
            .thresholds(LATENCY_THRESHOLDS)
            .traces(InferenceRules.JOB);
    dashboard.withPanel(
        latency
            .percentiles(
                "Inference latency p50, p95, p99 by model version",
                "Inference latency percentiles per model version from the histogram buckets, "
                    + RATE_WINDOW
                    + " window. The dashed red line is the "
                    + TARGET_MS
                    + " p95 target of ALERT_MODEL_INFERENCE_LATENCY. Dots are exemplars: click one"
                    + " to open that request's trace in Tempo; the panel link opens the service's"
                    + " recent traces.")
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX, ReducerId.LAST_NOT_NULL))
            .height(9));
    dashboard.withPanel(
        latency
            .distribution(
                "Inference latency distribution",
                "Inference requests of the selected model versions per latency bucket over time, "
                    + RATE_WINDOW
                    + " rate; darker is more. A second band appearing above the usual one is a slow"
                    + " version or replica; dots are exemplars linking to traces.")
            .height(9));
  }

  private static void trafficAndErrors(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Traffic and errors"));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Inference requests by model version")
            .description(
                "Inference requests per second per model version, answered or failed, "
                    + RATE_WINDOW
                    + " rate. During a rollout traffic moves from the old version to the new one;"
                    + " latency often rises with traffic.")
            .withTarget(
                sum(rate(raw(INFERENCE_REQUESTS.select()).over(RATE_WINDOW))).by(MODEL_VERSION),
                "{{" + MODEL_VERSION + "}}")
            .unit(Units.REQUESTS_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .span(8)
            .height(9));
    Vector errorsByType =
        sum(rate(raw(INFERENCE_ERRORS.select()).over(RATE_WINDOW))).by(MODEL_VERSION, "error_type");
    Vector requests =
        sum(rate(raw(INFERENCE_REQUESTS.select()).over(RATE_WINDOW))).by(MODEL_VERSION);
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Inference error ratio by error type")
            .description(
                "Share of each model version's inference requests failing, per error type, "
                    + RATE_WINDOW
                    + " window. Timeout, model_error and out_of_memory add up to what"
                    + " ALERT_MODEL_INFERENCE_ERROR_RATIO pages on above "
                    + PAGE_PERCENT
                    + " (the dashed line); invalid_input (drawn in the text colour) is the callers' mistake and does not"
                    + " count. Click a line for the service's error logs in Loki.")
            .withTarget(
                errorsByType.div(requests, VectorMatching.on(MODEL_VERSION).groupLeft()),
                "{{" + MODEL_VERSION + "}} {{error_type}}")
            .unit(Units.PERCENT_UNIT)
            .min(0)
            .thresholds(ERROR_RATIO_THRESHOLDS)
            .overrides(
                FieldOverride.byRegexp(".* " + ErrorType.INVALID_INPUT)
                    .color(FieldColor.fixed(Color.TEXT)))
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .dataLinks(Correlation.logsOf(ERROR_LOGS))
            .panelLinks(DashboardLink.runbook("Runbook: " + ERROR_RUNBOOK.title(), ERROR_RUNBOOK))
            .span(8)
            .height(9));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Failed model loads")
            .description(
                "Failed attempts to load each model version into a serving replica in the previous "
                    + LOAD_FAILURE_WINDOW
                    + ", by error type (artifact missing or corrupt, out of memory, incompatible"
                    + " runtime): the window ALERT_MODEL_LOAD_FAILURES reads, so any bar above 0 is"
                    + " that alert firing. The version's rollout is stalled; read the replica's"
                    + " logs.")
            .withTarget(
                sum(increase(raw(MODEL_LOAD_FAILURES.select()).over(LOAD_FAILURE_WINDOW)))
                    .by(MODEL_VERSION, "error_type"),
                "{{" + MODEL_VERSION + "}} {{error_type}}")
            .unit(Units.SHORT)
            .min(0)
            .decimals(0)
            .drawStyle(GraphDrawStyle.BARS)
            .fillOpacity(80)
            .thresholds(Thresholds.absolute(Color.GREEN).step(1, Color.RED))
            .dataLinks(Correlation.logsOf(ERROR_LOGS))
            .panelLinks(DashboardLink.runbook("Runbook: " + LOAD_RUNBOOK.title(), LOAD_RUNBOOK))
            .span(8)
            .height(9));
  }
}
