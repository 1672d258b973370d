package com.carbon254.observability.bundles.infra;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;
import com.carbon254.observability.dsl.promql.Metric;
import java.util.List;

/**
 * What the infrastructure dashboards and alerts read: the real exporters' series under their own
 * names, and the one infrastructure metric of the seed's taxonomy. The exporters' {@code
 * namespace}, {@code pod} and {@code container} labels are target labels here (kube-state-metrics
 * is scraped with honorLabels, cAdvisor attaches them itself), so they are selectable without a
 * declaration.
 */
public final class InfraMetrics {
  private InfraMetrics() {}

  static final String NODE_EXPORTER = "node_exporter";
  static final String KUBE_STATE_METRICS = "kube-state-metrics";
  static final String CADVISOR = "cadvisor";
  static final String CLICKHOUSE = "clickhouse";
  static final String KAFKA_EXPORTER = "kafka_exporter";

  // node_exporter

  public static final Counter NODE_CPU_SECONDS =
      Counter.exportedBy(NODE_EXPORTER, "node_cpu_seconds_total")
          .help(
              "Seconds each CPU spent in each mode (idle, user, system, iowait, ...), from"
                  + " node_exporter.")
          .labels("cpu", "mode");

  /**
   * Runnable and uninterruptible tasks averaged over a minute: above the number of CPUs, work waits
   * for a CPU (the saturation the busy ratio cannot show once it reaches 100%).
   */
  public static final Gauge NODE_LOAD1 =
      Gauge.exportedBy(NODE_EXPORTER, "node_load1")
          .help("1-minute load average of the node (/proc/loadavg), from node_exporter.");

  public static final Gauge NODE_MEMORY_AVAILABLE =
      Gauge.exportedBy(NODE_EXPORTER, "node_memory_MemAvailable_bytes")
          .help(
              "Memory the kernel can hand out without swapping (MemAvailable of /proc/meminfo), in"
                  + " bytes.");

  public static final Gauge NODE_MEMORY_TOTAL =
      Gauge.exportedBy(NODE_EXPORTER, "node_memory_MemTotal_bytes")
          .help("Physical memory of the node (MemTotal of /proc/meminfo), in bytes.");

  public static final Gauge NODE_FILESYSTEM_AVAILABLE =
      Gauge.exportedBy(NODE_EXPORTER, "node_filesystem_avail_bytes")
          .help(
              "Bytes of a filesystem that non-root users may still write (root-reserved blocks"
                  + " excluded).")
          .labels("device", "fstype", "mountpoint");

  public static final Gauge NODE_FILESYSTEM_SIZE =
      Gauge.exportedBy(NODE_EXPORTER, "node_filesystem_size_bytes")
          .help("Size of a filesystem, in bytes.")
          .labels("device", "fstype", "mountpoint");

  // kube-state-metrics

  public static final Counter KUBE_CONTAINER_RESTARTS =
      Counter.exportedBy(KUBE_STATE_METRICS, "kube_pod_container_status_restarts_total")
          .help("Restarts of a pod's container, from kube-state-metrics.");

  public static final Gauge KUBE_CONTAINER_WAITING =
      Gauge.exportedBy(KUBE_STATE_METRICS, "kube_pod_container_status_waiting_reason")
          .help(
              "1 while a pod's container waits to start, by reason (CrashLoopBackOff,"
                  + " ImagePullBackOff, ...).")
          .labels("reason");

  /**
   * What a pod's container asked the scheduler for, by resource: {@code cpu} in cores, {@code
   * memory} in bytes (the {@code unit} label says which), from the pod spec.
   */
  public static final Gauge KUBE_CONTAINER_RESOURCE_REQUESTS =
      Gauge.exportedBy(KUBE_STATE_METRICS, "kube_pod_container_resource_requests")
          .help(
              "Resources a pod's container requests, by resource (cpu in cores, memory in bytes),"
                  + " from kube-state-metrics.")
          .labels("node", "resource", "unit");

  /** The container's limits: CPU above it is throttled, memory above it is OOM-killed. */
  public static final Gauge KUBE_CONTAINER_RESOURCE_LIMITS =
      Gauge.exportedBy(KUBE_STATE_METRICS, "kube_pod_container_resource_limits")
          .help(
              "Resource limits of a pod's container, by resource (cpu in cores, memory in bytes),"
                  + " from kube-state-metrics.")
          .labels("node", "resource", "unit");

