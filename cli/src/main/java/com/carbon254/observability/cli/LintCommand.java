package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.lint.Lint;
import com.carbon254.observability.dsl.lint.LintCheck;
import com.carbon254.observability.dsl.lint.LintConfig;
import com.carbon254.observability.dsl.lint.LintReport;
import com.carbon254.observability.dsl.lint.LintSeverity;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.platform.PlatformLint;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.review.RenderedFileException;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "lint",
    description = {
      "Lint what the bundles render (alert 'for' and intervals, rate windows, counters, absent(),"
          + " paging without 'for', annotation labels, recording freshness, duplicate series,"
          + " scenario minutes, raw dashboard selectors).",
      "Exit 1 on an error finding; warnings are printed. validate and generate run the same checks."
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--checks",
      description = "List every check with its id, severity and fix, and exit.")
  boolean listChecks;

  @Option(
      names = "--rendered",
      paramLabel = "<folder>",
      description =
          "Lint a rendered folder (e.g. generated/ of another checkout) instead of the bundles; no"
              + " bundle silences apply.")
  java.nio.file.Path rendered;

  @Option(
      names = "--show-silenced",
      description = "Also list the findings that bundles silenced, with their reasons.")
  boolean showSilenced;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (listChecks) {
      for (LintCheck check : LintCheck.values()) {
        out.println(
            check.id()
                + " ("
                + check.severity().name().toLowerCase(java.util.Locale.ROOT)
                + "): "
                + check.fix());
      }
      out.flush();
      return 0;
    }
    if (rendered != null) {
      return lintFolder(out);
    }
    var tree = Rendering.renderAll(spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return 1;
    }
    LintReport report = report(Rendering.platform(), tree.get(), out, true);
    if (showSilenced) {
      report
          .silenced()
          .forEach(
              s ->
                  out.println(
                      "silenced "
                          + s.finding().check().id()
                          + " "
                          + s.finding().object()
                          + " by bundle '"
                          + s.bundle()
                          + "': "
                          + s.silence().reason()));
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }

  private int lintFolder(PrintWriter out) {
    if (!java.nio.file.Files.isDirectory(rendered)) {
      spec.commandLine().getErr().println("ERROR " + rendered + " is not a folder");
      spec.commandLine().getErr().flush();
      return 2;
    }
    LintReport report;
    try {
      var files =
          new com.carbon254.observability.dsl.render.FileTreeWriter(rendered).readExisting();
      report = Lint.run(RenderedSnapshot.read(files), LintConfig.DEFAULT, java.util.Map.of());
    } catch (RenderedFileException e) {
      spec.commandLine().getErr().println("ERROR " + rendered + "/" + e.getMessage());
      spec.commandLine().getErr().flush();
      return 2;
    }
    print(report, out, true);
    return report.hasErrors() ? 1 : 0;
  }

  /**
   * Lints a rendered platform and prints every finding; shared by validate and generate. The count
   * line is printed when asked, or when there is something to count.
   */
  static LintReport report(
      Platform platform, RenderedTree tree, PrintWriter out, boolean alwaysCount) {
    LintReport report = lint(platform, tree);
    print(report, out, alwaysCount);
    return report;
  }

  static LintReport lint(Platform platform, RenderedTree tree) {
    return PlatformLint.run(platform, tree, LintConfig.DEFAULT);
  }

  static void print(LintReport report, PrintWriter out, boolean alwaysCount) {
    report.findings().forEach(f -> out.println(f.line()));
    if (!alwaysCount && report.findings().isEmpty()) {
      out.flush();
      return;
    }
    out.println(
        "lint: "
            + report.count(LintSeverity.ERROR)
            + " error(s), "
            + report.count(LintSeverity.WARNING)
            + " warning(s), "
            + report.silenced().size()
            + " silenced");
    out.flush();
  }
}
