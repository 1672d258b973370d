package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.dashboard.DashboardRenderer;
import com.carbon254.observability.dsl.render.FileTreeWriter;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer;
import com.carbon254.observability.dsl.rules.PromtoolTestRenderer.FileUnderTest;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleFile;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RuleRenderer;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.RunbookSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a valid {@link Platform} into the files of {@code generated/}. */
public final class PlatformRenderer {
  private PlatformRenderer() {}

  public static RenderedTree render(Platform platform, RunbookSite site) {
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
        tree.addJson(dashboard.path(), DashboardRenderer.render(dashboard.dashboard(), site));
      }
    }
    files.forEach((file, groups) -> tree.addYaml(file.path(), RuleRenderer.file(groups, site)));
    files.forEach((file, groups) -> renderTests(tree, file, groups, files, site));
    runbooks.values().forEach(r -> tree.add(r.generatedPath(), r.markdown()));
    tree.add(RuleIndex.PATH, RuleIndex.render(platform.bundles()));
    return tree;
  }

  private static void renderTests(
      RenderedTree tree,
      RuleFile file,
      List<RuleGroup> groups,
      Map<RuleFile, List<RuleGroup>> all,
      RunbookSite site) {
    List<Alert> alerts = groups.stream().flatMap(g -> g.alerts().stream()).toList();
    List<RecordingScenario> scenarios = groups.stream().flatMap(g -> g.scenarios().stream()).toList();
    if (alerts.isEmpty() && scenarios.isEmpty()) {
      return;
    }
    // Alerts may read recordings: load the recording files first so their groups evaluate first,
    // domain KPIs before general ones (which may build on them); a recording file's own test loads
    // only the recording files before it.
    List<FileUnderTest> loaded = new ArrayList<>();
    for (RuleFile recordingFile : RuleFile.RECORDING_FILES) {
      if (recordingFile.equals(file)) {
        break;
      }
      List<RuleGroup> recordings = all.get(recordingFile);
      if (recordings != null) {
        loaded.add(new FileUnderTest(recordingFile.path(), recordings));
      }
    }
    loaded.add(new FileUnderTest(file.path(), groups));
    tree.addYaml(file.testPath(), PromtoolTestRenderer.render(file.testPath(), loaded, alerts, scenarios, site));
  }

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
        + "- `INDEX.md`: every dashboard, alert and recording rule by domain.\n";
  }
}
