package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.delivery.AlertmanagerConfig;
import com.carbon254.observability.dsl.delivery.GrafanaProvisioning;
import com.carbon254.observability.dsl.delivery.PlatformDelivery;
import com.carbon254.observability.dsl.delivery.StackComponents;
import com.carbon254.observability.dsl.delivery.TelemetryConfigs;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code k8s/}, its base and every overlay with the real {@code kubectl kustomize} and
 * checks what a cluster would receive: the restricted workloads, and the generated rules,
 * ServiceMonitors, dashboards and configurations of the committed {@code generated/} folder.
 */
class KustomizeTest {
  static final Path K8S = K8sManifests.repositoryRoot().resolve("k8s");

  /** The kustomizations to build, and the workloads each must deploy (the seed's three steps). */
  static final Map<String, Set<String>> WORKLOADS = new LinkedHashMap<>();

  static {
    Set<String> core =
        Set.of(
            "Prometheus/observability",
            "Alertmanager/observability",
            "Deployment/grafana",
            "Deployment/otel-collector");
    Set<String> all = new TreeSet<>(core);
    all.addAll(Set.of("Deployment/tempo", "Deployment/loki"));
    WORKLOADS.put(".", all);
    WORKLOADS.put("base", Set.of());
    WORKLOADS.put("overlays/core", core);
    WORKLOADS.put("overlays/traces", Set.of("Deployment/tempo"));
    WORKLOADS.put("overlays/logs", Set.of("Deployment/loki"));
  }

  static final Map<String, List<JsonNode>> BUILT = new LinkedHashMap<>();

  @BeforeAll
  static void build() {
    Kubectl kubectl = Kubectl.require();
    for (String directory : WORKLOADS.keySet()) {
      Promtool.Result result = kubectl.kustomize(K8S.resolve(directory)).assertOk();
      BUILT.put(directory, K8sManifests.parseAll(result.output()));
    }
  }

  @Test
  void everyBuildDeploysItsStepIntoTheObservabilityNamespace() {
    Set<String> clusterScoped = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding");
    BUILT.forEach(
        (directory, documents) -> {
          Set<String> workloads =
              documents.stream()
                  .filter(K8sManifests::isWorkload)
                  .map(K8sManifests::id)
                  .collect(Collectors.toCollection(TreeSet::new));
          assertEquals(
              new TreeSet<>(WORKLOADS.get(directory)), workloads, "workloads of k8s/" + directory);
          assertTrue(
              documents.stream()
                  .anyMatch(d -> K8sManifests.id(d).equals("Namespace/observability")),
              "k8s/"
                  + directory
                  + " does not create the namespace, so it cannot be applied on its own");
          for (JsonNode document : documents) {
            String namespace = document.path("metadata").path("namespace").asText();
            if (clusterScoped.contains(K8sManifests.kind(document))) {
              assertEquals("", namespace, K8sManifests.id(document));
            } else {
              assertEquals(
                  "observability", namespace, K8sManifests.id(document) + " in k8s/" + directory);
            }
            assertEquals(
                "254carbon-observability",
                document.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText(),
                K8sManifests.id(document) + " in k8s/" + directory + " lacks the part-of label");
          }
        });
  }

  @Test
  void everyContainerRunsRestrictedWithRequestsAndLimits() {
    BUILT.forEach(
        (directory, documents) ->
            assertNoProblems(directory, K8sManifests.securityProblems(documents)));
  }

  @Test
  void everyImageIsPinned() {
    BUILT.forEach(
        (directory, documents) ->
            assertNoProblems(directory, K8sManifests.imageProblems(documents)));
  }

  @Test
  void writablePathsAreVolumes() {
    BUILT.forEach(
        (directory, documents) ->
            assertNoProblems(directory, K8sManifests.volumeProblems(documents)));
  }

