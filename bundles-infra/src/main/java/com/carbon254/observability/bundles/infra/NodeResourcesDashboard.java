package com.carbon254.observability.bundles.infra;

import static com.carbon254.observability.bundles.infra.InfraAlerts.CRASH_LOOP_RESTARTS_15M;
import static com.carbon254.observability.bundles.infra.InfraAlerts.CRASH_LOOP_WINDOW;
import static com.carbon254.observability.bundles.infra.InfraAlerts.FILL_UP_HISTORY;
import static com.carbon254.observability.bundles.infra.InfraAlerts.FILL_UP_HORIZON;
import static com.carbon254.observability.bundles.infra.InfraAlerts.FILL_UP_MAX_FREE_RATIO;
import static com.carbon254.observability.bundles.infra.InfraAlerts.NODE_CPU_SATURATION;
import static com.carbon254.observability.bundles.infra.InfraAlerts.NODE_DISK_SATURATION;
import static com.carbon254.observability.bundles.infra.InfraAlerts.NODE_MEMORY_SATURATION;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_RESTARTS;
import static com.carbon254.observability.bundles.infra.InfraMetrics.KUBE_CONTAINER_WAITING;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CONTAINER_CPU;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CONTAINER_MEMORY;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CPU_LIMITS;
import static com.carbon254.observability.bundles.infra.InfraRecordings.CPU_REQUESTS;
import static com.carbon254.observability.bundles.infra.InfraRecordings.MEMORY_LIMITS;
import static com.carbon254.observability.bundles.infra.InfraRecordings.MEMORY_REQUESTS;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_CPU_UTILISATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_FILESYSTEM_FORECAST;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_FILESYSTEM_USAGE;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_LOAD_PER_CPU;
import static com.carbon254.observability.bundles.infra.InfraRecordings.NODE_MEMORY_UTILISATION;
import static com.carbon254.observability.bundles.infra.InfraRecordings.RESTARTS;
import static com.carbon254.observability.bundles.infra.InfraRecordings.WAITING;
import static com.carbon254.observability.dsl.promql.Promql.increase;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.dashboard.BarGaugePanelBuilder;
import com.carbon254.observability.dsl.dashboard.Color;
import com.carbon254.observability.dsl.dashboard.Dashboard;
import com.carbon254.observability.dsl.dashboard.DashboardBuilder;
import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.dashboard.FieldColor;
import com.carbon254.observability.dsl.dashboard.FieldOverride;
import com.carbon254.observability.dsl.dashboard.GraphDrawStyle;
import com.carbon254.observability.dsl.dashboard.Legend;
import com.carbon254.observability.dsl.dashboard.PrometheusQuery;
import com.carbon254.observability.dsl.dashboard.QueryFormat;
import com.carbon254.observability.dsl.dashboard.ReducerId;
import com.carbon254.observability.dsl.dashboard.RowBuilder;
import com.carbon254.observability.dsl.dashboard.SpecialValue;
import com.carbon254.observability.dsl.dashboard.StackingMode;
import com.carbon254.observability.dsl.dashboard.StateTimelinePanelBuilder;
import com.carbon254.observability.dsl.dashboard.TableCellDisplayMode;
import com.carbon254.observability.dsl.dashboard.TablePanelBuilder;
import com.carbon254.observability.dsl.dashboard.Thresholds;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Unit;
import com.carbon254.observability.dsl.dashboard.Units;
import com.carbon254.observability.dsl.dashboard.ValueMapping;
import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.ScrapeTargets;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.Runbook;
import java.util.List;

/**
 * {@code dashboards/infra/node_resources.json}: what the node and pod alerts are about. Nodes' CPU,
 * memory and filesystems against the saturation thresholds and the fill-up forecast the alerts
 * evaluate (their recordings, so the panels show exactly what the alerts compare); pods' CPU and
 * memory against their requests and limits; the containers that restart or crash-loop.
 *
 * <p>The node and pod panels read recordings, which aggregate the exporters' {@code job} away; the
 * job variable narrows the raw kube-state-metrics panels and the variables' lists.
 */
final class NodeResourcesDashboard {
  private NodeResourcesDashboard() {}

  /** The scrape jobs of the exporters this dashboard reads, as their ServiceMonitors name them. */
  static final String JOBS = "node-exporter|kube-state-metrics|kubelet";

  /** The alerts' service labels: node saturation, pod crash loops, missing infra exporters. */
  static final List<String> SERVICES =
      List.of(
          "node",
          "kubernetes",
          "infra",
          InfraScrapeTargets.NODE_EXPORTER_JOB,
          InfraScrapeTargets.KUBE_STATE_METRICS_JOB,
          InfraScrapeTargets.KUBELET_JOB);

  /** How many rows a top-N table keeps. */
  static final int TOP = 10;

