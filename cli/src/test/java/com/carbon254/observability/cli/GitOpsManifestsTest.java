package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.carbon254.observability.dsl.delivery.Manifests;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitOps folder as the cluster will read it: fabric8 types, and kustomize over the folder. */
class GitOpsManifestsTest {
  private static final RenderedTree TREE = Rendering.renderAllOrThrow();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static final Map<String, Class<? extends HasMetadata>> TYPES =
      Map.of(
          "PrometheusRule", PrometheusRule.class,
          "ServiceMonitor", ServiceMonitor.class,
          "ConfigMap", ConfigMap.class);

  @Test
  void everyManifestParsesIntoItsFabric8TypeWithoutUnknownFields() throws IOException {
    TreeSet<String> kinds = new TreeSet<>();
    for (String path : resources()) {
      String yaml = TREE.files().get(path);
      assertNotNull(yaml, "kustomization.yaml lists " + path + ", which is not rendered");
      String kind = YAML.readTree(yaml).path("kind").asText();
      Class<? extends HasMetadata> type = TYPES.get(kind);
      assertNotNull(type, path + ": unexpected kind '" + kind + "'");
      HasMetadata resource = Manifests.parse(yaml, type);
      assertEquals(
          Manifests.PART_OF, resource.getMetadata().getLabels().get(Manifests.PART_OF_LABEL), path);
      assertNotNull(resource.getMetadata().getLabels().get(Manifests.DOMAIN_LABEL), path);
      kinds.add(kind);
    }
    assertEquals(
        new TreeSet<>(TYPES.keySet()), kinds, "the gateway bundle renders each kind at least once");
  }

  @Test
  void everyManifestUnderGitopsIsListedInTheKustomization() throws IOException {
    List<String> underGitops =
        TREE.files().keySet().stream().filter(p -> p.startsWith("gitops/")).sorted().toList();
    assertEquals(underGitops, resources());
  }

  @Test
  void kubectlKustomizeBuildsTheFolder(@TempDir Path temp) throws IOException {
    Path kubectl =
        Promtool.requireTool(
            "kubectl", Promtool.onPath("kubectl"), System.getenv("CI"), System.err);
    for (var file : TREE.files().entrySet()) {
      Path target = temp.resolve(file.getKey());
      Files.createDirectories(target.getParent() == null ? temp : target.getParent());
      Files.writeString(target, file.getValue());
    }
    Promtool.Result built =
        Promtool.execute(List.of(kubectl.toString(), "kustomize", "."), temp, Promtool.TIMEOUT)
            .assertOk();

    List<JsonNode> objects = new ArrayList<>();
    YAML.readValues(YAML.createParser(built.output()), JsonNode.class)
        .forEachRemaining(objects::add);
    assertEquals(resources().size(), objects.size(), built.output());
    for (JsonNode object : objects) {
      assertEquals(
          Manifests.NAMESPACE,
          object.path("metadata").path("namespace").asText(),
          object.toString());
    }
    assertFalse(objects.isEmpty());
  }

  private static List<String> resources() throws IOException {
    JsonNode kustomization = YAML.readTree(TREE.files().get("kustomization.yaml"));
    List<String> resources = new ArrayList<>();
    kustomization.path("resources").forEach(r -> resources.add(r.asText()));
    return resources;
  }
}
