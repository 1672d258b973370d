package com.carbon254.observability.bundles.infra;

import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_DISK_AVAILABLE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_DISK_TOTAL;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_FAILED_QUERIES;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_QUERIES;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_QUERY_DURATION;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_RUNNING_QUERIES;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CONTAINER_CPU_USAGE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CONTAINER_MEMORY_WORKING_SET;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KAFKA_CONSUMER_GROUP_LAG;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_RESOURCE_LIMITS;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_RESOURCE_REQUESTS;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_RESTARTS;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_WAITING;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_CPU_SECONDS;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_FILESYSTEM_AVAILABLE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_FILESYSTEM_SIZE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_LOAD1;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_MEMORY_AVAILABLE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_MEMORY_TOTAL;
import static com.carbon254.observability.dsl.promql.Promql.avg;
import static com.carbon254.observability.dsl.promql.Promql.avgOverTime;
import static com.carbon254.observability.dsl.promql.Promql.count;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.predictLinear;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/**
 * The infrastructure KPIs, recorded in general-rules.yaml: node USE ratios, pod resources,
 * ClickHouse query percentiles, disk and concurrency, Kafka lag per consumer group and topic. They
 * cut the exporters' per-CPU, per-partition and per-cgroup series down to what panels and alerts
 * read.
 */
final class InfraRecordings {
  private InfraRecordings() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /**
   * Pseudo and read-only image filesystems: always full (squashfs, iso9660) or sized from memory
   * (tmpfs, ramfs), or container layers (overlay) that mirror a real disk counted elsewhere.
   */
  static final String PSEUDO_FILESYSTEMS = "tmpfs|ramfs|overlay|squashfs|iso9660";

  /**
   * The platform's ClickHouse config sets max_concurrent_queries to 100 (the value config.xml
   * shipped for years; the code default 0 means unlimited). Above it ClickHouse refuses queries
   * with TOO_MANY_SIMULTANEOUS_QUERIES; change this constant with the server setting.
   */
  static final double CLICKHOUSE_MAX_CONCURRENT_QUERIES = 100;

  static Selector<SeriesKind.Sampled> realFilesystems(Selector<SeriesKind.Sampled> filesystem) {
    return filesystem.notMatching("fstype", PSEUDO_FILESYSTEMS);
  }

  // Nodes

  /** Share of CPU time not idle, averaged over the node's CPUs. */
  static final RecordingRule NODE_CPU_UTILISATION =
      RecordingRule.named("instance:node_cpu_utilisation:rate5m")
          .expr(
              avg(rate(NODE_CPU_SECONDS.select().where("mode", "idle").over(RATE_WINDOW)))
                  .by("instance")
                  .complement());

  /** Load average per CPU: above 1, runnable tasks wait for a CPU. */
  static final RecordingRule NODE_LOAD_PER_CPU =
      RecordingRule.named("instance:node_load1_per_cpu:ratio")
          .expr(
              sum(NODE_LOAD1.select())
                  .by("instance")
                  .div(count(NODE_CPU_SECONDS.select().where("mode", "idle")).by("instance")));

  static final RecordingRule NODE_MEMORY_UTILISATION =
      RecordingRule.named("instance:node_memory_utilisation:ratio")
          .expr(
              sum(NODE_MEMORY_AVAILABLE.select())
                  .by("instance")
                  .div(sum(NODE_MEMORY_TOTAL.select()).by("instance"))
                  .complement());

  static final RecordingRule NODE_FILESYSTEM_USAGE =
      RecordingRule.named("instance_device_mountpoint:node_filesystem_usage:ratio")
          .expr(
              max(realFilesystems(NODE_FILESYSTEM_AVAILABLE.select()))
                  .by("instance", "device", "mountpoint")
                  .div(
                      max(realFilesystems(NODE_FILESYSTEM_SIZE.select()))
                          .by("instance", "device", "mountpoint"))
                  .complement());

