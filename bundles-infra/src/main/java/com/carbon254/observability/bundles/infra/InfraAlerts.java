package com.carbon254.observability.bundles.infra;

import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_DISK_AVAILABLE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_DISK_TOTAL;
import static com.carbon254.observability.bundles.infra.InfraMetrics.CLICKHOUSE_RUNNING_QUERIES;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_RESTARTS;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_FILESYSTEM_AVAILABLE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_FILESYSTEM_SIZE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_MEMORY_AVAILABLE;
import static com.carbon254.observability.bundles.infra.InfraMetrics.NODE_MEMORY_TOTAL;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_DISK_USAGE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_INSTANCE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_MAX_CONCURRENT_QUERIES;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CLICKHOUSE_QUERY_SATURATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CONSUMER_GROUP;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CONSUMER_LAG;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_CPU_UTILISATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_FILESYSTEM_USAGE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_MEMORY_UTILISATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.TOPIC;
import static com.carbon254.observability.bundles.infra.InfraRecordings.clickhouse;
import static com.carbon254.observability.bundles.infra.InfraRecordings.filesystem;
import static com.carbon254.observability.bundles.infra.InfraRecordings.lag;
import static com.carbon254.observability.bundles.infra.InfraRecordings.nodeCpu;
import static com.carbon254.observability.bundles.infra.InfraRecordings.realFilesystems;
import static com.carbon254.observability.dsl.promql.Promql.deriv;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.predictLinear;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TargetAlerts;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.List;
import java.util.Map;

/**
 * The infrastructure's USE alerts (alerts/USE/infra_use.yaml): saturation of nodes, pods,
 * ClickHouse and Kafka consumers, the disk fill-up forecast, and the seed's
 * ALERT_CLICKHOUSE_DISK_HIGH.
 */
final class InfraAlerts {
  private InfraAlerts() {}

  /**
   * CPU busy 90% of the time for 15 minutes: the run queue grows, and every pod on the node waits
   * for CPU; below it, bursts still find headroom.
   */
  static final double NODE_CPU_SATURATION = 0.9;

  /**
   * Less than 10% of memory available: the kernel is evicting page cache to keep up, the kubelet's
   * eviction threshold and the OOM killer are next.
   */
  static final double NODE_MEMORY_SATURATION = 0.9;

  /** A filesystem 90% full: log rotation, image pulls and ClickHouse merges need the last 10%. */
  static final double NODE_DISK_SATURATION = 0.9;

  /**
   * The fill-up forecast only looks at filesystems with less than 40% free: on emptier disks a
   * steep six-hour trend is usually a batch job or compaction that frees the space again.
   */
  static final double FILL_UP_MAX_FREE_RATIO = 0.4;

  /**
   * Six hours of history smooth out hourly jobs; 24 hours of warning leave a working day to act.
   */
  static final Window FILL_UP_HISTORY = Window.hours(6);

  static final Window FILL_UP_HORIZON = Window.hours(24);

  /**
   * More than 2 restarts in 15 minutes: CrashLoopBackOff caps its back-off at 5 minutes, so a
   * container that keeps crashing restarts 3 times in any 15 minutes; a one-off OOM kill does not.
   */
  static final double CRASH_LOOP_RESTARTS_15M = 2;

  static final Window CRASH_LOOP_WINDOW = Window.minutes(15);

  /** The seed's ALERT_CLICKHOUSE_DISK_HIGH: disk usage above 80%. */
  static final double CLICKHOUSE_DISK_HIGH = 0.8;

  /**
   * 80% of max_concurrent_queries running on average for 10 minutes: the next burst of dashboard
   * refreshes or retries hits the limit and gets TOO_MANY_SIMULTANEOUS_QUERIES.
   */
  static final double CLICKHOUSE_QUERY_SATURATION_RATIO = 0.8;

  /**
   * Lag below 1000 messages is a consumer between two commits (the normalizer commits every few
   * hundred records); above it, and still growing for 15 minutes, the consumer is falling behind.
   */
  static final double KAFKA_LAG_MIN_MESSAGES = 1000;

