package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.DashboardFile;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RecordingRule;
import java.util.List;

/**
 * {@code INDEX.md}: every dashboard, alert and recording rule by domain, so a reader finds any of
 * them from one page (the platform design's generate_rule_index.py, generated with the rest).
 */
final class RuleIndex {
  static final String PATH = "INDEX.md";

  private RuleIndex() {}

  static String render(List<BundleContent> bundles) {
    StringBuilder out = new StringBuilder();
    out.append("# Index of dashboards, alerts and recording rules\n\n")
        .append(
            "Generated from the Java bundles by `mvn package`; do not edit. Paths are relative to this folder.\n");
    for (BundleContent bundle : bundles) {
      List<DashboardFile> dashboards = bundle.dashboards();
      List<BundleContent.PlacedGroup> groups = bundle.groups();
      boolean anyAlert = groups.stream().anyMatch(g -> !g.group().alerts().isEmpty());
      boolean anyRecording = groups.stream().anyMatch(g -> !g.group().recordings().isEmpty());
      if (dashboards.isEmpty() && !anyAlert && !anyRecording) {
        continue;
      }
      out.append("\n## ").append(bundle.bundle()).append('\n');
      if (!dashboards.isEmpty()) {
        out.append("\n### Dashboards\n\n| Title | File | uid |\n|---|---|---|\n");
        for (DashboardFile file : dashboards) {
          out.append("| ")
              .append(cell(file.dashboard().title()))
              .append(" | ")
              .append(link(file.path(), file.path()))
              .append(" | `")
              .append(file.dashboard().uid())
              .append("` |\n");
        }
      }
      if (anyAlert) {
        out.append(
            "\n### Alerts\n\n| Alert | Severity | For | Expression | Runbook | File |\n|---|---|---|---|---|---|\n");
        for (BundleContent.PlacedGroup placed : groups) {
          for (Alert alert : placed.group().alerts()) {
            out.append("| `")
                .append(alert.name())
                .append("` | ")
                .append(alert.severity().label())
                .append(" | ")
                .append(alert.pendingFor().map(Object::toString).orElse("0s"))
                .append(" | ")
                .append(code(alert.expr().promql()))
                .append(" | ")
                .append(link(alert.runbook().slug(), alert.runbook().generatedPath()))
                .append(" | ")
                .append(link(placed.file().path(), placed.file().path()))
                .append(" |\n");
          }
        }
      }
      if (anyRecording) {
        out.append(
            "\n### Recording rules\n\n| Series | Labels | Expression | Group |\n|---|---|---|---|\n");
        for (BundleContent.PlacedGroup placed : groups) {
          for (RecordingRule rule : placed.group().recordings()) {
            out.append("| `")
                .append(rule.name())
                .append("` | ")
                .append(rule.labels().isEmpty() ? "" : code(rule.labels().toString()))
                .append(" | ")
                .append(code(rule.expr().promql()))
                .append(" | ")
                .append(placed.group().name())
                .append(" (")
                .append(link(placed.file().path(), placed.file().path()))
                .append(") |\n");
          }
        }
      }
    }
    return out.toString();
  }

  private static String link(String text, String path) {
    return "[" + cell(text) + "](" + path + ")";
  }

  /** Inline code on one line; a pipe would end the table cell. */
  private static String code(String text) {
    String oneLine = text.replace("\n", " ").replace("|", "\\|");
    return oneLine.contains("`") ? "`` " + oneLine + " ``" : "`" + oneLine + "`";
  }

  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|");
  }
}
