package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.lint.LintReport;
import com.carbon254.observability.dsl.render.FileTreeWriter;
import com.carbon254.observability.dsl.render.RenderedTree;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "generate",
    description = "Validate every bundle and write generated/ (only if all is valid).")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunbookOption runbooks;

  @Mixin OutputFolder output;

  @Option(
      names = {"-v", "--verbose"},
      description = "List every file written and removed.")
  boolean verbose;

  @Option(
      names = "--dry-run",
      description = "Say what would be written and removed; write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    var stdout = spec.commandLine().getOut();
    java.nio.file.Path out = output.resolve(spec.commandLine());
    Optional<RenderedTree> tree =
        Rendering.renderAll(spec.commandLine().getErr(), runbooks.site(spec.commandLine()));
    if (tree.isEmpty()) {
      return 1;
    }
    // The lint runs before anything is written, so a lint error leaves generated/ as it was;
    // warnings are printed once the folder is written.
    LintReport lint = LintCommand.lint(Rendering.platform(), tree.get());
    if (lint.hasErrors()) {
      LintCommand.print(lint, spec.commandLine().getErr(), false);
      spec.commandLine()
          .getErr()
          .println(
              "lint errors above; nothing was written. Fix them, or silence one with"
                  + " definition.lintSilence(check, object, reason).");
      spec.commandLine().getErr().flush();
      return 1;
    }
    FileTreeWriter writer = new FileTreeWriter(out);
    FileTreeWriter.Summary summary = dryRun ? writer.plan(tree.get()) : writer.write(tree.get());
    if (verbose || dryRun) {
      summary.created().forEach(p -> stdout.println("  new      " + p));
      summary.changed().forEach(p -> stdout.println("  changed  " + p));
      summary.removed().forEach(p -> stdout.println("  removed  " + p));
    }
    String folder = out.getFileName() == null ? out.toString() : out.getFileName() + "/";
    stdout.println((dryRun ? "dry run, nothing written: " : "") + summary.describe(folder));
    stdout.flush();
    LintCommand.print(lint, spec.commandLine().getErr(), false);
    return 0;
  }
}