  /**
   * Free space of each real filesystem {@link InfraAlerts#FILL_UP_HORIZON} ahead, from its trend
   * over {@link InfraAlerts#FILL_UP_HISTORY}, as a share of its size: the fill-up alert's forecast,
   * recorded so that the dashboard does not read six hours of samples of every filesystem at each
   * refresh. Below 0 means full before then.
   */
  static final RecordingRule NODE_FILESYSTEM_FORECAST =
      RecordingRule.named("instance_device_mountpoint:node_filesystem_free_forecast:ratio")
          .expr(
              max(predictLinear(
                      realFilesystems(NODE_FILESYSTEM_AVAILABLE.select())
                          .over(InfraAlerts.FILL_UP_HISTORY),
                      InfraAlerts.FILL_UP_HORIZON))
                  .by("instance", "device", "mountpoint")
                  .div(
                      max(realFilesystems(NODE_FILESYSTEM_SIZE.select()))
                          .by("instance", "device", "mountpoint")));

  static RuleGroup.Builder nodes() {
    return RuleGroup.named("infra-node-recordings")
        .rule(NODE_CPU_UTILISATION)
        .rule(NODE_LOAD_PER_CPU)
        .rule(NODE_MEMORY_UTILISATION)
        .rule(NODE_FILESYSTEM_USAGE)
        .rule(NODE_FILESYSTEM_FORECAST)
        .scenario(halfBusyNode())
        .scenario(fillingDisk());
  }

  /**
   * 50 of 100 GB free, 100 MB less each minute: 47 GB free at 30m, and at that pace 144 GB less in
   * 24 hours, so the forecast is 97 GB short of empty.
   */
  private static RecordingScenario.Builder fillingDisk() {
    return RecordingScenario.named("a root disk losing 100 MB a minute is forecast full in a day")
        .input(
            TestSeries.of(
                    filesystem(NODE_FILESYSTEM_AVAILABLE.select(), "/dev/nvme0n1p1", "ext4", "/"))
                .from(50e9)
                .rising(-1e8, 30))
        .input(
            TestSeries.of(filesystem(NODE_FILESYSTEM_SIZE.select(), "/dev/nvme0n1p1", "ext4", "/"))
                .from(100e9)
                .flat(30))
        .expect(
            "30m",
            NODE_FILESYSTEM_FORECAST,
            Map.of("instance", NODE, "device", "/dev/nvme0n1p1", "mountpoint", "/"),
            -0.97);
  }

  private static final String NODE = "node-1:9100";
  private static final Map<String, String> ON_NODE = Map.of("instance", NODE);

  /**
   * Two CPUs idle 25% and 75% of the time (a user-mode series beside them is not read) with a load
   * of 1, 4 of 16 GB of memory available, 25 of 100 GB of the root disk free and a tmpfs that is
   * ignored.
   */
  private static RecordingScenario.Builder halfBusyNode() {
    return RecordingScenario.named("a node half busy, memory and root disk three quarters used")
        .input(TestSeries.of(nodeCpu("0", "idle")).rising(15, 30))
        .input(TestSeries.of(nodeCpu("1", "idle")).rising(45, 30))
        .input(TestSeries.of(nodeCpu("0", "user")).rising(45, 30))
        .input(
            TestSeries.of(NODE_LOAD1.select().where("job", "node-exporter").where("instance", NODE))
                .from(1)
                .flat(30))
        .input(
            TestSeries.of(
                    NODE_MEMORY_AVAILABLE
                        .select()
                        .where("job", "node-exporter")
                        .where("instance", NODE))
                .from(4e9)
                .flat(30))
        .input(
            TestSeries.of(
                    NODE_MEMORY_TOTAL
                        .select()
                        .where("job", "node-exporter")
                        .where("instance", NODE))
                .from(16e9)
                .flat(30))
        .input(
            TestSeries.of(
                    filesystem(NODE_FILESYSTEM_AVAILABLE.select(), "/dev/nvme0n1p1", "ext4", "/"))
                .from(25e9)
                .flat(30))
        .input(
            TestSeries.of(filesystem(NODE_FILESYSTEM_SIZE.select(), "/dev/nvme0n1p1", "ext4", "/"))
                .from(100e9)
                .flat(30))
        .input(
            TestSeries.of(filesystem(NODE_FILESYSTEM_AVAILABLE.select(), "tmpfs", "tmpfs", "/run"))
                .from(1e9)
                .flat(30))
        .input(
            TestSeries.of(filesystem(NODE_FILESYSTEM_SIZE.select(), "tmpfs", "tmpfs", "/run"))
                .from(2e9)
                .flat(30))
        .expect("30m", NODE_CPU_UTILISATION, ON_NODE, 0.5)
        .expect("30m", NODE_LOAD_PER_CPU, ON_NODE, 0.5)
        .expect("30m", NODE_MEMORY_UTILISATION, ON_NODE, 0.75)
        .expect(
            "30m",
            NODE_FILESYSTEM_USAGE,
            Map.of("instance", NODE, "device", "/dev/nvme0n1p1", "mountpoint", "/"),
            0.75);
  }

