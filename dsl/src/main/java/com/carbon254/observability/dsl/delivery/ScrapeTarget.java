package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service Prometheus scrapes, declared once by the bundle that owns it: the {@code job} label its
 * series carry (the one alerts select on), the Kubernetes Service it is found by, the named port
 * and path of its metrics endpoint, how often it is scraped, and which catalog metrics it exports.
 * The ServiceMonitor that delivers it keeps only those metrics, so a new, unreviewed (and perhaps
 * unbounded) series never reaches Prometheus without a catalog entry.
 *
 * <pre>{@code
 * ScrapeTarget.job("gateway")
 *     .service("app.kubernetes.io/name", "gateway")
 *     .port("http-metrics")
 *     .exports(REQUESTS, REQUEST_DURATION)
 *     .build();
 * }</pre>
 *
 * <p>{@code honorLabels}: the target's own {@code job}, {@code namespace}, {@code pod}... labels
 * win over the ones Prometheus attaches, for exporters that report on other objects
 * (kube-state-metrics, cAdvisor) or relay other services' series (the collector). {@code
 * serviceAccountTls}: scraped over HTTPS with Prometheus' service account token, the server
 * verified against the cluster CA (the kubelet).
 */
public record ScrapeTarget(
    String job,
    SortedMap<String, String> serviceLabels,
    List<String> namespaces,
    String port,
    String path,
    Window interval,
    List<Metric> metrics,
    boolean honorLabels,
    boolean serviceAccountTls) {

  /** A DNS-1123 label: the job names the ServiceMonitor too. */
  private static final Pattern JOB = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  /** Kubernetes' IANA_SVC_NAME, the only form a ServiceMonitor can name a port by. */
  private static final Pattern PORT =
      Pattern.compile("(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

  /** The label the platform's Services carry with their job's name, and are selected by. */
  public static final String NAME_LABEL = "app.kubernetes.io/name";

  /** The name the platform's Services give their metrics port. */
  public static final String METRICS_PORT = "http-metrics";

  public static final String DEFAULT_PATH = "/metrics";

  /** The seed's PROM_SCRAPE_INTERVAL. */
  public static final Window DEFAULT_INTERVAL = Window.seconds(15);

  /**
   * Prometheus marks a series stale when a scrape has not refreshed it for its 5m lookback; past
   * two minutes one failed scrape already leaves gaps in every rate window of the dashboards.
   */
  public static final Window MAX_INTERVAL = Window.minutes(2);

  public ScrapeTarget {
    serviceLabels = Collections.unmodifiableSortedMap(new TreeMap<>(serviceLabels));
    namespaces = List.copyOf(new TreeSet<>(namespaces));
    metrics = List.copyOf(metrics);
  }

  /**
   * A service deployed the platform's way (k8s/README.md asks charts for both): its Service
   * labelled {@link #NAME_LABEL} with the job's name, its metrics port named {@link #METRICS_PORT}.
   */
  public static Builder platformService(String job) {
    return job(job).service(NAME_LABEL, job).port(METRICS_PORT);
  }

  public static Builder job(String job) {
    return new Builder(job);
  }

  /** Kubernetes object name of the ServiceMonitor: the job itself. */
  public String resourceName() {
    return job;
  }

  /**
   * The series names the target's metrics are scraped as: a histogram is its {@code _bucket},
   * {@code _sum} and {@code _count} series. Sorted, for a stable keep filter.
   */
  public List<String> seriesNames() {
    TreeSet<String> names = new TreeSet<>();
    for (Metric metric : metrics) {
      switch (metric.type()) {
        case HISTOGRAM -> {
          names.add(metric.name() + "_bucket");
          names.add(metric.name() + "_sum");
          names.add(metric.name() + "_count");
        }
        default -> names.add(metric.name());
      }
    }
    return List.copyOf(names);
  }

  public static final class Builder {
    private final String job;
    private final SortedMap<String, String> serviceLabels = new TreeMap<>();
    private final List<String> namespaces = new ArrayList<>();
    private String port;
    private String path = DEFAULT_PATH;
    private Window interval = DEFAULT_INTERVAL;
    private final List<Metric> metrics = new ArrayList<>();
    private boolean honorLabels;
    private boolean serviceAccountTls;
    private final List<DefinitionException> errors = new ArrayList<>();

    private Builder(String job) {
      this.job = job;
    }

    private String object() {
      return DefinitionException.name("scrape target", String.valueOf(job));
    }

    /**
     * A label the Kubernetes Service carries; the ServiceMonitor selects Services by all of them.
     */
    public Builder service(String label, String value) {
      if (label == null || !LABEL_KEY.matcher(label).matches()) {
        errors.add(
            new DefinitionException(
                object(),
                "service label '"
                    + label
                    + "' is not a Kubernetes label key; use e.g. 'app.kubernetes.io/name'"));
      } else if (value == null || !LABEL_VALUE.matcher(value).matches()) {
        errors.add(
            new DefinitionException(
                object(),
                "service label value '"
                    + value
                    + "' is not a Kubernetes label value (63 characters of [A-Za-z0-9-_.])"));
      } else if (serviceLabels.putIfAbsent(label, value) != null) {
        errors.add(
            new DefinitionException(
                object(), "selects service label '" + label + "' twice; keep one"));
      }
      return this;
    }

    /** Namespaces the Service may live in; without any, every namespace is searched. */
    public Builder inNamespaces(String... names) {
      for (String name : names) {
        if (name == null || !JOB.matcher(name).matches()) {
          errors.add(
              new DefinitionException(
                  object(), "namespace '" + name + "' is not a Kubernetes namespace name"));
        } else {
          namespaces.add(name);
        }
      }
      return this;
    }

    /** The name of the Service port that serves metrics, e.g. {@code http-metrics}. */
    public Builder port(String name) {
      this.port = name;
      return this;
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder every(String interval) {
      DefinitionErrors.collect(errors, () -> this.interval = Window.of(interval));
      return this;
    }

    /**
     * Keep the labels the target reports ({@code namespace}, {@code pod}, {@code job}...) when they
     * clash with the ones Prometheus attaches: for exporters about other objects.
     */
    public Builder honorLabels() {
      this.honorLabels = true;
      return this;
    }

    /**
     * Scrape over HTTPS with Prometheus' service account token, verifying the server against the
     * cluster CA, as the kubelet requires. Kubelets with self-signed serving certificates fail
     * verification: enable their certificate rotation ({@code serverTLSBootstrap}) rather than skip
     * it.
     */
    public Builder serviceAccountTls() {
      this.serviceAccountTls = true;
      return this;
    }

    /** The catalog metrics the service exports; pass the catalog's constants. */
    public Builder exports(Metric... exported) {
      metrics.addAll(List.of(exported));
      return this;
    }

    public Builder exports(List<? extends Metric> exported) {
      metrics.addAll(exported);
      return this;
    }

    public ScrapeTarget build() {
      List<DefinitionException> all = new ArrayList<>(errors);
      String object = object();
      if (job == null || !JOB.matcher(job).matches()) {
        all.add(
            new DefinitionException(
                object,
                "job must be lower-case letters, digits and '-' (a Kubernetes name), as in 'gateway'"));
      }
      if (serviceLabels.isEmpty() && errors.isEmpty()) {
        all.add(
            new DefinitionException(
                object,
                "selects no Service; add .service(\"app.kubernetes.io/name\", \"<service>\")"));
      }
      if (port == null || !PORT.matcher(port).matches()) {
        all.add(
            new DefinitionException(
                object,
                "port '"
                    + port
                    + "' is not a Service port name (at most 15 lower-case letters, digits and single '-',"
                    + " with a letter); name the metrics port, as in .port(\"http-metrics\")"));
      }
      if (path == null || !PATH.matcher(path).matches()) {
        all.add(
            new DefinitionException(
                object,
                "path '"
                    + path
                    + "' must be an absolute URL path without query, as in '/metrics'"));
      }
      if (interval.compareTo(MAX_INTERVAL) > 0) {
        all.add(
            new DefinitionException(
                object,
                "is scraped every "
                    + interval
                    + "; scrape every "
                    + MAX_INTERVAL
                    + " or faster, or series go stale"));
      }
      if (metrics.isEmpty()) {
        all.add(
            new DefinitionException(
                object,
                "exports no catalog metric; list them with .exports(...), only those are kept"));
      }
      TreeSet<String> seen = new TreeSet<>();
      for (Metric metric : metrics) {
        if (!seen.add(metric.name())) {
          all.add(
              new DefinitionException(
                  object, "exports metric '" + metric.name() + "' twice; list it once"));
        }
      }
      DefinitionErrors.throwIfAny(all);
      return new ScrapeTarget(
          job,
          serviceLabels,
          namespaces,
          port,
          path,
          interval,
          metrics,
          honorLabels,
          serviceAccountTls);
    }
  }
}
