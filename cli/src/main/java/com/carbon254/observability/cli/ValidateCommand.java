package com.carbon254.observability.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    description =
        "Check every bundle, lint what it renders and report all problems; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunbookOption runbooks;

  @Override
  public Integer call() {
    var tree = Rendering.renderAll(spec.commandLine().getErr(), runbooks.site(spec.commandLine()));
    if (tree.isEmpty()) {
      return 1;
    }
    boolean lintErrors =
        LintCommand.report(Rendering.platform(), tree.get(), spec.commandLine().getOut(), true)
            .hasErrors();
    spec.commandLine()
        .getOut()
        .println(
            (lintErrors ? "invalid: lint errors above; " : "valid: ")
                + tree.get().files().size()
                + " files would be rendered");
    spec.commandLine().getOut().flush();
    return lintErrors ? 1 : 0;
  }
}
