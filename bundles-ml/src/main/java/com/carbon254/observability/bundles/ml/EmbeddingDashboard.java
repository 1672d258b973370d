package com.carbon254.observability.bundles.ml;

import static com.carbon254.observability.bundles.ml.EmbeddingRules.BATCHES;
import static com.carbon254.observability.bundles.ml.EmbeddingRules.BATCH_P95;
import static com.carbon254.observability.bundles.ml.EmbeddingRules.RATE_WINDOW;
import static com.carbon254.observability.bundles.ml.EmbeddingRules.THROUGHPUT;
import static com.carbon254.observability.bundles.ml.MlMetrics.EMBEDDINGS_GENERATED;
import static com.carbon254.observability.bundles.ml.MlMetrics.EMBEDDING_BATCH_DURATION;
import static com.carbon254.observability.bundles.ml.MlMetrics.EMBEDDING_BATCH_FAILURES;
import static com.carbon254.observability.bundles.ml.ModelVersions.raw;
import static com.carbon254.observability.bundles.ml.ModelVersions.recorded;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Correlation;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.Latency;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.LogQL;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.StatPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Unit;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Runbook;

/**
 * {@code dashboards/ml/embedding_throughput.json}: the embedding service by embedding model
 * version. Throughput is vectors a second; batches a second and the mean batch size beside it tell
 * less work queued (fewer batches) from slower work (same batches, longer durations) and a backfill
 * (few large batches) from interactive traffic. Batch durations carry exemplars to the batches'
 * traces; failed batches are split by error type and link to the service's error logs.
 *
 * <p>Batches a second and the batch size read the recordings (kept by model version only, so the
 * job filter does not apply to them); the other graphs read the raw series filtered by job and
 * model version, which is what carries exemplars.
 */
final class EmbeddingDashboard {
  private EmbeddingDashboard() {}

  static final String UID = "ml-embedding-throughput";

  /** The {@code service} label of the embedding service's alerts. */
  static final String SERVICE = EmbeddingRules.JOB;

  static final String MODEL_VERSION = ModelVersions.LABEL;

  static final Runbook TARGET_RUNBOOK = Runbook.fromResource(MlTargets.class, "ml-target-down");

  /**
   * The embedding service's error lines: the collector ships service.name (the scrape job) to Loki
   * as the stream label service_name, and the JSON lines carry level (the log schema's fields).
   */
  static final LogQL.Selector ERROR_LOGS =
      LogQL.stream("service_name", EmbeddingRules.JOB).json().labelEquals("level", "error");

  /** The window of the failed-batches stat: long enough to catch a failure between two looks. */
  private static final Window FAILURE_COUNT_WINDOW = Window.hours(1);

  private static final Unit VECTORS_PER_SECOND = Unit.count("vectors/s");
  private static final Unit BATCHES_PER_SECOND = Unit.count("batches/s");
  private static final Unit VECTORS = Unit.count("vectors");

  static Dashboard build() {
    DashboardBuilder dashboard =
        DomainDashboard.of("ml", "Embedding throughput", UID)
            .description(
                "Embedding service by model version: vectors a second, batches a second and batch"
                    + " size, batch duration percentiles and distribution, failed batches by error type."
                    + " Durations link to traces, failures to logs.")
            .tags("embeddings")
            .jobs(EMBEDDINGS_GENERATED.select())
            .keyLabel(
                MODEL_VERSION,
                "Model version",
                EMBEDDINGS_GENERATED.select().matching(DomainDashboard.JOB, "$job"))
            .services(SERVICE, "ml")
            .runbook(TARGET_RUNBOOK)
            .builder();
    now(dashboard);
    throughput(dashboard);
    duration(dashboard);
    failures(dashboard);
    return dashboard.build();
  }

  private static Vector meanBatchSize(String... by) {
    return sum(recorded(THROUGHPUT.series())).by(by).div(sum(recorded(BATCHES.series())).by(by));
  }

