package com.carbon254.observability.bundles.infra;

import com.carbon254.observability.dsl.delivery.ScrapeTarget;

/**
 * How Prometheus finds the infrastructure's exporters, under the job names the infrastructure rules
 * select ({@link InfraAlerts#INFRA_JOBS}). Each exporter's Service carries {@code
 * app.kubernetes.io/name} with the job's name and names its metrics port {@code http-metrics} (set
 * them so when installing an exporter from a chart); the kubelet's Service is the one the
 * Prometheus Operator maintains in kube-system.
 */
final class InfraScrapeTargets {
  private InfraScrapeTargets() {}

  static final String NODE_EXPORTER_JOB = "node-exporter";
  static final String KUBE_STATE_METRICS_JOB = "kube-state-metrics";
  static final String KUBELET_JOB = "kubelet";
  static final String CLICKHOUSE_JOB = "clickhouse";
  static final String KAFKA_EXPORTER_JOB = "kafka-exporter";

  static ScrapeTarget.Builder nodeExporter() {
    return ScrapeTarget.platformService(NODE_EXPORTER_JOB)
        .exports(
            InfraMetrics.NODE_CPU_SECONDS,
            InfraMetrics.NODE_MEMORY_AVAILABLE,
            InfraMetrics.NODE_MEMORY_TOTAL,
            InfraMetrics.NODE_FILESYSTEM_AVAILABLE,
            InfraMetrics.NODE_FILESYSTEM_SIZE,
            InfraMetrics.NODE_LOAD1);
  }

  /**
   * Its series describe other pods: their {@code namespace}, {@code pod} and {@code container}
   * labels must win over those of the kube-state-metrics pod itself.
   */
  static ScrapeTarget.Builder kubeStateMetrics() {
    return ScrapeTarget.platformService(KUBE_STATE_METRICS_JOB)
        .honorLabels()
        .exports(
            InfraMetrics.KUBE_CONTAINER_RESTARTS,
            InfraMetrics.KUBE_CONTAINER_WAITING,
            InfraMetrics.KUBE_CONTAINER_RESOURCE_REQUESTS,
            InfraMetrics.KUBE_CONTAINER_RESOURCE_LIMITS);
  }

  /**
   * cAdvisor, served by every node's kubelet on {@code /metrics/cadvisor}, over HTTPS with
   * Prometheus' service account (RBAC: {@code nodes/metrics}); the operator keeps the {@code
   * kubelet} Service's endpoints at the nodes when started with {@code
   * --kubelet-service=kube-system/kubelet}. Its series name their container's namespace and pod.
   */
  static ScrapeTarget.Builder kubelet() {
    return ScrapeTarget.job(KUBELET_JOB)
        .service(ScrapeTarget.NAME_LABEL, "kubelet")
        .inNamespaces("kube-system")
        .port("https-metrics")
        .path("/metrics/cadvisor")
        .serviceAccountTls()
        .honorLabels()
        .exports(InfraMetrics.CONTAINER_CPU_USAGE, InfraMetrics.CONTAINER_MEMORY_WORKING_SET);
  }

  /** The server's own endpoint ({@code <prometheus>} in config.xml). */
  static ScrapeTarget.Builder clickhouse() {
    return ScrapeTarget.platformService(CLICKHOUSE_JOB)
        .exports(
            InfraMetrics.CLICKHOUSE_RUNNING_QUERIES,
            InfraMetrics.CLICKHOUSE_QUERIES,
            InfraMetrics.CLICKHOUSE_FAILED_QUERIES,
            InfraMetrics.CLICKHOUSE_DISK_AVAILABLE,
            InfraMetrics.CLICKHOUSE_DISK_TOTAL);
  }

  /** Consumer group lag is read from the brokers; every 30 s is enough for a 15-minute trend. */
  static ScrapeTarget.Builder kafkaExporter() {
    return ScrapeTarget.platformService(KAFKA_EXPORTER_JOB)
        .every("30s")
        .exports(InfraMetrics.KAFKA_CONSUMER_GROUP_LAG);
  }
}