  static Selector<SeriesKind.Counting> nodeCpu(String cpu, String mode) {
    return NODE_CPU_SECONDS
        .select()
        .where("job", "node-exporter")
        .where("instance", NODE)
        .where("cpu", cpu)
        .where("mode", mode);
  }

  static Selector<SeriesKind.Sampled> filesystem(
      Selector<SeriesKind.Sampled> metric, String device, String fstype, String mountpoint) {
    return metric
        .where("job", "node-exporter")
        .where("instance", NODE)
        .where("device", device)
        .where("fstype", fstype)
        .where("mountpoint", mountpoint);
  }

  // Kubernetes pods

  /**
   * cAdvisor also reports each pod's own cgroup (no container label) and its pause container
   * ("POD"); both would count the pod's usage twice.
   */
  private static <K extends SeriesKind> Selector<K> realContainers(Selector<K> cadvisor) {
    return cadvisor.whereNot("container", "").whereNot("container", "POD");
  }

  static final RecordingRule CONTAINER_CPU =
      RecordingRule.named("namespace_pod_container:container_cpu_usage_seconds:rate5m")
          .expr(
              sum(rate(realContainers(CONTAINER_CPU_USAGE.select()).over(RATE_WINDOW)))
                  .by("namespace", "pod", "container"));

  static final RecordingRule CONTAINER_MEMORY =
      RecordingRule.named("namespace_pod_container:container_memory_working_set_bytes:sum")
          .expr(
              sum(realContainers(CONTAINER_MEMORY_WORKING_SET.select()))
                  .by("namespace", "pod", "container"));

  static final RecordingRule RESTARTS =
      RecordingRule.named("namespace:kube_pod_container_status_restarts:increase1h")
          .expr(
              sum(increase(KUBE_CONTAINER_RESTARTS.select().over(Window.hours(1))))
                  .by("namespace"));

  static final RecordingRule WAITING =
      RecordingRule.named("namespace_reason:kube_pod_container_status_waiting_reason:sum")
          .expr(sum(KUBE_CONTAINER_WAITING.select()).by("namespace", "reason"));

  /**
   * A container's requests or limits of one resource, with the labels of the cAdvisor recordings,
   * so that usage divides by them series by series.
   */
  private static RecordingRule resource(String name, Gauge metric, String resource) {
    return RecordingRule.named(name)
        .expr(sum(metric.select().where("resource", resource)).by("namespace", "pod", "container"));
  }

  static final RecordingRule CPU_REQUESTS =
      resource(
          "namespace_pod_container:kube_pod_container_resource_requests_cpu_cores:sum",
          KUBE_CONTAINER_RESOURCE_REQUESTS,
          "cpu");

  static final RecordingRule CPU_LIMITS =
      resource(
          "namespace_pod_container:kube_pod_container_resource_limits_cpu_cores:sum",
          KUBE_CONTAINER_RESOURCE_LIMITS,
          "cpu");