  /**
   * The one Secret the stack builds is Alertmanager's configuration, which holds file paths and no
   * secret value ({@link #eachStepRunsTheGeneratedConfigurations} checks it is the generated file);
   * every other Secret is only referenced, and k8s/README.md says how to create it.
   */
  @Test
  void secretsAreReferencedNeverCreated() throws IOException {
    String readme = Files.readString(K8S.resolve("README.md"), StandardCharsets.UTF_8);
    BUILT.forEach(
        (directory, documents) -> {
          List<JsonNode> others =
              documents.stream().filter(d -> !K8sManifests.id(d).equals(GENERATED_SECRET)).toList();
          assertNoProblems(directory, K8sManifests.secretProblems(others));
          for (String secret : K8sManifests.referencedSecrets(documents)) {
            if (("Secret/" + secret).equals(GENERATED_SECRET)) {
              continue;
            }
            assertTrue(
                readme.contains("kubectl -n observability create secret generic " + secret + " "),
                "k8s/"
                    + directory
                    + " references the Secret "
                    + secret
                    + ", but k8s/README.md does not say how to create it");
          }
        });
  }

  /**
   * k8s/README.md creates the receivers' Secret with exactly the keys the generated Alertmanager
   * configuration reads: a key it misses fails every notification of its receiver, a key it adds is
   * read by nothing.
   */
  @Test
  void theReadmeCreatesTheReceiverKeysTheGeneratedConfigurationReads() throws IOException {
    String secret = PlatformDelivery.RECEIVER_SECRET;
    Set<String> read = new TreeSet<>();
    Matcher files =
        Pattern.compile("/etc/alertmanager/secrets/" + secret + "/([-._a-zA-Z0-9]+)")
            .matcher(generated(AlertmanagerConfig.PATH));
    while (files.find()) {
      read.add(files.group(1));
    }
    assertFalse(read.isEmpty(), "the generated configuration reads no key of " + secret);
    String readme = Files.readString(K8S.resolve("README.md"), StandardCharsets.UTF_8);
    String command = "kubectl -n observability create secret generic " + secret + " ";
    int start = readme.indexOf(command);
    assertTrue(start >= 0, "k8s/README.md does not create the Secret " + secret);
    int end = readme.indexOf("\n\n", start);
    Set<String> created = new TreeSet<>();
    Matcher keys =
        Pattern.compile("--from-(?:literal|file)=([-._a-zA-Z0-9]+)=")
            .matcher(readme.substring(start, end < 0 ? readme.length() : end));
    while (keys.find()) {
      created.add(keys.group(1));
    }
    assertEquals(read, created, "keys of " + secret + ": generated configuration vs k8s/README.md");
  }

  /**
   * Each step runs what generated/ holds: Alertmanager's configuration Secret, Grafana's
   * provisioning, the collector's, Tempo's and Loki's configurations are the generated files byte
   * for byte, mounted by their workloads, and Prometheus keeps metrics as long as the telemetry
   * policy says.
   */
  @Test
  void eachStepRunsTheGeneratedConfigurations() throws IOException {
    List<JsonNode> core = BUILT.get("overlays/core");
    Map<String, JsonNode> coreById = byId(core);
    assertEquals(
        generated(AlertmanagerConfig.PATH),
        decoded(coreById.get(GENERATED_SECRET), StackComponents.ALERTMANAGER_CONFIG_KEY),
        "the Alertmanager configuration Secret of the core step");
    assertEquals(
        StackComponents.ALERTMANAGER_CONFIG_SECRET,
        coreById.get("Alertmanager/observability").path("spec").path("configSecret").asText());
    assertMountedConfig(
        core,
        "Deployment/otel-collector",
        StackComponents.COLLECTOR_CONFIG_MAP,
        TelemetryConfigs.COLLECTOR_PATH);
    assertMountedConfig(
        core,
        "Deployment/grafana",
        StackComponents.GRAFANA_DATASOURCES_CONFIG_MAP,
        GrafanaProvisioning.DATASOURCES_PATH);
    assertMountedConfig(
        core,
        "Deployment/grafana",
        StackComponents.GRAFANA_DASHBOARDS_CONFIG_MAP,
        GrafanaProvisioning.DASHBOARDS_PATH);
    assertMountedConfig(
        BUILT.get("overlays/traces"),
        "Deployment/tempo",
        StackComponents.TEMPO_CONFIG_MAP,
        TelemetryConfigs.TEMPO_PATH);
    assertMountedConfig(
        BUILT.get("overlays/logs"),
        "Deployment/loki",
        StackComponents.LOKI_CONFIG_MAP,
        TelemetryConfigs.LOKI_PATH);
    JsonNode policy = K8sManifests.YAML.readTree(generated(TelemetryConfigs.RETENTION_PATH));
    for (String directory : List.of("overlays/core", ".")) {
      assertEquals(
          policy.at("/retention/metrics/retention").asText(),
          byId(BUILT.get(directory))
              .get("Prometheus/observability")
              .path("spec")
              .path("retention")
              .asText(),
          "Prometheus retention in k8s/" + directory);
    }
  }

