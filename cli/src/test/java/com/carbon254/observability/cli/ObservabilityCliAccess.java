package com.carbon254.observability.cli;

import picocli.CommandLine;

/** The program's command line, for tests in sub-packages. */
public final class ObservabilityCliAccess {
  private ObservabilityCliAccess() {}

  public static CommandLine commandLine() {
    return ObservabilityCli.commandLine();
  }
}