  static final RecordingRule MEMORY_REQUESTS =
      resource(
          "namespace_pod_container:kube_pod_container_resource_requests_memory_bytes:sum",
          KUBE_CONTAINER_RESOURCE_REQUESTS,
          "memory");

  static final RecordingRule MEMORY_LIMITS =
      resource(
          "namespace_pod_container:kube_pod_container_resource_limits_memory_bytes:sum",
          KUBE_CONTAINER_RESOURCE_LIMITS,
          "memory");

  static RuleGroup.Builder pods() {
    return RuleGroup.named("infra-pod-recordings")
        .rule(CONTAINER_CPU)
        .rule(CONTAINER_MEMORY)
        .rule(RESTARTS)
        .rule(WAITING)
        .rule(CPU_REQUESTS)
        .rule(CPU_LIMITS)
        .rule(MEMORY_REQUESTS)
        .rule(MEMORY_LIMITS)
        .scenario(normalizerPod());
  }

  private static final String NAMESPACE = "market-data";

  /**
   * A normalizer container using half a core and 512 MB, requesting a quarter core and 1 GB,
   * limited to one core and 2 GB, restarted 3 times in the last hour, and two pods of the namespace
   * waiting in CrashLoopBackOff.
   */
  private static RecordingScenario.Builder normalizerPod() {
    return RecordingScenario.named("a normalizer pod: half a core, 512 MB, 3 restarts in an hour")
        .input(
            TestSeries.of(container(CONTAINER_CPU_USAGE.select(), "normalizer-0")).rising(30, 61))
        .input(
            TestSeries.of(container(CONTAINER_MEMORY_WORKING_SET.select(), "normalizer-0"))
                .from(512e6)
                .flat(61))
        .input(
            TestSeries.of(container(KUBE_CONTAINER_RESTARTS.select(), "normalizer-0"))
                .flat(10)
                .rising(1, 1)
                .flat(19)
                .rising(2, 1)
                .flat(30))
        .input(resourceSeries(KUBE_CONTAINER_RESOURCE_REQUESTS, "cpu", "core", 0.25))
        .input(resourceSeries(KUBE_CONTAINER_RESOURCE_LIMITS, "cpu", "core", 1))
        .input(resourceSeries(KUBE_CONTAINER_RESOURCE_REQUESTS, "memory", "byte", 1e9))
        .input(resourceSeries(KUBE_CONTAINER_RESOURCE_LIMITS, "memory", "byte", 2e9))
        .input(
            TestSeries.of(
                    container(KUBE_CONTAINER_WAITING.select(), "normalizer-1")
                        .where("reason", "CrashLoopBackOff"))
                .from(1)
                .flat(61))
        .input(
            TestSeries.of(
                    container(KUBE_CONTAINER_WAITING.select(), "normalizer-2")
                        .where("reason", "CrashLoopBackOff"))
                .from(1)
                .flat(61))
        .expect(
            "61m",
            CONTAINER_CPU,
            Map.of("namespace", NAMESPACE, "pod", "normalizer-0", "container", "normalizer"),
            0.5)
        .expect(
            "61m",
            CONTAINER_MEMORY,
            Map.of("namespace", NAMESPACE, "pod", "normalizer-0", "container", "normalizer"),
            512e6)
        .expect("61m", RESTARTS, Map.of("namespace", NAMESPACE), 3)
        .expect("61m", WAITING, Map.of("namespace", NAMESPACE, "reason", "CrashLoopBackOff"), 2)
        .expect("61m", CPU_REQUESTS, NORMALIZER_CONTAINER, 0.25)
        .expect("61m", CPU_LIMITS, NORMALIZER_CONTAINER, 1)
        .expect("61m", MEMORY_REQUESTS, NORMALIZER_CONTAINER, 1e9)
        .expect("61m", MEMORY_LIMITS, NORMALIZER_CONTAINER, 2e9);
  }