  /** The core step and the whole stack deploy every resource of generated/ as it is. */
  @Test
  void theCoreStepDeploysEveryGeneratedResource() {
    Map<String, JsonNode> gitops =
        byId(
            K8sManifests.parseAll(
                Kubectl.require()
                    .kustomize(K8sManifests.repositoryRoot().resolve("generated"))
                    .assertOk()
                    .output()));
    assertTrue(
        gitops.keySet().stream().anyMatch(id -> id.startsWith("PrometheusRule/"))
            && gitops.keySet().stream().anyMatch(id -> id.startsWith("ServiceMonitor/"))
            && gitops.keySet().stream().anyMatch(id -> id.startsWith("ConfigMap/dashboard-")),
        "generated/ builds: " + gitops.keySet());
    for (String directory : List.of("overlays/core", ".")) {
      Map<String, JsonNode> built = byId(BUILT.get(directory));
      gitops.forEach(
          (id, resource) ->
              assertEquals(resource, built.get(id), id + " as k8s/" + directory + " deploys it"));
    }
  }

  /** A workload that mounts a ConfigMap finds it in the same build, under its hashed name. */
  @Test
  void everyMountedConfigMapIsInTheSameBuild() {
    BUILT.forEach(
        (directory, documents) -> {
          Set<String> configMaps =
              documents.stream()
                  .filter(d -> K8sManifests.kind(d).equals("ConfigMap"))
                  .map(K8sManifests::name)
                  .collect(Collectors.toSet());
          for (JsonNode workload : documents) {
            if (!K8sManifests.isWorkload(workload)) {
              continue;
            }
            for (JsonNode volume : K8sManifests.podSpec(workload).path("volumes")) {
              String name = volume.path("configMap").path("name").asText();
              assertTrue(
                  name.isEmpty() || configMaps.contains(name),
                  K8sManifests.id(workload)
                      + " in k8s/"
                      + directory
                      + " mounts the ConfigMap "
                      + name
                      + ", which the build does not contain");
            }
          }
        });
  }

