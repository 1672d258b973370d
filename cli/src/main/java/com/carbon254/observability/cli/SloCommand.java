package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RuleRenderer;
import com.carbon254.observability.dsl.slo.OpenSloWriter;
import com.carbon254.observability.dsl.slo.Slo;
import com.carbon254.observability.dsl.slo.SloRules;
import com.carbon254.observability.dsl.slo.SloSpecs;
import com.carbon254.observability.dsl.slo.SpecException;
import com.carbon254.observability.dsl.validation.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slo rules FILE} and {@code slo export --openslo}: SLO specs in and out. */
@Command(
    name = "slo",
    description =
        "Convert Sloth or OpenSLO specs into Prometheus rules, or export the bundles' SLOs as OpenSLO.",
    subcommands = {SloCommand.Rules.class, SloCommand.Export.class})
final class SloCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Exit status for a spec that cannot be converted: nothing is written. */
  static final int BAD_INPUT = 2;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a command: rules or export");
  }

  @Command(
      name = "rules",
      description =
          "Print (or write) a Prometheus rule file for every SLO of a Sloth (prometheus/v1, PrometheusServiceLevel) or"
              + " OpenSLO v1 file, detected from version/apiVersion/kind. Bad input: one line, exit 2, nothing written.")
  static final class Rules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin RunbookOption runbooks;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file.")
    Path file;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT",
        description = "Write the rule file here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      SloSpecs.Read read;
      try {
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new SpecException(file + ": cannot be read: " + e.getMessage());
        }
        read = SloSpecs.read(file.toString(), text);
      } catch (SpecException e) {
        err.println("ERROR " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      read.notes().forEach(note -> err.println("NOTE " + note));
      err.flush();
      List<RuleGroup> groups = new ArrayList<>();
      for (Slo slo : read.slos()) {
        SloRules rules = SloRules.of(slo);
        rules.recordingGroups(false).forEach(g -> groups.add(g.build()));
        groups.add(rules.untestedAlertGroup());
      }
      String yaml = Documents.yaml(RuleRenderer.file(groups, runbooks.site(spec.commandLine())));
      return write(spec, output, yaml);
    }
  }

  @Command(name = "export", description = "Write every bundle SLO as OpenSLO v1 documents.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--openslo",
        required = true,
        description = "Export as OpenSLO v1 (the one format supported).")
    boolean openslo;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT",
        description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
      Platform platform = Rendering.platform();
      if (!platform.isValid()) {
        PrintWriter err = spec.commandLine().getErr();
        platform.problems().stream()
            .map(Problem::line)
            .forEach(line -> err.println("ERROR " + line));
        err.flush();
        return 1;
      }
      List<Slo> slos = new ArrayList<>();
      for (BundleContent bundle : platform.bundles()) {
        slos.addAll(bundle.slos());
      }
      return write(spec, output, OpenSloWriter.yaml(slos));
    }
  }

  /**
   * Stdout, or the file written whole through a temporary file, so a failure leaves nothing
   * half-written.
   */
  private static int write(CommandSpec spec, Path output, String text) throws IOException {
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
    Path absolute = output.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".slo-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    spec.commandLine().getOut().println("wrote " + output);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
