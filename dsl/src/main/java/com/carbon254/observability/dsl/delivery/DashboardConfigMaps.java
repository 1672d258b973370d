package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A ConfigMap per dashboard for Grafana's dashboard sidecar (kiwigrid k8s-sidecar): it loads every
 * ConfigMap labelled {@code grafana_dashboard: "1"} and writes it into the sub-folder that the
 * {@code grafana_folder} annotation names, one per domain, which the dashboards provider turns into
 * a Grafana folder.
 */
public final class DashboardConfigMaps {
  private DashboardConfigMaps() {}

  public static final String SIDECAR_LABEL = "grafana_dashboard";
  public static final String SIDECAR_LABEL_VALUE = "1";
  public static final String FOLDER_ANNOTATION = "grafana_folder";

  /**
   * kubectl's client-side apply copies the object into an annotation limited to 256 KiB; a larger
   * dashboard only applies server-side, which not every GitOps setup uses.
   */
  static final int MAX_BYTES = 256 * 1024 - 4096;

  public static String path(String folder, String fileName) {
    return "gitops/dashboards/" + folder + "/" + fileName + ".yaml";
  }

  public static ConfigMap of(String domain, String folder, String fileName, JsonNode dashboard) {
    String json = Documents.json(dashboard);
    if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "dashboard "
              + folder
              + "/"
              + fileName
              + " is larger than "
              + MAX_BYTES
              + " bytes, too large for a ConfigMap that kubectl can apply; split it");
    }
    return new ConfigMapBuilder()
        .withMetadata(
            Manifests.metadata(Manifests.kubernetesName("dashboard", folder, fileName), domain)
                .addToLabels(SIDECAR_LABEL, SIDECAR_LABEL_VALUE)
                .withAnnotations(Map.of(FOLDER_ANNOTATION, folder))
                .build())
        .withData(Map.of(fileName + ".json", json))
        .build();
  }
}
