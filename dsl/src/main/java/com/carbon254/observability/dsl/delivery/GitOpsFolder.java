package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.TreeMap;

/**
 * The Kubernetes resources of {@code generated/} and the {@code kustomization.yaml} at its root
 * that lists them, so Argo CD or Flux can sync the folder as it is ({@code kubectl kustomize
 * generated/} builds it). Plain rule files, tests and configs are not resources and stay out.
 */
public final class GitOpsFolder {
  public static final String KUSTOMIZATION = "kustomization.yaml";

  private final TreeMap<String, HasMetadata> resources = new TreeMap<>();

  public GitOpsFolder add(String path, HasMetadata resource) {
    if (resources.putIfAbsent(path, resource) != null) {
      throw new IllegalStateException("two resources rendered at " + path);
    }
    return this;
  }

  /** Writes each resource and the kustomization (resources in path order) into {@code tree}. */
  public void renderInto(RenderedTree tree) {
    if (resources.isEmpty()) {
      return;
    }
    resources.forEach((path, resource) -> tree.addYaml(path, Manifests.tree(resource)));
    ObjectNode kustomization = Documents.object();
    kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kustomization.put("kind", "Kustomization");
    kustomization.put("namespace", Manifests.NAMESPACE);
    kustomization.set("resources", Documents.strings(resources.keySet()));
    tree.addYaml(KUSTOMIZATION, kustomization);
  }
}
