package com.carbon254.observability.dsl.delivery;

import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.rules.ExampleSite;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RuleRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitOpsRenderingTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  static final RecordingRule RATE =
      RecordingRule.named("route:gateway_http_requests:rate5m")
          .expr(sum(rate(ScrapeTargetTest.REQUESTS.select().over("5m"))).by("route"));

  static final RuleGroup GROUP = RuleGroup.named("gateway-recordings").rule(RATE).build();

  private static RenderedTree render() {
    ObjectNode dashboard = Documents.object();
    dashboard.put("title", "Gateway overview");
    RenderedTree tree = new RenderedTree();
    new GitOpsFolder()
        .add(
            PrometheusRules.path("access"),
            PrometheusRules.of("access", List.of(GROUP), ExampleSite.SITE))
        .add(
            ServiceMonitors.path(ScrapeTargetTest.gateway().build()),
            ServiceMonitors.of("access", ScrapeTargetTest.gateway().build()))
        .add(
            DashboardConfigMaps.path("data_processing", "normalization_pipeline"),
            DashboardConfigMaps.of(
                "ingestion", "data_processing", "normalization_pipeline", dashboard))
        .renderInto(tree);
    return tree;
  }

  @Test
  void thePrometheusRuleHoldsTheSameGroupsAsThePlainRuleFile() throws Exception {
    String yaml = render().files().get("gitops/prometheus-rules/access.yaml");
    PrometheusRule rule = Manifests.parse(yaml, PrometheusRule.class);

    assertEquals("access-rules", rule.getMetadata().getName());
    assertEquals("observability", rule.getMetadata().getNamespace());
    assertEquals(
        Map.of(
            "app.kubernetes.io/part-of",
            "254carbon-observability",
            "observability.254carbon.io/domain",
            "access"),
        rule.getMetadata().getLabels());
    JsonNode plain = RuleRenderer.file(List.of(GROUP), ExampleSite.SITE).get("groups");
    assertEquals(
        YAML.readTree(Documents.yaml(plain)), YAML.readTree(yaml).get("spec").get("groups"));
  }

  @Test
  void theServiceMonitorSetsTheJobAndKeepsOnlyCatalogSeries() {
    ServiceMonitor monitor =
        Manifests.parse(
            render().files().get("gitops/service-monitors/gateway.yaml"), ServiceMonitor.class);

    var endpoint = monitor.getSpec().getEndpoints().get(0);
    assertEquals("http-metrics", endpoint.getPort());
    assertEquals("/metrics", endpoint.getPath());
    assertEquals("15s", endpoint.getInterval());
    assertEquals("job", endpoint.getRelabelings().get(0).getTargetLabel());
    assertEquals("gateway", endpoint.getRelabelings().get(0).getReplacement());
    assertEquals("keep", endpoint.getMetricRelabelings().get(0).getAction());
    assertEquals(
        "gateway_http_request_duration_seconds_bucket|gateway_http_request_duration_seconds_count"
            + "|gateway_http_request_duration_seconds_sum|gateway_http_requests_total",
        endpoint.getMetricRelabelings().get(0).getRegex());
    assertEquals(
        Map.of("app.kubernetes.io/name", "gateway"),
        monitor.getSpec().getSelector().getMatchLabels());
    assertTrue(monitor.getSpec().getNamespaceSelector().getAny());
  }

  @Test
  void aTargetInNamedNamespacesIsLookedForOnlyThere() {
    ServiceMonitor monitor =
        ServiceMonitors.of(
            "access", ScrapeTargetTest.gateway().inNamespaces("edge", "api").build());

    assertEquals(List.of("api", "edge"), monitor.getSpec().getNamespaceSelector().getMatchNames());
    assertEquals(null, monitor.getSpec().getNamespaceSelector().getAny());
  }

  @Test
  void aPlainTargetNeitherHonorsLabelsNorUsesTls() {
    var endpoint =
        ServiceMonitors.of("access", ScrapeTargetTest.gateway().build())
            .getSpec()
            .getEndpoints()
            .get(0);
    assertEquals(null, endpoint.getHonorLabels());
    assertEquals(null, endpoint.getScheme());
    assertEquals(null, endpoint.getTlsConfig());
    assertEquals(null, endpoint.getBearerTokenFile());
  }

  /**
   * The kubelet's cAdvisor: HTTPS verified against the cluster CA, labels of the containers kept.
   */
  @Test
  void aKubeletTargetScrapesOverTlsWithTheServiceAccountAndHonorsLabels() {
    ServiceMonitor monitor =
        ServiceMonitors.of(
            "infra",
            ScrapeTarget.job("kubelet")
                .service("app.kubernetes.io/name", "kubelet")
                .inNamespaces("kube-system")
                .port("https-metrics")
                .path("/metrics/cadvisor")
                .serviceAccountTls()
                .honorLabels()
                .exports(ScrapeTargetTest.REQUESTS)
                .build());
    var endpoint = monitor.getSpec().getEndpoints().get(0);
    assertEquals(true, endpoint.getHonorLabels());
    assertEquals("https", endpoint.getScheme());
    assertEquals(
        "/var/run/secrets/kubernetes.io/serviceaccount/token", endpoint.getBearerTokenFile());
    assertEquals(
        "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
        endpoint.getTlsConfig().getCaFile());
    assertEquals(null, endpoint.getTlsConfig().getInsecureSkipVerify(), "never skip verification");
    Manifests.parse(
        Documents.yaml(Manifests.tree(monitor)), ServiceMonitor.class); // no unknown field
  }

  @Test
  void theDashboardConfigMapIsPickedUpByTheSidecarIntoItsDomainFolder() {
    ConfigMap map =
        Manifests.parse(
            render().files().get("gitops/dashboards/data_processing/normalization_pipeline.yaml"),
            ConfigMap.class);

    assertEquals("dashboard-data-processing-normalization-pipeline", map.getMetadata().getName());
    assertEquals("1", map.getMetadata().getLabels().get("grafana_dashboard"));
    assertEquals(
        "ingestion", map.getMetadata().getLabels().get("observability.254carbon.io/domain"));
    assertEquals(Map.of("grafana_folder", "data_processing"), map.getMetadata().getAnnotations());
    assertEquals(
        Map.of("normalization_pipeline.json", "{\n  \"title\": \"Gateway overview\"\n}\n"),
        map.getData());
  }

  @Test
  void theKustomizationListsEveryManifestAndNothingElse() throws Exception {
    RenderedTree tree = render();
    JsonNode kustomization = YAML.readTree(tree.files().get("kustomization.yaml"));

    assertEquals("observability", kustomization.get("namespace").asText());
    assertEquals(
        List.of(
            "gitops/dashboards/data_processing/normalization_pipeline.yaml",
            "gitops/prometheus-rules/access.yaml",
            "gitops/service-monitors/gateway.yaml"),
        YAML.convertValue(kustomization.get("resources"), List.class));
    assertEquals(4, tree.files().size());
  }

  /** fabric8 initialises lists and maps empty; none of them, and no null, may reach a manifest. */
  @Test
  void noNullOrEmptyDefaultLeaksIntoAManifest() throws Exception {
    for (var file : render().files().entrySet()) {
      assertNoEmpties(YAML.readTree(file.getValue()), file.getKey());
    }
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    assertEquals(render().files(), render().files());
  }

  @Test
  void aManifestWithAFieldItsTypeDoesNotKnowIsRefused() {
    String yaml =
        render()
            .files()
            .get("gitops/service-monitors/gateway.yaml")
            .replace("path: /metrics", "pathh: /metrics");

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> Manifests.parse(yaml, ServiceMonitor.class));
    assertTrue(thrown.getMessage().contains("$.Spec.Endpoints[0].pathh"), thrown.getMessage());
  }

  private static void assertNoEmpties(JsonNode node, String path) {
    assertFalse(node.isNull(), path + " is null");
    if (node.isContainerNode()) {
      assertFalse(node.isEmpty(), path + " is empty");
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          var field = it.next();
          assertNoEmpties(field.getValue(), path + "." + field.getKey());
        }
      } else {
        for (int i = 0; i < node.size(); i++) {
          assertNoEmpties(node.get(i), path + "[" + i + "]");
        }
      }
    }
  }
}