  /** The collector's configuration reads ${env:NAME}; its container must set each one. */
  @Test
  void theCollectorSetsEveryVariableItsConfigurationReads() throws IOException {
    Matcher variables =
        Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)\\}")
            .matcher(generated(TelemetryConfigs.COLLECTOR_PATH));
    Set<String> read = new TreeSet<>();
    while (variables.find()) {
      read.add(variables.group(1));
    }
    assertTrue(read.containsAll(Set.of("POD_IP", "DEPLOYMENT_ENVIRONMENT")), "reads " + read);
    JsonNode collector = byId(BUILT.get("overlays/core")).get("Deployment/otel-collector");
    Set<String> set = new TreeSet<>();
    for (JsonNode container : K8sManifests.podSpec(collector).path("containers")) {
      if (container.path("name").asText().equals("otel-collector")) {
        container.path("env").forEach(e -> set.add(e.path("name").asText()));
      }
    }
    assertTrue(
        set.containsAll(read), "the collector reads " + read + " but its container sets " + set);
  }

  /**
   * Prometheus scrapes the collector's Prometheus exporter: the generated ServiceMonitor selects
   * the collector's Service, by a port that leads to the exporter's port in the configuration.
   */
  @Test
  void prometheusScrapesTheCollectorsExporter() throws IOException {
    Map<String, JsonNode> core = byId(BUILT.get("overlays/core"));
    JsonNode monitor = core.get("ServiceMonitor/" + StackComponents.COLLECTOR_JOB);
    assertTrue(monitor != null, "no ServiceMonitor scrapes the collector: " + core.keySet());
    JsonNode service = core.get("Service/otel-collector");
    monitor
        .path("spec")
        .path("selector")
        .path("matchLabels")
        .fields()
        .forEachRemaining(
            label ->
                assertEquals(
                    label.getValue().asText(),
                    service.path("metadata").path("labels").path(label.getKey()).asText(),
                    "Service/otel-collector label " + label.getKey()));
    assertTrue(
        monitor
            .path("spec")
            .path("namespaceSelector")
            .path("matchNames")
            .toString()
            .contains("\"observability\""));
    String port = monitor.path("spec").path("endpoints").get(0).path("port").asText();
    String targetPort = null;
    for (JsonNode servicePort : service.path("spec").path("ports")) {
      if (servicePort.path("name").asText().equals(port)) {
        targetPort = servicePort.path("targetPort").asText();
      }
    }
    assertTrue(targetPort != null, "Service/otel-collector has no port " + port);
    int containerPort = -1;
    for (JsonNode container :
        K8sManifests.podSpec(core.get("Deployment/otel-collector")).path("containers")) {
      for (JsonNode p : container.path("ports")) {
        if (p.path("name").asText().equals(targetPort)) {
          containerPort = p.path("containerPort").asInt();
        }
      }
    }
    String endpoint =
        K8sManifests.YAML
            .readTree(generated(TelemetryConfigs.COLLECTOR_PATH))
            .at("/exporters/prometheus/endpoint")
            .asText();
    assertTrue(
        endpoint.endsWith(":" + containerPort),
        "the ServiceMonitor reaches container port "
            + containerPort
            + ", the exporter listens on "
            + endpoint);
  }

  /**
   * The deployment's settings are set once, in settings.env, and reach every field that uses them;
   * the retentions are the typed telemetry policy's, through the generated Component, and are not
   * settings.
   */
  @Test
  void settingsReachEveryFieldThatUsesThem() throws IOException {
    Map<String, String> settings = new TreeMap<>();
    for (String line :
        Files.readAllLines(
            K8S.resolve("components/settings/settings.env"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] pair = line.split("=", 2);
        settings.put(pair[0], pair[1]);
      }
    }
    assertEquals(
        Set.of("PROM_SCRAPE_INTERVAL", "PROM_EVALUATION_INTERVAL", "DEPLOYMENT_ENVIRONMENT"),
        settings.keySet(),
        "retentions belong to the typed telemetry policy, not to settings.env");
    Map<String, JsonNode> all = byId(BUILT.get("."));
    JsonNode prometheus = all.get("Prometheus/observability").path("spec");
    assertEquals(settings.get("PROM_SCRAPE_INTERVAL"), prometheus.path("scrapeInterval").asText());
    assertEquals(
        settings.get("PROM_EVALUATION_INTERVAL"), prometheus.path("evaluationInterval").asText());
    assertEquals(
        settings.get("DEPLOYMENT_ENVIRONMENT"),
        env(all.get("Deployment/otel-collector"), "otel-collector", "DEPLOYMENT_ENVIRONMENT"));
    BUILT.forEach(
        (directory, documents) -> {
          for (JsonNode document : documents) {
            for (String placeholder :
                List.of("set-by-components-settings", "set-by-generated-configs")) {
              assertFalse(
                  document.toString().contains(placeholder),
                  K8sManifests.id(document)
                      + " in k8s/"
                      + directory
                      + " keeps the placeholder "
                      + placeholder
                      + ": a component is missing");
            }
            assertFalse(
                K8sManifests.name(document).equals("observability-settings"),
                "k8s/"
                    + directory
                    + " deploys the settings ConfigMap, which is meant for kustomize only");
          }
        });
  }

  /**
   * Rules and ServiceMonitors are chosen by the stack's label and a functional domain (sharding).
   */
  @Test
  void prometheusSelectsTheStacksRulesAndServiceMonitorsByDomain() {
    JsonNode spec = byId(BUILT.get("overlays/core")).get("Prometheus/observability").path("spec");
    for (String selector : List.of("ruleSelector", "serviceMonitorSelector")) {
      JsonNode node = spec.path(selector);
      assertEquals(
          "254carbon-observability",
          node.path("matchLabels").path("app.kubernetes.io/part-of").asText(),
          selector);
      assertEquals(1, node.path("matchExpressions").size(), selector);
      assertEquals(
          "observability.254carbon.io/domain",
          node.path("matchExpressions").get(0).path("key").asText(),
          selector);
      assertEquals(
          "Exists", node.path("matchExpressions").get(0).path("operator").asText(), selector);
    }
    assertEquals(
        "alertmanager-operated",
        spec.path("alerting").path("alertmanagers").get(0).path("name").asText(),
        "Prometheus must send to the operator's Alertmanager service");
  }

  /** Read-only, no wildcards, no Secrets; only Prometheus reads cluster-wide. */
  @Test
  void rbacGrantsOnlyWhatEachComponentReads() {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> all = byId(BUILT.get("."));
    for (JsonNode document : all.values()) {
      String kind = K8sManifests.kind(document);
      if (!kind.equals("Role") && !kind.equals("ClusterRole")) {
        continue;
      }
      for (JsonNode rule : document.path("rules")) {
        for (String field : List.of("verbs", "resources", "apiGroups", "nonResourceURLs")) {
          rule.path(field)
              .forEach(
                  v -> {
                    if (v.asText().contains("*")) {
                      problems.add(K8sManifests.id(document) + " has a wildcard in " + field);
                    }
                  });
        }
        rule.path("verbs")
            .forEach(
                v -> {
                  if (!Set.of("get", "list", "watch").contains(v.asText())) {
                    problems.add(K8sManifests.id(document) + " may " + v.asText());
                  }
                });
        rule.path("resources")
            .forEach(
                r -> {
                  if (r.asText().startsWith("secrets")) {
                    problems.add(K8sManifests.id(document) + " reads secrets");
                  }
                });
      }
    }
    assertNoProblems(".", problems);
    assertEquals(
        Set.of("ClusterRole/observability-prometheus", "Role/grafana-dashboards-sidecar"),
        all.keySet().stream()
            .filter(id -> id.startsWith("Role/") || id.startsWith("ClusterRole/"))
            .collect(Collectors.toSet()));
    for (JsonNode document : all.values()) {
      if (K8sManifests.kind(document).equals("ServiceAccount")) {
        boolean mounted = document.path("automountServiceAccountToken").asBoolean(true);
        boolean needsApi = Set.of("prometheus", "grafana").contains(K8sManifests.name(document));
        assertEquals(
            needsApi, mounted, K8sManifests.id(document) + " automountServiceAccountToken");
      }
    }
  }

  /** Dashboards arrive through the sidecar from labelled ConfigMaps; nobody logs in anonymously. */
  @Test
  void grafanaLoadsLabelledDashboardsAndRefusesAnonymousAccess() {
    JsonNode grafana = byId(BUILT.get("overlays/core")).get("Deployment/grafana");
    assertEquals("false", env(grafana, "grafana", "GF_AUTH_ANONYMOUS_ENABLED"));
    assertEquals("grafana_dashboard", env(grafana, "dashboards-sidecar", "LABEL"));
    assertEquals("1", env(grafana, "dashboards-sidecar", "LABEL_VALUE"));
    assertEquals("grafana_folder", env(grafana, "dashboards-sidecar", "FOLDER_ANNOTATION"));
    boolean persistent = false;
    for (JsonNode volume : K8sManifests.podSpec(grafana).path("volumes")) {
      persistent |=
          volume.path("name").asText().equals("storage") && volume.has("persistentVolumeClaim");
    }
    assertTrue(
        persistent, "Grafana's /var/lib/grafana must be a persistent volume (seed section 19)");
  }

  /** The checks above can fail: a manifest that breaks each rule yields a problem for each. */
  @Test
  void theChecksFindWhatABadManifestBreaks() {
    List<JsonNode> bad =
        K8sManifests.parseAll(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: bad}
            spec:
              template:
                spec:
                  securityContext: {runAsNonRoot: true}
                  volumes: [{name: host, hostPath: {path: /var}}]
                  containers:
                    - name: app
                      image: example/app:latest
                      env: [{name: ADMIN_PASSWORD, value: hunter2}]
                      securityContext:
                        runAsNonRoot: true
                        readOnlyRootFilesystem: false
                        capabilities: {drop: [NET_RAW]}
                      resources: {requests: {cpu: 10m}}
                      volumeMounts: [{name: host, mountPath: /tmp}]
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: Prometheus
            metadata: {name: p}
            spec:
              image: quay.io/prometheus/prometheus
              securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: leaked}
            stringData: {password: hunter2}
            """);
    String security = String.join("\n", K8sManifests.securityProblems(bad));
    for (String expected :
        List.of(
            "Deployment/bad pod securityContext.seccompProfile.type is not set",
            "[app] securityContext.readOnlyRootFilesystem is false",
            "[app] securityContext.allowPrivilegeEscalation is not set",
            "[app] securityContext.capabilities.drop is [\"NET_RAW\"]",
            "[app] has no resources.requests.memory",
            "[app] has no resources.limits.cpu",
            "Prometheus/p has no containers",
            "does not name the operator's container config-reloader",
            "does not name the operator's container init-config-reloader")) {
      assertTrue(security.contains(expected), "expected '" + expected + "' in:\n" + security);
    }
    String images = String.join("\n", K8sManifests.imageProblems(bad));
    assertTrue(images.contains("'example/app:latest' is not pinned"), images);
    assertTrue(images.contains("'quay.io/prometheus/prometheus' is not pinned"), images);
    assertTrue(images.contains("spec.version is ''"), images);
    String volumes = String.join("\n", K8sManifests.volumeProblems(bad));
    assertTrue(volumes.contains("volume host is a hostPath"), volumes);
    assertTrue(volumes.contains("[app] has no emptyDir mounted at /tmp"), volumes);
    String secrets = String.join("\n", K8sManifests.secretProblems(bad));
    assertTrue(secrets.contains("Secret/leaked is a Secret in the manifests"), secrets);
    assertTrue(secrets.contains("env ADMIN_PASSWORD is not read from a Secret"), secrets);
    assertTrue(K8sManifests.isPinned("quay.io/prometheus/prometheus:v2.54.1"));
    assertTrue(K8sManifests.isPinned("localhost:5000/app@sha256:0123"));
    assertFalse(K8sManifests.isPinned("localhost:5000/app"));
  }

  static final String GENERATED_SECRET = "Secret/" + StackComponents.ALERTMANAGER_CONFIG_SECRET;

  static String generated(String path) throws IOException {
    return Files.readString(
        K8sManifests.repositoryRoot().resolve("generated").resolve(path), StandardCharsets.UTF_8);
  }

  private static String decoded(JsonNode secret, String key) {
    assertTrue(secret != null, "the build has no " + GENERATED_SECRET);
    return new String(
        Base64.getMimeDecoder().decode(secret.path("data").path(key).asText()),
        StandardCharsets.UTF_8);
  }

  /**
   * {@code workload} mounts a ConfigMap generated as {@code name} (kustomize adds a content hash),
   * whose only key is the generated file's name and whose value is the file.
   */
  private static void assertMountedConfig(
      List<JsonNode> documents, String workload, String name, String generatedPath)
      throws IOException {
    Map<String, JsonNode> byId = byId(documents);
    List<String> mounted = new ArrayList<>();
    for (JsonNode volume : K8sManifests.podSpec(byId.get(workload)).path("volumes")) {
      String configMap = volume.path("configMap").path("name").asText();
      if (configMap.equals(name) || configMap.startsWith(name + "-")) {
        mounted.add(configMap);
      }
    }
    assertEquals(1, mounted.size(), workload + " mounts " + name + " once: " + mounted);
    JsonNode configMap = byId.get("ConfigMap/" + mounted.get(0));
    assertTrue(configMap != null, "the build has no ConfigMap " + mounted.get(0));
    String key = generatedPath.substring(generatedPath.lastIndexOf('/') + 1);
    assertEquals(
        List.of(key),
        List.copyOf(iterable(configMap.path("data").fieldNames())),
        "keys of " + mounted.get(0));
    assertEquals(
        generated(generatedPath),
        configMap.path("data").path(key).asText(),
        mounted.get(0) + " is generated/" + generatedPath);
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> all = new ArrayList<>();
    names.forEachRemaining(all::add);
    return all;
  }

  private static void assertNoProblems(String directory, List<String> problems) {
    assertTrue(problems.isEmpty(), "k8s/" + directory + ":\n  " + String.join("\n  ", problems));
  }

  private static Map<String, JsonNode> byId(List<JsonNode> documents) {
    Map<String, JsonNode> byId = new TreeMap<>();
    documents.forEach(d -> byId.put(K8sManifests.id(d), d));
    return byId;
  }

  private static String env(JsonNode workload, String container, String name) {
    for (JsonNode c : K8sManifests.podSpec(workload).path("containers")) {
      if (c.path("name").asText().equals(container)) {
        for (JsonNode env : c.path("env")) {
          if (env.path("name").asText().equals(name)) {
            return env.path("value").asText();
          }
        }
      }
    }
    throw new AssertionError(
        K8sManifests.id(workload) + " container " + container + " has no env " + name);
  }
}
