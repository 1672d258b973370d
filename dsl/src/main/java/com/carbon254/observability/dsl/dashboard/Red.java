package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The RED view of a request-serving service, from a catalog counter of requests (with a status
 * label) and a histogram of their durations: request rate, errors by status class, 5xx ratio,
 * p50/p95/p99 latency with exemplars, and a latency heatmap. With {@link #traces} and {@link #logs}
 * the latency panel links to the service's traces in Tempo and the error panel to its logs in Loki.
 *
 * <pre>{@code
 * Red.of("Gateway", REQUESTS, REQUEST_DURATION).by("route").window(Window.minutes(5))
 *     .latencyTarget(0.15).traces("gateway").logs(LogQL.stream("app", "gateway"))
 *     .addTo(dashboard);
 * }</pre>
 */
public final class Red {
  private final String service;
  private final Counter requests;
  private final Histogram duration;
  private String[] by = {};
  private String statusLabel = "status";
  private Window window = Window.minutes(5);
  private Double latencyTarget;
  private Thresholds errorThresholds = Thresholds.absolute(Color.GREEN);
  private String tracesService;
  private LogQL.Selector logs;
  private DashboardLink runbook;
  private RecordingRule rates;
  private final List<Filter> filters = new ArrayList<>();

  /** A label matcher applied to every query. */
  private record Filter(String label, String regex) {}

  private Red(String service, Counter requests, Histogram duration) {
    this.service = Objects.requireNonNull(service, "service");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.duration = Objects.requireNonNull(duration, "duration");
  }

  public static Red of(String service, Counter requests, Histogram duration) {
    return new Red(service, requests, duration);
  }

  /** Splits rate and latency by these labels, e.g. {@code route}. */
  public Red by(String... labels) {
    this.by = labels.clone();
    return this;
  }

  /**
   * Narrows every query to series whose label matches a regex, typically a variable: {@code
   * matching("route", "$route")}.
   */
  public Red matching(String label, String regex) {
    filters.add(
        new Filter(Objects.requireNonNull(label, "label"), Objects.requireNonNull(regex, "regex")));
    return this;
  }

  /** The counter's label holding the HTTP status code; default {@code status}. */
  public Red statusLabel(String label) {
    this.statusLabel = Objects.requireNonNull(label, "label");
    return this;
  }

  /** The rate window; default 5 minutes. */
  public Red window(Window window) {
    this.window = Objects.requireNonNull(window, "window");
    return this;
  }

  /** The latency objective in seconds, drawn as a red line on the latency panel. */
  public Red latencyTarget(double seconds) {
    this.latencyTarget = seconds;
    return this;
  }

  /** Colors of the 5xx ratio, e.g. the alert's thresholds. */
  public Red errorThresholds(Thresholds thresholds) {
    this.errorThresholds = Objects.requireNonNull(thresholds, "thresholds");
    return this;
  }

  /** Links the latency panel to this service's traces in Tempo. */
  public Red traces(String serviceName) {
    this.tracesService = Objects.requireNonNull(serviceName, "serviceName");
    return this;
  }

  /** Links the error panel to these logs in Loki, narrowed to the clicked series' labels. */
  public Red logs(LogQL.Selector logs) {
    this.logs = Objects.requireNonNull(logs, "logs");
    return this;
  }

  /** Puts a runbook link in the header of the error panels, e.g. the error-rate alert's runbook. */
  public Red runbook(String title, Runbook runbook) {
    this.runbook = DashboardLink.runbook(title, runbook);
    return this;
  }

  /**
   * Reads the request rates from a recording of {@code sum by (<labels>) (rate(requests[window]))}
   * instead of the raw counter: the rate, error and 5xx ratio panels then sum the recorded series.
   * The recording must keep the status label, the {@link #by} labels and every filtered label. The
   * latency panels still read the raw buckets: exemplars exist only on the scraped series.
   */
  public Red rates(RecordingRule recording) {
    this.rates = Objects.requireNonNull(recording, "recording");
    return this;
  }

  /** Adds the RED row and its panels to a dashboard. */
  public DashboardBuilder addTo(DashboardBuilder dashboard) {
    return dashboard.withElements(elements());
  }

  /** The row and its panels, in grid order. */
  public List<DashboardElement> elements() {
    checkRates();
    List<DashboardElement> elements = new ArrayList<>();
    String legend = legend();
    elements.add(new RowBuilder(service + ": rate, errors, duration").build());
    elements.add(
        new TimeseriesPanelBuilder(service + " request rate")
            .description(
                "Requests per second"
                    + per()
                    + ", "
                    + window
                    + " rate. One series falling while the others hold points at its clients or"
                    + " routing; all falling together at the service or what is in front of it.")
            .withTarget(sum(requestRate(null)).by(by), legend.isEmpty() ? "requests/s" : legend)
            .unit(Units.REQUESTS_PER_SECOND)
            .min(0)
            .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
            .span(12)
            .build());
    TimeseriesPanelBuilder errors =
        new TimeseriesPanelBuilder(service + " errors by status class")
            .description(
                "Requests per second answered with a 4xx (the client's mistake) and a 5xx (ours), "
                    + window
                    + " rate.")
            .withTarget(sum(requestRate("4..")), "4xx")
            .withTarget(sum(requestRate("5..")), "5xx")
            .unit(Units.REQUESTS_PER_SECOND)
            .min(0)
            .overrides(
                FieldOverride.byName("4xx").color(FieldColor.fixed(Color.ORANGE)),
                FieldOverride.byName("5xx").color(FieldColor.fixed(Color.RED)))
            .span(6);
    Optional.ofNullable(logs).ifPresent(l -> errors.dataLinks(Correlation.logsOf(l)));
    Optional.ofNullable(runbook).ifPresent(errors::panelLinks);
    elements.add(errors.build());
    StatPanelBuilder ratio =
        new StatPanelBuilder(service + " 5xx ratio")
            .description(
                "Share of requests answered with a 5xx over "
                    + window
                    + (errorThresholds.steps().isEmpty()
                        ? "."
                        : "; its colour changes at the error thresholds."))
            .withTarget(errorRatio(), "5xx ratio")
            .unit(Units.PERCENT_UNIT)
            .decimals(2)
            .thresholds(errorThresholds)
            .span(6);
    Optional.ofNullable(runbook).ifPresent(ratio::panelLinks);
    elements.add(ratio.build());
    Latency latency = Latency.of(buckets()).by(by).window(window);
    Optional.ofNullable(latencyTarget).ifPresent(latency::target);
    Optional.ofNullable(tracesService).ifPresent(latency::traces);
    elements.add(
        latency
            .percentiles(
                service + " latency p50, p95, p99",
                "Request duration percentiles"
                    + per()
                    + " from the histogram buckets, "
                    + window
                    + " window. Dots are exemplars: click one to open its trace in Tempo."
                    + (latencyTarget == null ? "" : " The red line is the objective."))
            .build());
    elements.add(
        latency
            .distribution(
                service + " latency distribution",
                "Requests per duration bucket over time, "
                    + window
                    + " rate; darker is more. A second band above the main one is a slow subset"
                    + " of requests; its exemplars link to their traces.")
            .build());
    return elements;
  }

  /** Share of requests answered with a 5xx. */
  public Vector errorRatio() {
    return sum(requestRate("5..")).div(sum(requestRate(null)));
  }

  /**
   * Requests per second, of the given status class when {@code status} is not null: the recorded
   * rates when {@link #rates} names a recording, else the rate of the raw counter.
   */
  private Vector requestRate(String status) {
    if (rates == null) {
      Selector<SeriesKind.Counting> selector = requestSeries();
      return rate(
          (status == null ? selector : selector.matching(statusLabel, status)).over(window));
    }
    Selector<SeriesKind.Sampled> selector = rates.series();
    for (Filter filter : filters) {
      selector = selector.matching(filter.label(), filter.regex());
    }
    return status == null ? selector : selector.matching(statusLabel, status);
  }

  /** A recording of another counter, or one that drops a label the panels use, shows nothing. */
  private void checkRates() {
    if (rates == null) {
      return;
    }
    String object = DefinitionException.name("RED view", service);
    if (!rates.expr().metricNames().contains(requests.name())) {
      throw new DefinitionException(
          object,
          rates.describe()
              + " does not read "
              + requests.name()
              + "; pass a recording of that counter's rate");
    }
    Set<String> missing = new TreeSet<>(Arrays.asList(by));
    missing.add(statusLabel);
    filters.forEach(f -> missing.add(f.label()));
    missing.removeAll(rates.series().labels());
    if (!missing.isEmpty()) {
      throw new DefinitionException(
          object,
          rates.describe()
              + " drops "
              + String.join(", ", missing)
              + ", which the panels group or filter by; record it by those labels too");
    }
  }

  private Selector<SeriesKind.Counting> requestSeries() {
    Selector<SeriesKind.Counting> selector = requests.select();
    for (Filter filter : filters) {
      selector = selector.matching(filter.label(), filter.regex());
    }
    return selector;
  }

  private Selector<SeriesKind.Counting> buckets() {
    Selector<SeriesKind.Counting> selector = duration.bucket();
    for (Filter filter : filters) {
      selector = selector.matching(filter.label(), filter.regex());
    }
    return selector;
  }

  private String legend() {
    return String.join(" ", Arrays.stream(by).map(l -> "{{" + l + "}}").toList());
  }

  private String per() {
    return by.length == 0 ? "" : " by " + String.join(", ", by);
  }
}