  private static void now(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Now"));
    dashboard.withPanel(
        new StatPanelBuilder("Embedding throughput")
            .description(
                "Vectors produced a second by the selected model versions, "
                    + RATE_WINDOW
                    + " rate, with its trend. A drop with no failed batches means less work was"
                    + " queued or the workers stopped taking it.")
            .withTarget(sum(recorded(THROUGHPUT.series())), "vectors/s")
            .unit(VECTORS_PER_SECOND)
            .decimals(1)
            .span(6)
            .height(5));
    dashboard.withPanel(
        new StatPanelBuilder("Mean batch size")
            .description(
                "Vectors per batch over the last "
                    + RATE_WINDOW
                    + " (throughput over batches a second). Large during a backfill, small for"
                    + " interactive requests.")
            .withTarget(meanBatchSize(), "vectors per batch")
            .unit(VECTORS)
            .decimals(0)
            .span(6)
            .height(5));
    dashboard.withPanel(
        new StatPanelBuilder("Worst batch p95 duration")
            .description(
                "The highest p95 batch duration over the last "
                    + RATE_WINDOW
                    + " among the selected model versions. Batches range from tens of milliseconds"
                    + " (a few documents) to tens of seconds (a backfill page), so read it with the"
                    + " batch size.")
            .withTarget(max(recorded(BATCH_P95.series())), "worst p95")
            .unit(Units.SECONDS)
            .decimals(2)
            .span(6)
            .height(5));
    dashboard.withPanel(
        new StatPanelBuilder("Failed batches")
            .description(
                "Embedding batches of the selected model versions that failed and wrote no vectors"
                    + " in the last "
                    + FAILURE_COUNT_WINDOW
                    + ". Any failure is worth a look at the error type and the logs below.")
            .withTarget(
                sum(increase(raw(EMBEDDING_BATCH_FAILURES.select()).over(FAILURE_COUNT_WINDOW))),
                "failed batches")
            .unit(Units.SHORT)
            .decimals(0)
            .noValue("0")
            .thresholds(Thresholds.absolute(Color.GREEN).step(1, Color.ORANGE))
            .span(6)
            .height(5));
  }

  private static void throughput(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Throughput"));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Embedding throughput by model version")
            .description(
                "Vectors produced a second per embedding model version, "
                    + RATE_WINDOW
                    + " rate. A new version taking over shows as one line falling while another"
                    + " rises.")
            .withTarget(
                sum(rate(raw(EMBEDDINGS_GENERATED.select()).over(RATE_WINDOW))).by(MODEL_VERSION),
                "{{" + MODEL_VERSION + "}}")
            .unit(VECTORS_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .span(8)
            .height(8));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Batches per second by model version")
            .description(
                "Batches embedded a second per model version, "
                    + RATE_WINDOW
                    + " rate (failed batches not counted). Fewer batches at the same duration is"
                    + " less work queued; the same batches taking longer is a slower model or"
                    + " worker.")
            .withTarget(recorded(BATCHES.series()), "{{" + MODEL_VERSION + "}}")
            .unit(BATCHES_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .span(8)
            .height(8));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Mean batch size by model version")
            .description(
                "Vectors per batch per model version over "
                    + RATE_WINDOW
                    + ": throughput divided by batches a second. Batch duration grows with it, so"
                    + " a longer duration at a larger batch size is not a regression.")
            .withTarget(meanBatchSize(MODEL_VERSION), "{{" + MODEL_VERSION + "}}")
            .unit(VECTORS)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .span(8)
            .height(8));
  }

  private static void duration(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Batch duration"));
    Latency duration =
        Latency.of(raw(EMBEDDING_BATCH_DURATION.bucket()))
            .by(MODEL_VERSION)
            .window(RATE_WINDOW)
            .traces(EmbeddingRules.JOB);
    dashboard.withPanel(
        duration
            .percentiles(
                "Batch duration p50, p95, p99 by model version",
                "Time to embed one batch, from dequeue to vectors written, per model version, from"
                    + " the histogram buckets over "
                    + RATE_WINDOW
                    + ". Dots are exemplars: click one to open that batch's trace in Tempo; the"
                    + " panel link opens the service's recent traces.")
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX, ReducerId.LAST_NOT_NULL))
            .height(9));
    dashboard.withPanel(
        duration
            .distribution(
                "Batch duration distribution",
                "Batches of the selected model versions per duration bucket over time, "
                    + RATE_WINDOW
                    + " rate; darker is more. Backfill pages and interactive batches form separate"
                    + " bands; dots are exemplars linking to traces.")
            .height(9));
  }

  private static void failures(DashboardBuilder dashboard) {
    dashboard.withRow(new RowBuilder("Failures"));
    dashboard.withPanel(
        new TimeseriesPanelBuilder("Failed batches by error type")
            .description(
                "Embedding batches failing a second per model version and error type (timeout,"
                    + " model_error, out_of_memory, write_failed), "
                    + RATE_WINDOW
                    + " rate. write_failed points at the vector store rather than the model. Click"
                    + " a line for the service's error logs in Loki.")
            .withTarget(
                sum(rate(raw(EMBEDDING_BATCH_FAILURES.select()).over(RATE_WINDOW)))
                    .by(MODEL_VERSION, "error_type"),
                "{{" + MODEL_VERSION + "}} {{error_type}}")
            .unit(BATCHES_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .dataLinks(Correlation.logsOf(ERROR_LOGS))
            .span(24)
            .height(9));
  }
}
