package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.rules.RunbookSite;
import com.carbon254.observability.dsl.validation.DefinitionException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --runbook-base-url} and {@code --grafana-base-url} options; their defaults are the
 * root pom's {@code runbook.base.url} and {@code grafana.base.url}.
 */
final class RunbookOption {
  @Option(
      names = "--runbook-base-url",
      paramLabel = "<url>",
      description =
          "Where the runbooks are published; alerts link to <url><slug>.md (default: ${DEFAULT-VALUE}).")
  String baseUrl = BuildSettings.runbookBaseUrl();

  @Option(
      names = "--grafana-base-url",
      paramLabel = "<url>",
      description =
          "Where Grafana is opened; SLO alerts link their dashboard as <url>d/<uid> (default: ${DEFAULT-VALUE}).")
  String grafanaBaseUrl = BuildSettings.grafanaBaseUrl();

  RunbookSite site(CommandLine command) {
    try {
      return new RunbookSite(baseUrl, grafanaBaseUrl);
    } catch (DefinitionException e) {
      throw new CommandLine.ParameterException(command, e.getMessage());
    }
  }
}
