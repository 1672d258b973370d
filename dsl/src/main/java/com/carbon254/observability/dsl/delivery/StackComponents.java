package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kustomize Components that put the generated configurations into the {@code k8s/} stack, so the
 * deployed Alertmanager, Grafana, collector, Tempo and Loki run exactly what {@code generated/}
 * holds. Kustomize reads files only inside a kustomization's own folder, so each Component sits
 * beside the files it reads and the overlays list it under {@code components:}: {@code configs/}
 * for step 1 (Alertmanager's configuration Secret, Grafana's provisioning, the collector), {@code
 * configs/tempo/} and {@code configs/loki/} for steps 2 and 3. The workloads in {@code k8s/} mount
 * the ConfigMaps and the Secret by these names.
 */
public final class StackComponents {
  private StackComponents() {}

  public static final String CORE_PATH = "configs/kustomization.yaml";
  public static final String TEMPO_PATH = "configs/tempo/kustomization.yaml";
  public static final String LOKI_PATH = "configs/loki/kustomization.yaml";

  /** The Secret the Alertmanager resource names in {@code spec.configSecret}. */
  public static final String ALERTMANAGER_CONFIG_SECRET = "alertmanager-config";

  /** The key the Prometheus Operator reads the configuration from. */
  public static final String ALERTMANAGER_CONFIG_KEY = "alertmanager.yaml";

  public static final String COLLECTOR_CONFIG_MAP = "otel-collector-config";
  public static final String GRAFANA_DATASOURCES_CONFIG_MAP = "grafana-datasources";
  public static final String GRAFANA_DASHBOARDS_CONFIG_MAP = "grafana-dashboards-provider";
  public static final String TEMPO_CONFIG_MAP = "tempo-config";
  public static final String LOKI_CONFIG_MAP = "loki-config";

  /** The Prometheus resource of k8s/prometheus, whose retention the telemetry policy sets. */
  static final String PROMETHEUS = "observability";

  /** The job of the collector's Prometheus exporter, the metrics services push over OTLP. */
  public static final String COLLECTOR_JOB = "otel-collector";

  /** The domain label of the stack's own resources, which belong to no bundle. */
  public static final String STACK_DOMAIN = "platform";

  /**
   * Step 1: Alertmanager's configuration as the Secret the operator reads (it holds file paths, no
   * secret value), Grafana's data sources and dashboard folders, the collector's configuration, and
   * Prometheus' retention from the telemetry policy.
   */
  public static ObjectNode core(TelemetryPolicy policy) {
    ObjectNode component = component();
    ObjectNode secret = component.putArray("secretGenerator").addObject();
    secret.put("name", ALERTMANAGER_CONFIG_SECRET);
    secret.put("namespace", Manifests.NAMESPACE);
    secret.set(
        "files",
        Documents.strings(
            List.of(ALERTMANAGER_CONFIG_KEY + "=" + relative(AlertmanagerConfig.PATH, CORE_PATH))));
    // The Alertmanager resource names the Secret, and kustomize does not rewrite names in custom
    // resources: keep the name fixed (the operator reloads on a change of content).
    options(secret, true);
    ArrayNode configMaps = component.putArray("configMapGenerator");
    configMap(
        configMaps,
        GRAFANA_DATASOURCES_CONFIG_MAP,
        GrafanaProvisioning.DATASOURCES_PATH,
        CORE_PATH);
    configMap(
        configMaps, GRAFANA_DASHBOARDS_CONFIG_MAP, GrafanaProvisioning.DASHBOARDS_PATH, CORE_PATH);
    configMap(configMaps, COLLECTOR_CONFIG_MAP, TelemetryConfigs.COLLECTOR_PATH, CORE_PATH);
    ObjectNode retention = component.putArray("patches").addObject();
    retention.putObject("target").put("kind", "Prometheus").put("name", PROMETHEUS);
    retention.put(
        "patch",
        "- op: replace\n  path: /spec/retention\n  value: " + policy.metricsRetention() + "\n");
    return component;
  }

  /** Step 2: Tempo's configuration. */
  public static ObjectNode tempo() {
    ObjectNode component = component();
    configMap(
        component.putArray("configMapGenerator"),
        TEMPO_CONFIG_MAP,
        TelemetryConfigs.TEMPO_PATH,
        TEMPO_PATH);
    return component;
  }

  /** Step 3: Loki's configuration. */
  public static ObjectNode loki() {
    ObjectNode component = component();
    configMap(
        component.putArray("configMapGenerator"),
        LOKI_CONFIG_MAP,
        TelemetryConfigs.LOKI_PATH,
        LOKI_PATH);
    return component;
  }

  /**
   * The collector's Prometheus exporter serves what services push over OTLP, each series under its
   * service's {@code job} (from {@code service.name}), which honorLabels keeps. Like every scrape
   * target it keeps only catalog metrics: those of the bundles' own services, not the third-party
   * exporters' (which are scraped directly).
   */
  public static ScrapeTarget collectorTarget(Collection<Metric> catalog) {
    Map<String, Metric> own = new TreeMap<>();
    catalog.stream().filter(m -> m.exporter().isEmpty()).forEach(m -> own.putIfAbsent(m.name(), m));
    return ScrapeTarget.job(COLLECTOR_JOB)
        .service("app.kubernetes.io/name", COLLECTOR_JOB)
        .inNamespaces(Manifests.NAMESPACE)
        .port("prom-export")
        .honorLabels()
        .exports(List.copyOf(own.values()))
        .build();
  }

  private static ObjectNode component() {
    ObjectNode component = Documents.object();
    component.put("apiVersion", "kustomize.config.k8s.io/v1alpha1");
    component.put("kind", "Component");
    return component;
  }

  private static void configMap(ArrayNode generators, String name, String path, String component) {
    ObjectNode generator = generators.addObject();
    generator.put("name", name);
    generator.put("namespace", Manifests.NAMESPACE);
    generator.set("files", Documents.strings(List.of(relative(path, component))));
    // A hash suffix, rewritten into the Deployments that mount it: a changed configuration rolls
    // its pods.
    options(generator, false);
  }

  private static void options(ObjectNode generator, boolean fixedName) {
    ObjectNode options = generator.putObject("options");
    if (fixedName) {
      options.put("disableNameSuffixHash", true);
    }
    options.putObject("labels").put(Manifests.PART_OF_LABEL, Manifests.PART_OF);
  }

  /** {@code path} relative to the folder of the kustomization at {@code kustomization}. */
  static String relative(String path, String kustomization) {
    String folder = kustomization.substring(0, kustomization.lastIndexOf('/') + 1);
    if (!path.startsWith(folder)) {
      throw new IllegalStateException(
          path + " is outside " + folder + ", kustomize cannot read it");
    }
    return path.substring(folder.length());
  }
}
