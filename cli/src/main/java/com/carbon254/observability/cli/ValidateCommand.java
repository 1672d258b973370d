package com.carbon254.observability.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check every bundle and report all problems; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunbookOption runbooks;

  @Override
  public Integer call() {
    var tree = Rendering.renderAll(spec.commandLine().getErr(), runbooks.site(spec.commandLine()));
    tree.ifPresent(t -> spec.commandLine().getOut().println("valid: " + t.files().size() + " files would be rendered"));
    spec.commandLine().getOut().flush();
    return tree.isPresent() ? 0 : 1;
  }
}
