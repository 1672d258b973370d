package com.carbon254.observability.dsl.delivery;

import io.fabric8.openshift.api.model.monitoring.v1.EndpointBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfigBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorSpecBuilder;
import java.util.List;

/** A Prometheus Operator {@code ServiceMonitor} for each {@link ScrapeTarget} a bundle declares. */
public final class ServiceMonitors {
  private ServiceMonitors() {}

  /** Where Kubernetes mounts Prometheus' service account token and the cluster CA. */
  static final String SERVICE_ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount";

  public static String path(ScrapeTarget target) {
    return "gitops/service-monitors/" + target.resourceName() + ".yaml";
  }

  public static ServiceMonitor of(String domain, ScrapeTarget target) {
    ServiceMonitorSpecBuilder spec =
        new ServiceMonitorSpecBuilder()
            .withNewSelector()
            .withMatchLabels(target.serviceLabels())
            .endSelector();
    if (target.namespaces().isEmpty()) {
      spec.withNewNamespaceSelector().withAny(true).endNamespaceSelector();
    } else {
      spec.withNewNamespaceSelector().withMatchNames(target.namespaces()).endNamespaceSelector();
    }
    EndpointBuilder endpoint = new EndpointBuilder();
    if (target.honorLabels()) {
      endpoint.withHonorLabels(true);
    }
    if (target.serviceAccountTls()) {
      endpoint
          .withScheme("https")
          .withBearerTokenFile(SERVICE_ACCOUNT + "/token")
          .withNewTlsConfig()
          .withCaFile(SERVICE_ACCOUNT + "/ca.crt")
          .endTlsConfig();
    }
    endpoint
        .withPort(target.port())
        .withPath(target.path())
        .withInterval(target.interval().toString())
        // The operator names the job after the Service; alerts select the declared job, so set it.
        .withRelabelings(
            new RelabelConfigBuilder()
                .withAction("replace")
                .withTargetLabel("job")
                .withReplacement(target.job())
                .build())
        // Only catalog metrics are stored: an uncatalogued series is a cardinality risk nobody
        // reviewed.
        .withMetricRelabelings(
            new RelabelConfigBuilder()
                .withAction("keep")
                .withSourceLabels(List.of("__name__"))
                .withRegex(String.join("|", target.seriesNames()))
                .build());
    spec.addToEndpoints(endpoint.build());
    return new ServiceMonitorBuilder()
        .withMetadata(Manifests.meta(target.resourceName(), domain))
        .withSpec(spec.build())
        .build();
  }
}
