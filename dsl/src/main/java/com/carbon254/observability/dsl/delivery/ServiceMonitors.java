package com.carbon254.observability.dsl.delivery;

import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfigBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorSpecBuilder;
import java.util.List;

/** A Prometheus Operator {@code ServiceMonitor} for each {@link ScrapeTarget} a bundle declares. */
public final class ServiceMonitors {
  private ServiceMonitors() {}

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
    spec.addNewEndpoint()
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
                .build())
        .endEndpoint();
    return new ServiceMonitorBuilder()
        .withMetadata(Manifests.meta(target.resourceName(), domain))
        .withSpec(spec.build())
        .build();
  }
}