  private static final Map<String, String> NORMALIZER_CONTAINER =
      Map.of("namespace", NAMESPACE, "pod", "normalizer-0", "container", "normalizer");

  /** The normalizer container's request or limit of one resource, as kube-state-metrics reports. */
  private static TestSeries resourceSeries(
      Gauge metric, String resource, String unit, double value) {
    return TestSeries.of(
            container(metric.select(), "normalizer-0")
                .where("job", "kube-state-metrics")
                .where("node", "node-1")
                .where("resource", resource)
                .where("unit", unit))
        .from(value)
        .flat(61);
  }

  static <K extends SeriesKind> Selector<K> container(Selector<K> metric, String pod) {
    return metric.where("namespace", NAMESPACE).where("pod", pod).where("container", "normalizer");
  }

  // ClickHouse

  static final String QUERY_LATENCY =
      "query_type:clickhouse_query_duration_seconds:histogram_quantile5m";

  static RecordingRule queryLatency(double quantile) {
    return RecordingRule.named(QUERY_LATENCY)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(CLICKHOUSE_QUERY_DURATION.bucket().over(RATE_WINDOW)))
                    .by("le", "query_type")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule QUERY_P50 = queryLatency(0.5);
  static final RecordingRule QUERY_P95 = queryLatency(0.95);
  static final RecordingRule QUERY_P99 = queryLatency(0.99);

  static final RecordingRule CLICKHOUSE_DISK_USAGE =
      RecordingRule.named("instance:clickhouse_disk_usage:ratio")
          .expr(
              max(CLICKHOUSE_DISK_AVAILABLE.select())
                  .by("instance")
                  .div(max(CLICKHOUSE_DISK_TOTAL.select()).by("instance"))
                  .complement());

  /**
   * Running queries averaged over 5 minutes (the gauge jumps with every short query), as a share of
   * the limit.
   */
  static final RecordingRule CLICKHOUSE_QUERY_SATURATION =
      RecordingRule.named("instance:clickhouse_concurrent_queries:ratio_avg5m")
          .expr(
              max(avgOverTime(CLICKHOUSE_RUNNING_QUERIES.select().over(RATE_WINDOW)))
                  .by("instance")
                  .div(CLICKHOUSE_MAX_CONCURRENT_QUERIES));

  static final RecordingRule CLICKHOUSE_FAILED_RATIO =
      RecordingRule.named("instance:clickhouse_failed_queries:ratio_rate5m")
          .expr(
              sum(rate(CLICKHOUSE_FAILED_QUERIES.select().over(RATE_WINDOW)))
                  .by("instance")
                  .div(sum(rate(CLICKHOUSE_QUERIES.select().over(RATE_WINDOW))).by("instance")));

  static final RecordingRule CLICKHOUSE_QUERY_RATE =
      RecordingRule.named("instance:clickhouse_queries:rate5m")
          .expr(sum(rate(CLICKHOUSE_QUERIES.select().over(RATE_WINDOW))).by("instance"));

  static final RecordingRule CLICKHOUSE_FAILED_RATE =
      RecordingRule.named("instance:clickhouse_failed_queries:rate5m")
          .expr(sum(rate(CLICKHOUSE_FAILED_QUERIES.select().over(RATE_WINDOW))).by("instance"));

  static RuleGroup.Builder clickhouse() {
    return RuleGroup.named("infra-clickhouse-recordings")
        .rule(QUERY_P50)
        .rule(QUERY_P95)
        .rule(QUERY_P99)
        .rule(CLICKHOUSE_DISK_USAGE)
        .rule(CLICKHOUSE_QUERY_SATURATION)
        .rule(CLICKHOUSE_FAILED_RATIO)
        .rule(CLICKHOUSE_QUERY_RATE)
        .rule(CLICKHOUSE_FAILED_RATE)
        .scenario(busyClickHouse());
  }

