package com.carbon254.observability.cli;

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
    description = "Show how generated/ differs from what the builders render; exit 1 if it does. Writes nothing.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunbookOption runbooks;

  @Mixin OutputFolder output;

  @Option(names = "--max-lines", description = "Diff lines shown per file (default: ${DEFAULT-VALUE}).", defaultValue = "200")
  int maxLines;

  @Override
  public Integer call() {
    java.nio.file.Path out = output.resolve(spec.commandLine());
    var tree = Rendering.renderAll(spec.commandLine().getErr(), runbooks.site(spec.commandLine()));
    if (tree.isEmpty()) {
      return 2;
    }
    String report = TreeDiff.summarize(new FileTreeWriter(out).readExisting(), tree.get().files(), maxLines);
    var stdout = spec.commandLine().getOut();
    if (report.isEmpty()) {
      stdout.println(out + " is up to date: " + tree.get().files().size() + " files");
      stdout.flush();
      return 0;
    }
    stdout.print(report);
    stdout.println("To accept: run `mvn package` (or `observability generate`) and commit " + out + ".");
    stdout.flush();
    return 1;
  }
}
