package com.carbon254.observability.dsl.rules;

/** The runbook site the tests render with, the one the root pom configures. */
public final class ExampleSite {
  public static final RunbookSite SITE =
      new RunbookSite(
          "https://github.com/254carbon/254carbon-observability/blob/main/generated/docs/runbooks/");

  private ExampleSite() {}
}
