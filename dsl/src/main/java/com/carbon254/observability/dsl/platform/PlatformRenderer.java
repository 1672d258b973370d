package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.delivery.AlertmanagerConfig;
import com.carbon254.observability.dsl.delivery.DashboardConfigMaps;
import com.carbon254.observability.dsl.delivery.GitOpsFolder;
import com.carbon254.observability.dsl.delivery.GrafanaProvisioning;
import com.carbon254.observability.dsl.delivery.LatencyTarget;
import com.carbon254.observability.dsl.delivery.LogSchema;
import com.carbon254.observability.dsl.delivery.PlatformDelivery;
import com.carbon254.observability.dsl.delivery.PrometheusRules;
import com.carbon254.observability.dsl.delivery.ScrapeTarget;
import com.carbon254.observability.dsl.delivery.ServiceMonitors;
import com.carbon254.observability.dsl.delivery.StackComponents;
import com.carbon254.observability.dsl.delivery.TelemetryConfigs;
import com.carbon254.observability.dsl.delivery.TelemetryPolicy;
import com.carbon254.observability.dsl.promql.Metric;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.render.FileTreeWriter;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer.FileUnderTest;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RuleRenderer;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.RunbookSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a valid {@link Platform} into the files of {@code generated/}. */
public final class PlatformRenderer {
  private PlatformRenderer() {}

  public static RenderedTree render(Platform platform, RunbookSite site) {
    if (!platform.isValid()) {
      throw new IllegalStateException(
          "refusing to render a platform with problems: " + platform.problems());
    }
    RenderedTree tree = new RenderedTree();
    tree.add(FileTreeWriter.MARKER, marker());

    Map<RuleFile, List<RuleGroup>> files = new TreeMap<>();
    Map<String, Runbook> runbooks = new TreeMap<>();
    for (BundleContent bundle : platform.bundles()) {
      for (BundleContent.PlacedGroup placed : bundle.groups()) {
        files.computeIfAbsent(placed.file(), f -> new ArrayList<>()).add(placed.group());
        placed.group().alerts().forEach(a -> runbooks.put(a.runbook().slug(), a.runbook()));
      }
      for (DashboardFile dashboard : bundle.dashboards()) {
        tree.addJson(dashboard.path(), DashboardRenderer.render(dashboard.dashboard(), site));
      }
    }
    files.forEach((file, groups) -> tree.addYaml(file.path(), RuleRenderer.file(groups, site)));
    files.forEach((file, groups) -> renderTests(tree, file, groups, files, site));
    runbooks.values().forEach(r -> tree.add(r.generatedPath(), r.markdown()));
    tree.add(RuleIndex.PATH, RuleIndex.render(platform.bundles()));
    renderGitOps(platform, site).renderInto(tree);
    tree.addYaml(AlertmanagerConfig.PATH, AlertmanagerConfig.render(PlatformDelivery.ROUTING));
    tree.add(AlertmanagerConfig.TEST_PATH, AlertmanagerConfig.testScript(PlatformDelivery.ROUTING));
    tree.addYaml(GrafanaProvisioning.DATASOURCES_PATH, GrafanaProvisioning.datasources());
    tree.addYaml(
        GrafanaProvisioning.DASHBOARDS_PATH,
        GrafanaProvisioning.dashboards(
            platform.bundles().stream()
                .flatMap(b -> b.dashboards().stream())
                .map(DashboardFile::folder)
                .toList()));
    TelemetryPolicy policy = renderTelemetry(tree, platform);
    tree.addYaml(StackComponents.CORE_PATH, StackComponents.core(policy));
    tree.addYaml(StackComponents.TEMPO_PATH, StackComponents.tempo());
    tree.addYaml(StackComponents.LOKI_PATH, StackComponents.loki());
    tree.addJson(LogSchema.SCHEMA_PATH, LogSchema.jsonSchema());
    tree.addYaml(LogSchema.PROCESSOR_PATH, LogSchema.collectorLogsPipeline());
    return tree;
  }

