package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code k8s/}, its base and every overlay with the real {@code kubectl kustomize} and
 * checks what a cluster would receive.
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

  @Test
  void secretsAreReferencedNeverCreated() throws IOException {
    String readme = Files.readString(K8S.resolve("README.md"), StandardCharsets.UTF_8);
    BUILT.forEach(
        (directory, documents) -> {
          assertNoProblems(directory, K8sManifests.secretProblems(documents));
          for (String secret : K8sManifests.referencedSecrets(documents)) {
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

  /** The seed's variables are set once, in settings.env, and reach every field that uses them. */
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
        Set.of(
            "PROM_RETENTION",
            "PROM_SCRAPE_INTERVAL",
            "PROM_EVALUATION_INTERVAL",
            "TEMPO_RETENTION",
            "LOKI_RETENTION"),
        settings.keySet());
    Map<String, JsonNode> all = byId(BUILT.get("."));
    JsonNode prometheus = all.get("Prometheus/observability").path("spec");
    assertEquals(settings.get("PROM_RETENTION"), prometheus.path("retention").asText());
    assertEquals(settings.get("PROM_SCRAPE_INTERVAL"), prometheus.path("scrapeInterval").asText());
    assertEquals(
        settings.get("PROM_EVALUATION_INTERVAL"), prometheus.path("evaluationInterval").asText());
    assertEquals(
        settings.get("TEMPO_RETENTION"),
        env(all.get("Deployment/tempo"), "tempo", "TEMPO_RETENTION"));
    assertEquals(
        settings.get("LOKI_RETENTION"), env(all.get("Deployment/loki"), "loki", "LOKI_RETENTION"));
    BUILT.forEach(
        (directory, documents) -> {
          for (JsonNode document : documents) {
            assertFalse(
                document.toString().contains("set-by-components-settings"),
                K8sManifests.id(document)
                    + " in k8s/"
                    + directory
                    + " keeps a placeholder: the settings component is missing");
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
