package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.rules.RunbookSite;
import com.carbon254.observability.dsl.validation.DefinitionException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --runbook-base-url} option; its default is the root pom's {@code runbook.base.url}.
 */
final class RunbookOption {
  @Option(
      names = "--runbook-base-url",
      paramLabel = "<url>",
      description =
          "Where the runbooks are published; alerts link to <url><slug>.md (default: ${DEFAULT-VALUE}).")
  String baseUrl = BuildSettings.runbookBaseUrl();

  RunbookSite site(CommandLine command) {
    try {
      return new RunbookSite(baseUrl);
    } catch (DefinitionException e) {
      throw new CommandLine.ParameterException(command, e.getMessage());
    }
  }
}