  /**
   * The collector, Tempo and Loki configurations and the policy files, from the seed's policy and
   * the bundles' targets.
   */
  private static TelemetryPolicy renderTelemetry(RenderedTree tree, Platform platform) {
    TelemetryPolicy policy =
        TelemetryPolicy.seed(
            platform.bundles().stream()
                .flatMap(b -> b.latencyTargets().stream())
                .sorted(Comparator.comparing(LatencyTarget::service))
                .toList());
    tree.addYaml(TelemetryConfigs.COLLECTOR_PATH, TelemetryConfigs.collector(policy));
    tree.addYaml(TelemetryConfigs.TEMPO_PATH, TelemetryConfigs.tempo(policy));
    tree.addYaml(TelemetryConfigs.LOKI_PATH, TelemetryConfigs.loki(policy));
    tree.addYaml(TelemetryConfigs.RETENTION_PATH, TelemetryConfigs.retentionPolicy(policy));
    tree.addYaml(TelemetryConfigs.SAMPLING_PATH, TelemetryConfigs.samplingStrategy(policy));
    return policy;
  }

  /** The Operator resources of each domain: its rule groups, scrape targets and dashboards. */
  private static GitOpsFolder renderGitOps(Platform platform, RunbookSite site) {
    GitOpsFolder gitops = new GitOpsFolder();
    for (BundleContent bundle : platform.bundles()) {
      String domain = bundle.bundle();
      // Recordings first, as the promtool tests load them, then by file, then as declared.
      List<RuleGroup> groups =
          bundle.groups().stream()
              .sorted(
                  Comparator.comparing(
                          (BundleContent.PlacedGroup p) -> !p.file().equals(RuleFile.RECORDING))
                      .thenComparing(BundleContent.PlacedGroup::file))
              .map(BundleContent.PlacedGroup::group)
              .toList();
      if (!groups.isEmpty()) {
        gitops.add(PrometheusRules.path(domain), PrometheusRules.of(domain, groups, site));
      }
      for (ScrapeTarget target : bundle.scrapeTargets()) {
        gitops.add(ServiceMonitors.path(target), ServiceMonitors.of(domain, target));
      }
      for (DashboardFile file : bundle.dashboards()) {
        gitops.add(
            DashboardConfigMaps.path(file.folder(), file.fileName()),
            DashboardConfigMaps.of(
                domain,
                file.folder(),
                file.fileName(),
                DashboardRenderer.render(file.dashboard(), site)));
      }
    }
    // The collector relays what the bundles' own services push; a platform without one has no
    // series for it to keep.
    List<Metric> catalog =
        platform.bundles().stream()
            .flatMap(b -> b.metrics().stream())
            .filter(m -> m.exporter().isEmpty())
            .toList();
    if (!catalog.isEmpty()) {
      ScrapeTarget collector = StackComponents.collectorTarget(catalog);
      gitops.add(
          ServiceMonitors.path(collector),
          ServiceMonitors.of(StackComponents.STACK_DOMAIN, collector));
    }
    return gitops;
  }

