package com.carbon254.observability.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code observability generate|validate|diff|lint}: renders every bundle into generated/. */
@Command(
    name = "observability",
    mixinStandardHelpOptions = true,
    version = "254carbon-observability 0.1.0",
    description = "Validates the observability bundles and renders them into generated/.",
    subcommands = {
      GenerateCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      LintCommand.class,
      SloCommand.class
    })
public final class ObservabilityCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code, without exiting: tests call this. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line with its error handling: a failure the program cannot help (a folder it may
   * not prune, an unreadable file) is one line on stderr and exit code 1, not a stack trace.
   */
  static CommandLine commandLine() {
    CommandLine line = new CommandLine(new ObservabilityCli());
    line.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          failed.getErr().println("ERROR " + e.getMessage());
          failed.getErr().flush();
          return 1;
        });
    return line;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: generate, validate, diff, lint or slo");
  }
}
