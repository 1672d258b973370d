package com.carbon254.observability.cli;

import com.carbon254.observability.cli.review.ReportFormat;
import com.carbon254.observability.cli.review.SemanticDiffRun;
import com.carbon254.observability.dsl.render.FileTreeWriter;
import com.carbon254.observability.dsl.render.TreeDiff;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    description = {
      "Show how generated/ differs from what the builders render; exit 1 if it does. Writes nothing.",
      "With --semantic: what the difference means (thresholds, severities, budgets, panels, routes) between two"
          + " revisions, or a revision and what the builders render now; exit 0 without change, 1 with changes,"
          + " 2 when a side cannot be read."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunbookOption runbooks;

  @Mixin OutputFolder output;

  @Option(
      names = "--max-lines",
      description = "Diff lines shown per file (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int maxLines;

  @Option(names = "--semantic", description = "Compare object by object, not line by line.")
  boolean semantic;

  @Option(
      names = "--from",
      paramLabel = "REV",
      description = "With --semantic: the old side (default: ${DEFAULT-VALUE}).",
      defaultValue = "HEAD")
  String from;

  @Option(
      names = "--to",
      paramLabel = "REV",
      description = "With --semantic: the new side, a revision (default: the working tree).")
  String to;

  @Option(
      names = "--worktree",
      description = "With --semantic: the new side is what the builders render now (the default).")
  boolean worktree;

  @Option(
      names = "--format",
      paramLabel = "text|markdown|json",
      description = "With --semantic: the report's format (default: text).",
      defaultValue = "text",
      converter = FormatConverter.class)
  ReportFormat format;

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      for (ReportFormat f : ReportFormat.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a format; use text, markdown or json");
    }
  }

  @Override
  public Integer call() {
    if (semantic) {
      return semantic();
    }
    if (to != null || worktree || !from.equals("HEAD")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--from, --to and --worktree need --semantic");
    }
    java.nio.file.Path out = output.resolve(spec.commandLine());
    var tree = Rendering.renderAll(spec.commandLine().getErr(), runbooks.site(spec.commandLine()));
    if (tree.isEmpty()) {
      return 2;
    }
    String report =
        TreeDiff.summarize(new FileTreeWriter(out).readExisting(), tree.get().files(), maxLines);
    var stdout = spec.commandLine().getOut();
    if (report.isEmpty()) {
      stdout.println(out + " is up to date: " + tree.get().files().size() + " files");
      stdout.flush();
      return 0;
    }
    stdout.print(report);
    stdout.println(
        "To accept: run `mvn package` (or `observability generate`) and commit " + out + ".");
    stdout.flush();
    return 1;
  }

  private int semantic() {
    if (to != null && worktree) {
      spec.commandLine().getErr().println("ERROR give --to REV or --worktree, not both");
      spec.commandLine().getErr().flush();
      return 2;
    }
    return SemanticDiffRun.run(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        output.resolve(spec.commandLine()),
        from,
        to,
        format,
        () -> Rendering.renderAll(spec.commandLine().getErr(), runbooks.site(spec.commandLine())));
  }
}