  // cAdvisor, through the kubelet

  public static final Counter CONTAINER_CPU_USAGE =
      Counter.exportedBy(CADVISOR, "container_cpu_usage_seconds_total")
          .help("CPU seconds a container used, from the kubelet's cAdvisor endpoint.");

  public static final Gauge CONTAINER_MEMORY_WORKING_SET =
      Gauge.exportedBy(CADVISOR, "container_memory_working_set_bytes")
          .help(
              "Memory of a container the kernel cannot reclaim (what the OOM killer compares), in"
                  + " bytes.");

  // ClickHouse server's own Prometheus endpoint (<prometheus> in config.xml, port 9363)

  public static final Gauge CLICKHOUSE_RUNNING_QUERIES =
      Gauge.exportedBy(CLICKHOUSE, "ClickHouseMetrics_Query")
          .help("Queries the ClickHouse server is executing right now.");

  public static final Counter CLICKHOUSE_QUERIES =
      Counter.exportedBy(CLICKHOUSE, "ClickHouseProfileEvents_Query")
          .help("Queries the ClickHouse server started (profile event Query).");

  public static final Counter CLICKHOUSE_FAILED_QUERIES =
      Counter.exportedBy(CLICKHOUSE, "ClickHouseProfileEvents_FailedQuery")
          .help("Queries that failed on the ClickHouse server (profile event FailedQuery).");

  /**
   * ClickHouse names its disk metrics per disk; the platform stores its tables on the 'default'
   * disk.
   */
  public static final Gauge CLICKHOUSE_DISK_AVAILABLE =
      Gauge.exportedBy(CLICKHOUSE, "ClickHouseAsyncMetrics_DiskAvailable_default")
          .help(
              "Bytes still free on ClickHouse's default disk (asynchronous metric"
                  + " DiskAvailable_default).");

  public static final Gauge CLICKHOUSE_DISK_TOTAL =
      Gauge.exportedBy(CLICKHOUSE, "ClickHouseAsyncMetrics_DiskTotal_default")
          .help(
              "Size of ClickHouse's default disk, in bytes (asynchronous metric"
                  + " DiskTotal_default).");

  // danielqsj/kafka_exporter

  public static final Gauge KAFKA_CONSUMER_GROUP_LAG =
      Gauge.exportedBy(KAFKA_EXPORTER, "kafka_consumergroup_lag")
          .help(
              "Messages of a partition a consumer group has not committed yet, from"
                  + " kafka_exporter.")
          .labels("consumergroup", "topic", "partition");

  // Ours: the seed's taxonomy (section 8)

  /** ClickHouse queries range from point reads (ms) to scans (tens of seconds). */
  public static final Histogram CLICKHOUSE_QUERY_DURATION =
      Histogram.named("clickhouse_query_duration_seconds")
          .help("ClickHouse query time as seen by the client, in seconds, by query type.")
          .buckets(0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30)
          .labels("query_type");

  static List<Metric> all() {
    return List.of(
        NODE_CPU_SECONDS,
        NODE_LOAD1,
        NODE_MEMORY_AVAILABLE,
        NODE_MEMORY_TOTAL,
        NODE_FILESYSTEM_AVAILABLE,
        NODE_FILESYSTEM_SIZE,
        KUBE_CONTAINER_RESTARTS,
        KUBE_CONTAINER_WAITING,
        KUBE_CONTAINER_RESOURCE_REQUESTS,
        KUBE_CONTAINER_RESOURCE_LIMITS,
        CONTAINER_CPU_USAGE,
        CONTAINER_MEMORY_WORKING_SET,
        CLICKHOUSE_RUNNING_QUERIES,
        CLICKHOUSE_QUERIES,
        CLICKHOUSE_FAILED_QUERIES,
        CLICKHOUSE_DISK_AVAILABLE,
        CLICKHOUSE_DISK_TOTAL,
        KAFKA_CONSUMER_GROUP_LAG,
        CLICKHOUSE_QUERY_DURATION);
  }
}