  /** Any steady growth (messages per second) counts, once the lag is above its minimum. */
  static final double KAFKA_LAG_GROWTH_PER_SECOND = 0;

  static final Window KAFKA_LAG_TREND = Window.minutes(15);

  /** The scrape jobs of the infrastructure's exporters, as the ServiceMonitors name them. */
  static final String INFRA_JOBS =
      "node-exporter|kube-state-metrics|kubelet|clickhouse|kafka-exporter";

  static RuleGroup.Builder nodes() {
    return RuleGroup.named("infra-node-use")
        .rule(nodeCpuSaturation())
        .rule(nodeMemorySaturation())
        .rule(nodeDiskSaturation())
        .rule(nodeDiskFillUp());
  }

  static RuleGroup.Builder workloads() {
    return RuleGroup.named("infra-workload-use")
        .rule(podCrashLooping())
        .rule(clickhouseDiskHigh())
        .rule(clickhouseQuerySaturation())
        .rule(kafkaConsumerLagGrowth())
        .rule(TARGETS.targetDown())
        .rule(TARGETS.targetsMissing());
  }

  private static final String NODE = "node-1:9100";
  private static final Map<String, String> ON_NODE = Map.of("instance", NODE);

  // Node CPU

  static Alert.Builder nodeCpuSaturation() {
    Vector busy = NODE_CPU_UTILISATION.series().isAbove(NODE_CPU_SATURATION);
    return Alert.named("ALERT_NODE_CPU_SATURATION")
        .when(NODE_CPU_UTILISATION.series().above(NODE_CPU_SATURATION))
        .pendingFor("15m")
        .severity(Severity.WARN)
        .service("node")
        .summary("Node {{ $labels.instance }} has been more than 90% CPU busy for 15 minutes.")
        .description(
            "The CPUs of {{ $labels.instance }} were idle less than 10% of the time for 15 minutes."
                + " Pods on it are throttled and their latency rises; find the busiest pods on"
                + " infra/node_resources.json and move or limit them.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "node-cpu-saturation"))
        .scenario(
            AlertScenario.named("fires 15 minutes after idle time drops from 50% to 5%")
                .input(idleCpu(30, 20, 3, 40))
                .checking("24m", busy, ON_NODE, false)
                .checking("25m", busy, ON_NODE, true)
                .observing(0.95)
                .firesAt("40m", ON_NODE))
        .scenario(
            AlertScenario.named("is still pending 14 minutes after the crossing")
                .input(idleCpu(30, 20, 3, 40))
                .observing(ON_NODE, 0.95)
                .quietAt("39m"))
        .scenario(
            AlertScenario.named("stays quiet at 89% busy")
                .input(TestSeries.of(nodeCpu("0", "idle")).rising(6.6, 60))
                .checking("60m", NODE_CPU_UTILISATION.series().isAbove(0.88), ON_NODE, true)
                .observing(ON_NODE, 0.89)
                .quietAt("60m"));
  }

  /** Idle seconds of one CPU: {@code before} per minute for {@code minutes}, then {@code after}. */
  private static TestSeries idleCpu(double before, int minutes, double after, int afterMinutes) {
    return TestSeries.of(nodeCpu("0", "idle")).rising(before, minutes).rising(after, afterMinutes);
  }

  // Node memory

  static Alert.Builder nodeMemorySaturation() {
    Vector saturated = NODE_MEMORY_UTILISATION.series().isAbove(NODE_MEMORY_SATURATION);
    return Alert.named("ALERT_NODE_MEMORY_SATURATION")
        .when(NODE_MEMORY_UTILISATION.series().above(NODE_MEMORY_SATURATION))
        .pendingFor("15m")
        .severity(Severity.WARN)
        .service("node")
        .summary(
            "Node {{ $labels.instance }} has had less than 10% of its memory available for 15"
                + " minutes.")
        .description(
            "{{ $labels.instance }} uses more than 90% of its memory. The kubelet starts evicting"
                + " pods and the OOM killer is close; find the pods with the largest working set on"
                + " infra/node_resources.json.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "node-memory-saturation"))
        .scenario(
            // Available memory falls 100 MB a minute from 4.05 of 16 GB: 1.65 GB (89.7% used) at
            // 24m,
            // 1.55 GB (90.3%) at 25m, then it settles at 1.05 GB.
            AlertScenario.named("fires 15 minutes after a leak takes usage past 90%")
                .inputs(List.of(memoryAvailable(4.05e9, -1e8, 30), memoryTotal()))
                .checking("24m", saturated, ON_NODE, false)
                .checking("25m", saturated, ON_NODE, true)
                // 1.05 of 16 GB left after the 3 GB leak: 14.95/16 used.
                .observing(0.934375)
                .firesAt("40m", ON_NODE))
        .scenario(
            AlertScenario.named("is still pending 14 minutes after the crossing")
                .inputs(List.of(memoryAvailable(4.05e9, -1e8, 30), memoryTotal()))
                .observing(ON_NODE, 0.934375)
                .quietAt("39m"))
        .scenario(
            AlertScenario.named("stays quiet at 89.7% used")
                .inputs(List.of(memoryAvailable(1.65e9, 0, 30), memoryTotal()))
                .checking("60m", NODE_MEMORY_UTILISATION.series().isAbove(0.89), ON_NODE, true)
                .observing(ON_NODE, 0.896875)
                .quietAt("60m"));
  }

  private static TestSeries memoryAvailable(double from, double perMinute, int minutes) {
    return TestSeries.of(
            NODE_MEMORY_AVAILABLE.select().where("job", "node-exporter").where("instance", NODE))
        .from(from)
        .rising(perMinute, minutes)
        .flat(60 - minutes);
  }

  private static TestSeries memoryTotal() {
    return TestSeries.of(
            NODE_MEMORY_TOTAL.select().where("job", "node-exporter").where("instance", NODE))
        .from(16e9)
        .flat(60);
  }

  // Node disk

  private static final Map<String, String> ROOT_DISK =
      Map.of("instance", NODE, "device", "/dev/nvme0n1p1", "mountpoint", "/");

  static Alert.Builder nodeDiskSaturation() {
    Vector full = NODE_FILESYSTEM_USAGE.series().isAbove(NODE_DISK_SATURATION);
    return Alert.named("ALERT_NODE_DISK_SATURATION")
        .when(NODE_FILESYSTEM_USAGE.series().above(NODE_DISK_SATURATION))
        .pendingFor("15m")
        .severity(Severity.WARN)
        .service("node")
        .summary(
            "Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 90% full.")
        .description(
            "{{ $labels.device }} mounted at {{ $labels.mountpoint }} on {{ $labels.instance }} has"
                + " had less than 10% free for 15 minutes. Writes fail when it fills; free space or"
                + " grow the volume, see the disk panels of infra/node_resources.json.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "node-disk-saturation"))
        .scenario(
            // 14.5 GB of 100 GB free, 1 GB less each minute: 10.5 GB (89.5% used) at 4m, 9.5 GB at
            // 5m.
            AlertScenario.named("fires 15 minutes after usage passes 90%")
                .inputs(rootDisk(14.5e9, -1e9, 5, 60))
                .checking("4m", full, ROOT_DISK, false)
                .checking("5m", full, ROOT_DISK, true)
                .observing(0.905)
                .firesAt("20m", ROOT_DISK))
        .scenario(
            AlertScenario.named("is still pending 14 minutes after the crossing")
                .inputs(rootDisk(14.5e9, -1e9, 5, 60))
                .observing(ROOT_DISK, 0.905)
                .quietAt("19m"))
        .scenario(
            AlertScenario.named("stays quiet at 89.5% used")
                .inputs(rootDisk(10.5e9, 0, 5, 60))
                .checking("60m", NODE_FILESYSTEM_USAGE.series().isAbove(0.89), ROOT_DISK, true)
                .observing(ROOT_DISK, 0.895)
                .quietAt("60m"));
  }

  /**
   * The root filesystem of 100 GB: {@code free} bytes free, changing by {@code perMinute} for
   * {@code minutes}.
   */
  private static List<TestSeries> rootDisk(double free, double perMinute, int minutes, int length) {
    TestSeries available =
        TestSeries.of(rootFilesystem(NODE_FILESYSTEM_AVAILABLE.select()))
            .from(free)
            .rising(perMinute, minutes);
    return List.of(
        length > minutes ? available.flat(length - minutes) : available,
        TestSeries.of(rootFilesystem(NODE_FILESYSTEM_SIZE.select())).from(100e9).flat(length));
  }

  /**
   * The root filesystem as node-exporter's ServiceMonitor scrapes it, with the target's {@code
   * service} label: the fill-up forecast keeps it, and its tests expect it.
   */
  private static Selector<SeriesKind.Sampled> rootFilesystem(Selector<SeriesKind.Sampled> metric) {
    return filesystem(metric, "/dev/nvme0n1p1", "ext4", "/").where("service", "node-exporter");
  }

  private static Vector freeRatio() {
    return realFilesystems(NODE_FILESYSTEM_AVAILABLE.select())
        .div(realFilesystems(NODE_FILESYSTEM_SIZE.select()));
  }

  /**
   * Free space predicted in 24 hours, as a share of the filesystem: negative means full before
   * then.
   */
  private static Vector forecastFreeRatio() {
    return predictLinear(
            realFilesystems(NODE_FILESYSTEM_AVAILABLE.select()).over(FILL_UP_HISTORY),
            FILL_UP_HORIZON)
        .div(realFilesystems(NODE_FILESYSTEM_SIZE.select()));
  }

  private static final Map<String, String> ROOT_SERIES =
      Map.of(
          "job",
          "node-exporter",
          "instance",
          NODE,
          "device",
          "/dev/nvme0n1p1",
          "fstype",
          "ext4",
          "mountpoint",
          "/",
          "service",
          "node-exporter");

  static Alert.Builder nodeDiskFillUp() {
    // No .service(...): the raw filesystem series keep the target's service label
    // (node-exporter), which names the service of this one node alert.
    return Alert.named("ALERT_NODE_DISK_FILL_UP_FORECAST")
        .when(freeRatio().below(FILL_UP_MAX_FREE_RATIO).and(forecastFreeRatio().below(0)))
        .pendingFor("1h")
        .severity(Severity.WARN)
        .summary(
            "Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} will be full within 24"
                + " hours.")
        .description(
            "At the rate of the last 6 hours, {{ $labels.device }} mounted at {{ $labels.mountpoint"
                + " }} on {{ $labels.instance }} runs out of space within 24 hours, and less than"
                + " 40% is free now. Find what is writing (infra/node_resources.json, disk panels)"
                + " before it is full.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "node-disk-fill-up-forecast"))
        .scenario(
            // 35 GB free, 30 MB less each minute (43 GB a day): full in about 19 hours.
            AlertScenario.named(
                    "fires an hour after a steady fall is forecast to fill the disk within a day")
                .inputs(rootDisk(35e9, -3e7, 90, 90))
                .checking("2m", forecastFreeRatio().isBelow(-0.05), ROOT_SERIES, true)
                .checking("2m", freeRatio().isBelow(0.35), ROOT_SERIES, true)
                // At 61m 35 - 61 x 0.03 = 33.17 GB are free (0.3317); the 6h trend, -0.03 GB a
                // minute, takes 43.2 GB in a day: 33.17 - 43.2 = -10.03 GB (-0.1003).
                .observing(0.3317, -0.1003)
                .firesAt("61m", ROOT_SERIES))
        .scenario(
            AlertScenario.named("is still pending 59 minutes after the forecast crossed zero")
                .inputs(rootDisk(35e9, -3e7, 90, 90))
                .observing(ROOT_SERIES, 0.332, -0.1)
                .quietAt("60m"))
        .scenario(
            // 50% free, 40 MB less each minute (58 GB a day): a batch job, not yet a risk.
            AlertScenario.named("stays quiet while more than 40% is free, however steep the fall")
                .inputs(rootDisk(50e9, -4e7, 90, 90))
                .checking("70m", forecastFreeRatio().isBelow(0), ROOT_SERIES, true)
                .checking("70m", freeRatio().isBelow(0.5), ROOT_SERIES, true)
                // At 70m: 50 - 2.8 = 47.2 GB free; in a day 47.2 - 57.6 = -10.4 GB.
                .observing(ROOT_SERIES, 0.472, -0.104)
                .quietAt("70m"))
        .scenario(
            // 30 GB free, 10 MB less each minute (14.4 GB a day): 15% still free in 24 hours.
            AlertScenario.named("stays quiet when a low disk falls too slowly to fill within a day")
                .inputs(rootDisk(30e9, -1e7, 90, 90))
                .checking("70m", forecastFreeRatio().isAbove(0.1), ROOT_SERIES, true)
                // At 70m: 30 - 0.7 = 29.3 GB free; in a day 29.3 - 14.4 = 14.9 GB.
                .observing(ROOT_SERIES, 0.293, 0.149)
                .quietAt("70m"));
  }

  // Pods

  private static final Map<String, String> NORMALIZER =
      Map.of("namespace", "market-data", "pod", "normalizer-0", "container", "normalizer");

  private static Vector restartsIn15m() {
    return sum(increase(KUBE_CONTAINER_RESTARTS.select().over(CRASH_LOOP_WINDOW)))
        .by("namespace", "pod", "container");
  }

  static Alert.Builder podCrashLooping() {
    return Alert.named("ALERT_POD_CRASH_LOOPING")
        .when(restartsIn15m().above(CRASH_LOOP_RESTARTS_15M))
        .pendingFor("5m")
        .severity(Severity.WARN)
        .service("kubernetes")
        .summary(
            "Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} is"
                + " crash-looping.")
        .description(
            "{{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) restarted more"
                + " than twice in 15 minutes, for 5 minutes. Read the previous container's logs"
                + " (kubectl logs --previous) and its last state.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "pod-crash-looping"))
        .scenario(
            // A restart at 10m, 15m, 20m...: the 15-minute window holds 3 of them from 20m on.
            AlertScenario.named("fires 5 minutes after the third restart in 15 minutes")
                .input(restarts(10, 5, 60))
                .checking(
                    "19m", restartsIn15m().isAbove(CRASH_LOOP_RESTARTS_15M), NORMALIZER, false)
                .checking("20m", restartsIn15m().isAbove(CRASH_LOOP_RESTARTS_15M), NORMALIZER, true)
                .observing(3)
                .firesAt("25m", NORMALIZER))
        .scenario(
            AlertScenario.named("is still pending 4 minutes after the third restart")
                .input(restarts(10, 5, 60))
                .observing(NORMALIZER, 3)
                .quietAt("24m"))
        .scenario(
            // Two restarts at 20m and 25m, then none: 2 in the window from 25m to 34m.
            AlertScenario.named("stays quiet after two restarts in 15 minutes")
                .input(restarts(20, 5, 29).flat(31))
                .checking("33m", restartsIn15m().isAbove(1), NORMALIZER, true)
                .observing(NORMALIZER, 2)
                .quietAt("33m"));
  }

  /**
   * The restart counter of the normalizer container: one restart at {@code first} minutes, then one
   * every {@code every} minutes, for {@code length} minutes.
   */
  private static TestSeries restarts(int first, int every, int length) {
    Selector<SeriesKind.Counting> series =
        KUBE_CONTAINER_RESTARTS
            .select()
            .where("job", "kube-state-metrics")
            .where("namespace", "market-data")
            .where("pod", "normalizer-0")
            .where("container", "normalizer");
    TestSeries counter = TestSeries.of(series).flat(first - 1);
    int minute = first - 1;
    while (minute + every <= length) {
      counter = counter.rising(1, 1).flat(every - 1);
      minute += every;
    }
    return length > minute ? counter.flat(length - minute) : counter;
  }

  // ClickHouse

  private static final Map<String, String> ON_CLICKHOUSE = Map.of("instance", CLICKHOUSE_INSTANCE);

  static Alert.Builder clickhouseDiskHigh() {
    Vector high = CLICKHOUSE_DISK_USAGE.series().isAbove(CLICKHOUSE_DISK_HIGH);
    return Alert.named("ALERT_CLICKHOUSE_DISK_HIGH")
        .when(CLICKHOUSE_DISK_USAGE.series().above(CLICKHOUSE_DISK_HIGH))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("clickhouse")
        .summary(
            "ClickHouse {{ $labels.instance }} has used more than 80% of its default disk for 10"
                + " minutes.")
        .description(
            "ClickHouse on {{ $labels.instance }} has less than 20% of its default disk free."
                + " Merges need free space as large as the parts they merge, and inserts fail when"
                + " the disk is full; check the largest tables and TTLs"
                + " (infra/clickhouse_health.json, disk panels).")
        .runbook(Runbook.fromResource(InfraAlerts.class, "clickhouse-disk-high"))
        .scenario(
            // 255 of 1000 GB free, 10 GB less each minute for 10 minutes: 79.5% used at 5m, 80.5%
            // at 6m.
            AlertScenario.named("fires 10 minutes after inserts take usage past 80%")
                .inputs(clickhouseDisk(255e9, -10e9, 10))
                .checking("5m", high, ON_CLICKHOUSE, false)
                .checking("6m", high, ON_CLICKHOUSE, true)
                .observing(0.845)
                .firesAt("16m", ON_CLICKHOUSE))
        .scenario(
            AlertScenario.named("is still pending 9 minutes after the crossing")
                .inputs(clickhouseDisk(255e9, -10e9, 10))
                .observing(ON_CLICKHOUSE, 0.845)
                .quietAt("15m"))
        .scenario(
            AlertScenario.named("stays quiet at 79% used")
                .inputs(clickhouseDisk(210e9, 0, 10))
                .checking("30m", CLICKHOUSE_DISK_USAGE.series().isAbove(0.78), ON_CLICKHOUSE, true)
                .observing(ON_CLICKHOUSE, 0.79)
                .quietAt("30m"));
  }

  private static List<TestSeries> clickhouseDisk(double free, double perMinute, int minutes) {
    return List.of(
        TestSeries.of(clickhouse(CLICKHOUSE_DISK_AVAILABLE.select()))
            .from(free)
            .rising(perMinute, minutes)
            .flat(30 - minutes),
        TestSeries.of(clickhouse(CLICKHOUSE_DISK_TOTAL.select())).from(1000e9).flat(30));
  }

  static Alert.Builder clickhouseQuerySaturation() {
    Vector saturated =
        CLICKHOUSE_QUERY_SATURATION.series().isAbove(CLICKHOUSE_QUERY_SATURATION_RATIO);
    return Alert.named("ALERT_CLICKHOUSE_QUERY_SATURATION")
        .when(CLICKHOUSE_QUERY_SATURATION.series().above(CLICKHOUSE_QUERY_SATURATION_RATIO))
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("clickhouse")
        .summary(
            "ClickHouse {{ $labels.instance }} runs more than 80% of its concurrent query limit.")
        .description(
            "On average over 5 minutes, {{ $labels.instance }} has run more than "
                + Numbers.format(
                    CLICKHOUSE_QUERY_SATURATION_RATIO * CLICKHOUSE_MAX_CONCURRENT_QUERIES)
                + " of its "
                + Numbers.format(CLICKHOUSE_MAX_CONCURRENT_QUERIES)
                + " allowed concurrent queries (max_concurrent_queries) for 10 minutes. New queries"
                + " will soon fail with TOO_MANY_SIMULTANEOUS_QUERIES; find the slow or repeated"
                + " queries in system.processes and system.query_log.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "clickhouse-query-saturation"))
        .scenario(
            // 50 queries running, 90 from 21m: the 5-minute average is 76.7 at 24m and 83.3 at 25m.
            AlertScenario.named("fires 10 minutes after a surge of queries passes 80% of the limit")
                .input(runningQueries(50, 40, 20))
                .checking("24m", saturated, ON_CLICKHOUSE, false)
                .checking("25m", saturated, ON_CLICKHOUSE, true)
                .observing(0.9)
                .firesAt("35m", ON_CLICKHOUSE))
        .scenario(
            AlertScenario.named("is still pending 9 minutes after the crossing")
                .input(runningQueries(50, 40, 20))
                .observing(ON_CLICKHOUSE, 0.9)
                .quietAt("34m"))
        .scenario(
            AlertScenario.named("stays quiet with 79 queries running")
                .input(runningQueries(79, 0, 20))
                .checking(
                    "60m", CLICKHOUSE_QUERY_SATURATION.series().isAbove(0.78), ON_CLICKHOUSE, true)
                .observing(ON_CLICKHOUSE, 0.79)
                .quietAt("60m"));
  }

  /**
   * {@code from} queries running for {@code minutes}, then {@code jump} more, for an hour in all.
   */
  private static TestSeries runningQueries(double from, double jump, int minutes) {
    return TestSeries.of(clickhouse(CLICKHOUSE_RUNNING_QUERIES.select()))
        .from(from)
        .flat(minutes)
        .rising(jump, 1)
        .flat(59 - minutes);
  }

  // Kafka

  private static final Map<String, String> NORMALIZATION_LAG =
      Map.of("consumergroup", CONSUMER_GROUP, "topic", TOPIC);

  private static Vector lagGrowth() {
    return deriv(CONSUMER_LAG.series().over(KAFKA_LAG_TREND));
  }

  static Alert.Builder kafkaConsumerLagGrowth() {
    return Alert.named("ALERT_KAFKA_CONSUMER_LAG_GROWTH")
        .when(
            lagGrowth()
                .above(KAFKA_LAG_GROWTH_PER_SECOND)
                .and(CONSUMER_LAG.series().above(KAFKA_LAG_MIN_MESSAGES)))
        .pendingFor("15m")
        .severity(Severity.WARN)
        .service("kafka")
        .summary(
            "Consumer group {{ $labels.consumergroup }} falls further behind on {{ $labels.topic"
                + " }}.")
        .description(
            "The lag of {{ $labels.consumergroup }} on {{ $labels.topic }} is above 1000 messages"
                + " and has kept growing for 15 minutes: the consumers read slower than producers"
                + " write. Data downstream gets stale; check the consumers' pods, errors and"
                + " rebalances.")
        .runbook(Runbook.fromResource(InfraAlerts.class, "kafka-consumer-lag-growth"))
        .scenario(
            AlertScenario.named(
                    "fires when a lag above 1000 keeps growing by 20 messages a minute for 15"
                        + " minutes")
                .input(TestSeries.of(lag("0")).from(1010).rising(20, 30))
                .checking("20m", lagGrowth().isBelow(1), NORMALIZATION_LAG, true)
                .checking("20m", CONSUMER_LAG.series().isBelow(1500), NORMALIZATION_LAG, true)
                // 20 messages a minute is 1/3 a second; 1010 + 20 x 20 = 1410 at 20m.
                .observing(1.0 / 3, 1410)
                .firesAt("20m", NORMALIZATION_LAG))
        .scenario(
            AlertScenario.named("is still pending 14 minutes after the growth started")
                .input(TestSeries.of(lag("0")).from(1010).rising(20, 30))
                .observing(NORMALIZATION_LAG, 1.0 / 3, 1310)
                .quietAt("15m"))
        .scenario(
            AlertScenario.named("stays quiet while a growing lag is still below 1000")
                .input(TestSeries.of(lag("0")).from(400).rising(20, 30))
                .checking("25m", CONSUMER_LAG.series().isAbove(500), NORMALIZATION_LAG, true)
                .observing(NORMALIZATION_LAG, 1.0 / 3, 900)
                .quietAt("25m"))
        .scenario(
            AlertScenario.named("stays quiet when a high lag holds steady")
                .input(TestSeries.of(lag("0")).from(5000).flat(30))
                .observing(NORMALIZATION_LAG, 0, 5000)
                .quietAt("30m"));
  }

  // Scrape targets

  static final TargetAlerts TARGETS =
      TargetAlerts.forJobs(
          "infra",
          List.of(INFRA_JOBS.split("\\|")),
          Runbook.fromResource(InfraAlerts.class, "infra-target-down"),
          "The infrastructure alerts that read it are blind until it is back.",
          "gateway");
}
