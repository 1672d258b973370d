package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.render.FileTreeWriter;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer.FileUnderTest;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RuleRenderer;
import com.carbon254.observability.dsl.rules.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a valid {@link Platform} into the files of {@code generated/}. */
public final class PlatformRenderer {
  private PlatformRenderer() {}

  public static RenderedTree render(Platform platform) {
    if (!platform.isValid()) {
      throw new IllegalStateException("refusing to render a platform with problems: " + platform.problems());
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
        tree.addJson(dashboard.path(), DashboardRenderer.render(dashboard.dashboard()));
      }
    }
    files.forEach((file, groups) -> tree.addYaml(file.path(), RuleRenderer.file(groups)));
    files.forEach((file, groups) -> renderTests(tree, file, groups, files));
    runbooks.values().forEach(r -> tree.add(r.generatedPath(), r.markdown()));
    return tree;
  }

  private static void renderTests(
      RenderedTree tree, RuleFile file, List<RuleGroup> groups, Map<RuleFile, List<RuleGroup>> all) {
    List<Alert> alerts = groups.stream().flatMap(g -> g.alerts().stream()).toList();
    List<RecordingScenario> scenarios = groups.stream().flatMap(g -> g.scenarios().stream()).toList();
    if (alerts.isEmpty() && scenarios.isEmpty()) {
      return;
    }
    // Alerts may read recordings: load the recording file first so its groups evaluate first. SLO
    // alerts read only the SLO recordings (and those read only catalog metrics): loading nothing
    // else keeps their days-long tests fast.
    List<FileUnderTest> loaded = new ArrayList<>();
    RuleFile read =
        file.path().startsWith(SLO_ALERTS) ? RuleFile.SLO_BURN : file.equals(RuleFile.SLO_BURN) ? null : RuleFile.RECORDING;
    if (read != null && !read.equals(file) && all.containsKey(read)) {
      loaded.add(new FileUnderTest(read.path(), all.get(read)));
    }
    loaded.add(new FileUnderTest(file.path(), groups));
    // promtool evaluates every rule at every evaluation interval of a test file, and a file has one
    // interval: alerts whose scenarios are sampled coarsely (days-long SLO scenarios) get a file of
    // their own at that interval, which keeps them fast. The finest interval keeps the usual name.
    Map<Window, List<Alert>> byInterval = new TreeMap<>();
    for (Alert alert : alerts) {
      byInterval.computeIfAbsent(PromtoolTestRenderer.evaluationInterval(List.of(alert), List.of()), w -> new ArrayList<>()).add(alert);
    }
    if (byInterval.isEmpty()) {
      byInterval.put(AlertScenario.ONE_MINUTE, List.of());
    }
    Window finest = byInterval.keySet().iterator().next();
    for (Map.Entry<Window, List<Alert>> entry : byInterval.entrySet()) {
      boolean first = entry.getKey().equals(finest);
      String path = first ? file.testPath() : file.testPath().replaceFirst("_test\\.yaml$", "." + entry.getKey() + "_test.yaml");
      tree.addYaml(path, PromtoolTestRenderer.render(path, loaded, entry.getValue(), first ? scenarios : List.of()));
    }
  }

  private static final String SLO_ALERTS = RuleFile.of(RuleFile.AlertClass.SLO, "x").path().replace("x.yaml", "");

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
        + "- `docs/runbooks/`: the runbook each alert links to.\n";
  }
}