  private static void renderTests(
      RenderedTree tree,
      RuleFile file,
      List<RuleGroup> groups,
      Map<RuleFile, List<RuleGroup>> all,
      RunbookSite site) {
    List<Alert> alerts = groups.stream().flatMap(g -> g.alerts().stream()).toList();
    List<RecordingScenario> scenarios =
        groups.stream().flatMap(g -> g.scenarios().stream()).toList();
    if (alerts.isEmpty() && scenarios.isEmpty()) {
      return;
    }
    // Alerts may read recordings: load the recording files first so their groups evaluate first,
    // domain KPIs before general ones (which may build on them); a recording file's own test loads
    // only the recording files before it. SLO alerts read only the SLO recordings (and those read
    // only catalog metrics): loading nothing else keeps their days-long tests fast.
    List<FileUnderTest> loaded = new ArrayList<>();
    if (file.path().startsWith(SLO_ALERTS)) {
      if (all.containsKey(RuleFile.SLO_BURN)) {
        loaded.add(new FileUnderTest(RuleFile.SLO_BURN.path(), all.get(RuleFile.SLO_BURN)));
      }
    } else if (!file.equals(RuleFile.SLO_BURN)) {
      for (RuleFile recordingFile : RuleFile.RECORDING_FILES) {
        if (recordingFile.equals(file)) {
          break;
        }
        List<RuleGroup> recordings = all.get(recordingFile);
        if (recordings != null) {
          loaded.add(new FileUnderTest(recordingFile.path(), recordings));
        }
      }
    }
    loaded.add(new FileUnderTest(file.path(), groups));
    // promtool evaluates every rule at every evaluation interval of a test file, and a file has one
    // interval: alerts whose scenarios are sampled coarsely (days-long SLO scenarios) get a file of
    // their own at that interval, which keeps them fast. The finest interval keeps the usual name.
    Map<Window, List<Alert>> byInterval = new TreeMap<>();
    for (Alert alert : alerts) {
      byInterval
          .computeIfAbsent(
              PromtoolTestRenderer.evaluationInterval(List.of(alert), List.of()),
              w -> new ArrayList<>())
          .add(alert);
    }
    if (byInterval.isEmpty()) {
      byInterval.put(AlertScenario.ONE_MINUTE, List.of());
    }
    Window finest = byInterval.keySet().iterator().next();
    for (Map.Entry<Window, List<Alert>> entry : byInterval.entrySet()) {
      boolean first = entry.getKey().equals(finest);
      String path =
          first
              ? file.testPath()
              : file.testPath().replaceFirst("_test\\.yaml$", "." + entry.getKey() + "_test.yaml");
      tree.addYaml(
          path,
          PromtoolTestRenderer.render(
              path, loaded, entry.getValue(), first ? scenarios : List.of(), site));
    }
  }

  private static final String SLO_ALERTS =
      RuleFile.of(RuleFile.AlertClass.SLO, "x").path().replace("x.yaml", "");

  private static String marker() {
    return FileTreeWriter.MARKER_FIRST_LINE
        + "\n\n"
        + "Everything in this folder is rendered from the typed Java builders in the `bundles-*` modules.\n"
        + "Do not edit these files: change the builders and run `mvn package`, then commit this folder.\n"
        + "Files here that the builders no longer produce are deleted on the next run.\n\n"
        + "- `alerts/`: alert rule files by class (RED, USE, SLO, ml).\n"
        + "- `k8s/prometheus/rules/`: recording, general and SLO burn-rate rule files.\n"
        + "- `tests/`: promtool unit tests of every alert and recording file (`promtool test rules <file>`).\n"
        + "- `dashboards/<domain>/`: Grafana dashboards (classic JSON model).\n"
        + "- `docs/runbooks/`: the runbook each alert links to.\n"
        + "- `INDEX.md`: every dashboard, alert and recording rule by domain.\n"
        + "- `kustomization.yaml` and `gitops/`: Prometheus Operator and Grafana sidecar resources (a PrometheusRule\n"
        + "  per domain, a ServiceMonitor per scraped service, a ConfigMap per dashboard) for Argo CD or Flux.\n"
        + "- `configs/alertmanager.yaml`: Alertmanager routing (receivers read their URLs and keys from mounted\n"
        + "  Secrets); `tests/configs/alertmanager_test.sh` checks it with amtool.\n"
        + "- `configs/grafana/provisioning/`: Grafana data sources (linked by trace_id) and one dashboard folder per domain.\n"
        + "- `configs/otel-collector/`, `configs/tempo/`, `configs/loki/`, `configs/retention-policy.yaml`,\n"
        + "  `configs/sampling-strategy.yaml`: the telemetry pipeline, from one retention and sampling policy.\n"
        + "- `configs/kustomization.yaml`, `configs/tempo/kustomization.yaml`, `configs/loki/kustomization.yaml`:\n"
        + "  kustomize Components that the k8s/ overlays include, so the stack runs these configurations.\n"
        + "- `logs/schema/log_event_schema.json`: JSON Schema of the log event; `logs/processors/`: the collector's\n"
        + "  logs pipeline that renames known aliases to it and drops other fields.\n";
  }
}