  /**
   * A container using more CPU than it requested runs on CPU the scheduler did not reserve for it:
   * the first pods to be throttled when the node saturates.
   */
  static final double CPU_OVER_REQUEST = 1;

  /**
   * A container at 90% of its memory limit is one allocation burst away from an OOM kill, which the
   * crash-loop alert only sees after three restarts.
   */
  static final double MEMORY_NEAR_LIMIT = 0.9;

  /**
   * A load of one task per CPU: above it tasks queue for a CPU. No alert reads it (the busy ratio
   * does); it tells whether a node at 100% busy is just full or turning work away.
   */
  static final double LOAD_PER_CPU_SATURATED = 1;

  static final List<Runbook> RUNBOOKS =
      List.of(
          runbook("node-cpu-saturation"),
          runbook("node-memory-saturation"),
          runbook("node-disk-saturation"),
          runbook("node-disk-fill-up-forecast"),
          runbook("pod-crash-looping"),
          runbook("infra-target-down"));

  private static Runbook runbook(String slug) {
    return Runbook.fromResource(InfraAlerts.class, slug);
  }

  static Dashboard build() {
    DomainDashboard header =
        DomainDashboard.of("infra", "Node and pod resources", "infra-node-resources")
            .description(
                "Nodes' CPU, memory and disks against the saturation alerts and the fill-up"
                    + " forecast; pods' usage against requests and limits; restarts and crash"
                    + " loops.")
            .tags("use", "kubernetes")
            .jobs(ScrapeTargets.UP.select().matching("job", JOBS))
            .keyLabel("namespace", "Namespace", CONTAINER_CPU.series())
            .keyLabel("instance", "Node", NODE_CPU_UTILISATION.series())
            .services(SERVICES.toArray(String[]::new));
    RUNBOOKS.forEach(header::runbook);
    DashboardBuilder dashboard = header.builder();
    nodes(dashboard);
    podResources(dashboard);
    restarts(dashboard);
    return dashboard.build();
  }

  private static Selector<SeriesKind.Sampled> onNodes(RecordingRule recording) {
    return recording.series().matching("instance", "$instance");
  }

  private static Selector<SeriesKind.Sampled> inNamespaces(RecordingRule recording) {
    return recording.series().matching("namespace", "$namespace");
  }

  /** Red from the alert's threshold on: the line a series must stay under. */
  private static Thresholds alertAt(double threshold) {
    return Thresholds.absolute(Color.GREEN).step(threshold, Color.RED);
  }

