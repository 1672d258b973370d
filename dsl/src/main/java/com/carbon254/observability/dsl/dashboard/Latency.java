package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The two latency panels of a histogram: p50, p95 and p99 from its buckets, with exemplars, an
 * optional objective line and a link to the traces in Tempo; and the heatmap of the same buckets.
 * Both read the raw buckets, not a recording: exemplars exist only on scraped series.
 *
 * <p>The panels come back as builders so a dashboard can still size them, add panel links or change
 * the legend; titles and descriptions stay the dashboard's own.
 *
 * <pre>{@code
 * Latency latency = Latency.of(DELIVERY_LATENCY).matching("job", "$job").by("channel")
 *     .window(Window.minutes(5)).target(0.25).traces("streaming");
 * dashboard.withPanel(latency.percentiles("Delivery latency p50, p95, p99", "...").height(9))
 *     .withPanel(latency.distribution("Delivery latency distribution", "...").height(9));
 * }</pre>
 */
public final class Latency {
  private static final double[] QUANTILES = {0.5, 0.95, 0.99};

  private Selector<SeriesKind.Counting> buckets;
  private String[] by = {};
  private Window window = Window.minutes(5);
  private Thresholds thresholds;
  private String tracesService;

  private Latency(Selector<SeriesKind.Counting> buckets) {
    this.buckets = Objects.requireNonNull(buckets, "buckets");
  }

  /** The latency of a catalog histogram, from all its buckets. */
  public static Latency of(Histogram histogram) {
    return new Latency(Objects.requireNonNull(histogram, "histogram").bucket());
  }

  /** The latency from a selector of a histogram's buckets, already narrowed by the dashboard. */
  public static Latency of(Selector<SeriesKind.Counting> buckets) {
    return new Latency(buckets);
  }

  /** Splits the percentiles by these labels; the heatmap sums over them. */
  public Latency by(String... labels) {
    this.by = labels.clone();
    return this;
  }

  /** Narrows the buckets to series whose label matches a regex, typically a variable. */
  public Latency matching(String label, String regex) {
    this.buckets = buckets.matching(label, regex);
    return this;
  }

  /** The rate window; default 5 minutes. */
  public Latency window(Window window) {
    this.window = Objects.requireNonNull(window, "window");
    return this;
  }

  /** The objective in seconds, drawn as a red line on the percentiles. */
  public Latency target(double seconds) {
    return thresholds(Thresholds.absolute(Color.GREEN).step(seconds, Color.RED));
  }

  /** The percentiles' thresholds, e.g. those of the latency alert. */
  public Latency thresholds(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    return this;
  }

  /**
   * Links the percentiles to this service's traces in Tempo; a field reference such as {@code
   * ${__field.labels.job}} picks the clicked series' service.
   */
  public Latency traces(String serviceName) {
    this.tracesService = Objects.requireNonNull(serviceName, "serviceName");
    return this;
  }

  /** Whether an objective line is drawn, for descriptions that mention it. */
  public boolean hasTarget() {
    return thresholds != null;
  }

  /** The {@code q} quantile of the buckets, by {@code le} and the {@link #by} labels. */
  public Vector quantile(double q) {
    List<String> labels = new ArrayList<>(List.of("le"));
    labels.addAll(Arrays.asList(by));
    return histogramQuantile(q, sum(rate(buckets.over(window))).by(labels.toArray(String[]::new)));
  }

  /**
   * A timeseries of p50, p95 and p99 in seconds, one series per quantile and {@link #by} group,
   * each with exemplars; legend a table of mean and max, span 12.
   */
  public TimeseriesPanelBuilder percentiles(String title, String description) {
    TimeseriesPanelBuilder panel =
        new TimeseriesPanelBuilder(title)
            .description(description)
            .unit(Units.SECONDS)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .span(12);
    String legend = String.join(" ", Arrays.stream(by).map(l -> "{{" + l + "}}").toList());
    for (double q : QUANTILES) {
      String name = "p" + Math.round(q * 100);
      panel.withTarget(
          PrometheusQuery.of(quantile(q))
              .legend(legend.isEmpty() ? name : legend + " " + name)
              .exemplars());
    }
    if (thresholds != null) {
      panel.thresholds(thresholds);
    }
    if (tracesService != null) {
      panel.dataLinks(Correlation.tracesOf(tracesService));
    }
    return panel;
  }

  /** A heatmap of the requests per bucket over time, with exemplars; span 12. */
  public HeatmapPanelBuilder distribution(String title, String description) {
    return new HeatmapPanelBuilder(title)
        .description(description)
        .withTarget(
            PrometheusQuery.of(sum(rate(buckets.over(window))).by("le"))
                .format(QueryFormat.HEATMAP)
                .legend("{{le}}")
                .exemplars())
        .yAxisUnit(Units.SECONDS)
        .tooltipWithHistogram()
        .span(12);
  }
}