  static final String CLICKHOUSE_INSTANCE = "clickhouse-0:9363";
  private static final Map<String, String> ON_CLICKHOUSE = Map.of("instance", CLICKHOUSE_INSTANCE);

  /**
   * 100 selects a minute: 25 within 10 ms, 75 within 50 ms, 90 within 100 ms, all within 500 ms, so
   * p50 is 30 ms, p95 300 ms and p99 460 ms by interpolation inside the buckets; 850 of 1000 GB
   * used; 40 queries running; 6 of 600 queries a minute failing.
   */
  private static RecordingScenario.Builder busyClickHouse() {
    return RecordingScenario.named("a busy ClickHouse: percentiles, disk, concurrency and failures")
        .inputs(
            TestSeries.histogram(
                CLICKHOUSE_QUERY_DURATION,
                Map.of("job", "curves-api", "query_type", "select"),
                30,
                5,
                25,
                75,
                90,
                100,
                100,
                100,
                100,
                100,
                100))
        .input(TestSeries.of(clickhouse(CLICKHOUSE_DISK_AVAILABLE.select())).from(150e9).flat(30))
        .input(TestSeries.of(clickhouse(CLICKHOUSE_DISK_TOTAL.select())).from(1000e9).flat(30))
        .input(TestSeries.of(clickhouse(CLICKHOUSE_RUNNING_QUERIES.select())).from(40).flat(30))
        .input(TestSeries.of(clickhouse(CLICKHOUSE_QUERIES.select())).rising(600, 30))
        .input(TestSeries.of(clickhouse(CLICKHOUSE_FAILED_QUERIES.select())).rising(6, 30))
        .expect("30m", QUERY_P50, Map.of("query_type", "select"), 0.03)
        .expect("30m", QUERY_P95, Map.of("query_type", "select"), 0.3)
        .expect("30m", QUERY_P99, Map.of("query_type", "select"), 0.46)
        .expect("30m", CLICKHOUSE_DISK_USAGE, ON_CLICKHOUSE, 0.85)
        .expect("30m", CLICKHOUSE_QUERY_SATURATION, ON_CLICKHOUSE, 0.4)
        .expect("30m", CLICKHOUSE_FAILED_RATIO, ON_CLICKHOUSE, 0.01)
        .expect("30m", CLICKHOUSE_QUERY_RATE, ON_CLICKHOUSE, 10)
        .expect("30m", CLICKHOUSE_FAILED_RATE, ON_CLICKHOUSE, 0.1);
  }

  static <K extends SeriesKind> Selector<K> clickhouse(Selector<K> metric) {
    return metric.where("job", "clickhouse").where("instance", CLICKHOUSE_INSTANCE);
  }

  // Kafka

  static final RecordingRule CONSUMER_LAG =
      RecordingRule.named("consumergroup_topic:kafka_consumergroup_lag:sum")
          .expr(sum(KAFKA_CONSUMER_GROUP_LAG.select()).by("consumergroup", "topic"));

  static RuleGroup.Builder kafka() {
    return RuleGroup.named("infra-kafka-recordings")
        .rule(CONSUMER_LAG)
        .scenario(twoPartitionsBehind());
  }

  static final String CONSUMER_GROUP = "normalization";
  static final String TOPIC = "raw.market.ticks.v1";

  private static RecordingScenario.Builder twoPartitionsBehind() {
    return RecordingScenario.named("two partitions 100 and 250 messages behind")
        .input(TestSeries.of(lag("0")).from(100).flat(10))
        .input(TestSeries.of(lag("1")).from(250).flat(10))
        .expect("10m", CONSUMER_LAG, Map.of("consumergroup", CONSUMER_GROUP, "topic", TOPIC), 350);
  }

  static Selector<SeriesKind.Sampled> lag(String partition) {
    return KAFKA_CONSUMER_GROUP_LAG
        .select()
        .where("job", "kafka-exporter")
        .where("consumergroup", CONSUMER_GROUP)
        .where("topic", TOPIC)
        .where("partition", partition);
  }
}