  private static void nodes(DashboardBuilder dashboard) {
    dashboard
        .withRow(new RowBuilder("Nodes: CPU, memory and disks"))
        .withPanel(
            new TimeseriesPanelBuilder("Node CPU busy")
                .description(
                    "Share of CPU time not idle, averaged over each node's CPUs ("
                        + NODE_CPU_UTILISATION.name()
                        + "). Above the red line for 15 minutes, ALERT_NODE_CPU_SATURATION fires:"
                        + " find the pods using most CPU below and move or limit them.")
                .withTarget(onNodes(NODE_CPU_UTILISATION), "{{instance}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(alertAt(NODE_CPU_SATURATION))
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Node CPU saturation: load per CPU")
                .description(
                    "The 1-minute load average divided by the node's CPUs ("
                        + NODE_LOAD_PER_CPU.name()
                        + "). Above the orange line tasks wait for a CPU: a node at 100% busy with"
                        + " a load per CPU of 3 runs three times the work it has CPUs for.")
                .withTarget(onNodes(NODE_LOAD_PER_CPU), "{{instance}}")
                .unit(Units.SHORT)
                .min(0)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(LOAD_PER_CPU_SATURATED, Color.ORANGE))
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Node memory used")
                .description(
                    "Share of each node's memory not available to new allocations ("
                        + NODE_MEMORY_UTILISATION.name()
                        + "). Above the red line for 15 minutes, ALERT_NODE_MEMORY_SATURATION"
                        + " fires; the kubelet then starts evicting pods.")
                .withTarget(onNodes(NODE_MEMORY_UTILISATION), "{{instance}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(alertAt(NODE_MEMORY_SATURATION))
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
                .span(8))
        .withPanel(
            new BarGaugePanelBuilder("Filesystem usage")
                .description(
                    "Share of each real filesystem in use now (tmpfs, overlay and image"
                        + " filesystems left out). Orange: less than "
                        + percent(FILL_UP_MAX_FREE_RATIO)
                        + " free, where the fill-up forecast alert starts watching the trend. Red:"
                        + " ALERT_NODE_DISK_SATURATION's threshold.")
                .withTarget(
                    PrometheusQuery.of(onNodes(NODE_FILESYSTEM_USAGE))
                        .legend("{{instance}} {{mountpoint}}")
                        .instant())
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(
                    Thresholds.absolute(Color.GREEN)
                        .step(1 - FILL_UP_MAX_FREE_RATIO, Color.ORANGE)
                        .step(NODE_DISK_SATURATION, Color.RED))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder(
                    "Filesystem free in " + hours(FILL_UP_HORIZON) + " (forecast)")
                .description(
                    "Free space each filesystem will have in "
                        + hours(FILL_UP_HORIZON)
                        + " if it keeps the trend of the last "
                        + hours(FILL_UP_HISTORY)
                        + " (predict_linear, the fill-up alert's forecast), as a share of its size."
                        + " Below the red line at 0 it is full before then; with less than "
                        + percent(FILL_UP_MAX_FREE_RATIO)
                        + " free now, ALERT_NODE_DISK_FILL_UP_FORECAST fires after an hour.")
                .withTarget(onNodes(NODE_FILESYSTEM_FORECAST), "{{instance}} {{mountpoint}}")
                .unit(Units.PERCENT_UNIT)
                .max(1)
                .thresholds(Thresholds.absolute(Color.RED).step(0, Color.GREEN))
                .legend(Legend.table(ReducerId.MIN, ReducerId.LAST_NOT_NULL))
                .span(8))
        .withPanel(
            new TimeseriesPanelBuilder("Filesystem usage over time")
                .description(
                    "The same usage as the bar gauge, over time: a steady climb is what the"
                        + " forecast extrapolates. The red line is ALERT_NODE_DISK_SATURATION's"
                        + " threshold.")
                .withTarget(onNodes(NODE_FILESYSTEM_USAGE), "{{instance}} {{mountpoint}}")
                .unit(Units.PERCENT_UNIT)
                .min(0)
                .max(1)
                .thresholds(alertAt(NODE_DISK_SATURATION))
                .legend(Legend.table(ReducerId.MAX, ReducerId.LAST_NOT_NULL))
                .span(8));
  }

  private static void podResources(DashboardBuilder dashboard) {
    Unit cores = Unit.suffix(" cores");
    dashboard
        .withRow(new RowBuilder("Pods: usage against requests and limits"))
        .withPanel(
            usedRequestedLimit(
                "CPU used, requested and limited, by namespace",
                "CPU cores the namespace's containers use (cAdvisor, "
                    + CONTAINER_CPU.name()
                    + "), request and may use at most (kube-state-metrics). Use above the request"
                    + " runs on CPU the scheduler did not reserve; at the limit, containers are"
                    + " throttled.",
                CONTAINER_CPU,
                CPU_REQUESTS,
                CPU_LIMITS,
                cores))
        .withPanel(
            usedRequestedLimit(
                "Memory used, requested and limited, by namespace",
                "Working-set memory of the namespace's containers (what the OOM killer compares),"
                    + " their requests and their limits. A container reaching its limit is"
                    + " OOM-killed and restarts.",
                CONTAINER_MEMORY,
                MEMORY_REQUESTS,
                MEMORY_LIMITS,
                Units.BYTES_IEC))
        .withPanel(
            topContainers(
                    "Containers using most CPU against their request",
                    "CPU used divided by CPU requested, per container, now; the "
                        + TOP
                        + " highest. Above 100% (orange) a container uses CPU it did not reserve:"
                        + " the first to suffer, and the cause, when its node saturates."
                        + " Containers without a request are not listed.",
                    "CPU used / requested",
                    CONTAINER_CPU
                        .series()
                        .matching("namespace", "$namespace")
                        .div(inNamespaces(CPU_REQUESTS)))
                .thresholds(Thresholds.absolute(Color.GREEN).step(CPU_OVER_REQUEST, Color.ORANGE))
                .span(12))
        .withPanel(
            topContainers(
                    "Containers closest to their memory limit",
                    "Working-set memory divided by the memory limit, per container, now; the "
                        + TOP
                        + " highest. Red from "
                        + percent(MEMORY_NEAR_LIMIT)
                        + ": the next allocation burst gets the container OOM-killed. Containers"
                        + " without a limit are not listed.",
                    "Memory used / limit",
                    inNamespaces(CONTAINER_MEMORY).div(inNamespaces(MEMORY_LIMITS)))
                .thresholds(Thresholds.absolute(Color.GREEN).step(MEMORY_NEAR_LIMIT, Color.RED))
                .span(12));
  }

  private static TimeseriesPanelBuilder usedRequestedLimit(
      String title,
      String description,
      RecordingRule used,
      RecordingRule requested,
      RecordingRule limit,
      Unit unit) {
    return new TimeseriesPanelBuilder(title)
        .description(description)
        .withTarget(sum(inNamespaces(used)).by("namespace"), "{{namespace}} used")
        .withTarget(sum(inNamespaces(requested)).by("namespace"), "{{namespace}} requested")
        .withTarget(sum(inNamespaces(limit)).by("namespace"), "{{namespace}} limit")
        .unit(unit)
        .min(0)
        .overrides(
            FieldOverride.byRegexp(".* requested").lineWidth(2).fillOpacity(0),
            FieldOverride.byRegexp(".* limit")
                .lineWidth(2)
                .fillOpacity(0)
                .color(FieldColor.fixed(Color.RED)))
        .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX))
        .span(12);
  }

  /**
   * A table of the {@link #TOP} series with the highest value now: Grafana sorts the instant result
   * and keeps its first rows, so Prometheus needs no topk over a changing set.
   */
  static TablePanelBuilder topContainers(
      String title, String description, String valueColumn, Vector ratio) {
    return new TablePanelBuilder(title)
        .description(description)
        .withTarget(
            PrometheusQuery.of(ratio)
                .legend("{{namespace}}/{{pod}} {{container}}")
                .format(QueryFormat.TABLE)
                .instant())
        .unit(Units.PERCENT_UNIT)
        .cellType(TableCellDisplayMode.COLOR_BACKGROUND)
        .sortBy(valueColumn, true)
        .topRows(TOP, valueColumn);
  }

  private static void restarts(DashboardBuilder dashboard) {
    Vector restartsInWindow =
        sum(increase(
                KUBE_CONTAINER_RESTARTS
                    .select()
                    .matching("job", "$job")
                    .matching("namespace", "$namespace")
                    .over(CRASH_LOOP_WINDOW)))
            .by("namespace", "pod", "container");
    dashboard
        .withRow(new RowBuilder("Pods: restarts and crash loops"))
        .withPanel(
            new TablePanelBuilder("Containers restarting most")
                .description(
                    "Restarts per container in the last "
                        + CRASH_LOOP_WINDOW
                        + " (the crash-loop alert's window); the "
                        + TOP
                        + " highest. Red from "
                        + Numbers.format(CRASH_LOOP_RESTARTS_15M)
                        + ": more than that for 5 minutes and ALERT_POD_CRASH_LOOPING fires. Read"
                        + " the previous container's logs: kubectl logs --previous.")
                .withTarget(
                    PrometheusQuery.of(restartsInWindow).format(QueryFormat.TABLE).instant())
                .unit(Units.SHORT)
                .decimals(0)
                .cellType(TableCellDisplayMode.COLOR_BACKGROUND)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(CRASH_LOOP_RESTARTS_15M, Color.RED))
                .sortBy("Restarts", true)
                .topRows(TOP, "Restarts")
                .span(12))
        .withPanel(
            new StateTimelinePanelBuilder("Containers in CrashLoopBackOff")
                .description(
                    "When each container waited in CrashLoopBackOff (red): Kubernetes backs off"
                        + " restarting it after repeated crashes. A row per container that did in"
                        + " this time range.")
                .withTarget(
                    PrometheusQuery.of(
                            KUBE_CONTAINER_WAITING
                                .select()
                                .matching("job", "$job")
                                .matching("namespace", "$namespace")
                                .where("reason", "CrashLoopBackOff"))
                        .legend("{{namespace}}/{{pod}} {{container}}"))
                .unit(Units.SHORT)
                .mappings(
                    ValueMapping.value(
                        "1", ValueMapping.MappingResult.text("CrashLoopBackOff").color(Color.RED)),
                    ValueMapping.value(
                        "0", ValueMapping.MappingResult.text("running").color(Color.GREEN)),
                    ValueMapping.special(
                        SpecialValue.NULL,
                        ValueMapping.MappingResult.text("running").color(Color.GREEN)))
                .noValue("no container crash-looped in this time range")
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Restarts per hour, by namespace")
                .description(
                    "Container restarts over the last hour, per namespace ("
                        + RESTARTS.name()
                        + "): a namespace that climbs here holds a crash-looping or OOM-killed"
                        + " workload; the table above names it.")
                .withTarget(inNamespaces(RESTARTS), "{{namespace}}")
                .unit(Units.SHORT)
                .min(0)
                .drawStyle(GraphDrawStyle.BARS)
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Containers waiting to start, by reason")
                .description(
                    "Containers that are not running, by namespace and reason"
                        + " (CrashLoopBackOff, ImagePullBackOff, CreateContainerConfigError...):"
                        + " image pulls and bad configuration show here before any restart.")
                .withTarget(inNamespaces(WAITING), "{{namespace}} {{reason}}")
                .unit(Units.SHORT)
                .min(0)
                .stacking(StackingMode.NORMAL)
                .span(12));
  }

  private static String hours(Window window) {
    return window.seconds() / 3600 + " hours";
  }

  private static String percent(double ratio) {
    return Math.round(ratio * 100) + "%";
  }
}
