package com.carbon254.observability.dsl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.api.Test;

class RunbookAndRuleFileTest {

  @Test
  void runbookPublishesUnderDocs() {
    Runbook runbook =
        new Runbook(
            "gateway-high-error-rate", "Gateway high error rate", "# Gateway high error rate\n");

    assertEquals("docs/runbooks/gateway-high-error-rate.md", runbook.generatedPath());
    assertEquals(
        "https://github.com/254carbon/254carbon-observability/blob/main/generated/docs/runbooks/gateway-high-error-rate.md",
        ExampleSite.SITE.url(runbook));
  }

  @Test
  void runbookTextGetsUnixLineEndsAndATrailingNewline() {
    assertEquals("# Title\nBody\n", new Runbook("slug", "Title", "# Title\r\nBody").markdown());
  }

  @Test
  void slugMustBeKebabCase() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> new Runbook("High_Error", "Title", "# Title\n"));

    assertEquals(
        "runbook 'High_Error': slug must be kebab-case, as in 'high-api-error-rate'",
        e.getMessage());
  }

  @Test
  void runbookMustStartWithATitle() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> new Runbook("high-error-rate", "Title", "Title\n"));

    assertEquals(
        "runbook 'high-error-rate': runbook text must start with a '# Title' line", e.getMessage());
  }

  @Test
  void missingRunbookResourceNamesTheFileToWrite() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> Runbook.fromResource(RunbookAndRuleFileTest.class, "no-such-runbook"));

    assertEquals(
        "runbook 'no-such-runbook': no file src/main/resources/runbooks/no-such-runbook.md in the module of"
            + " RunbookAndRuleFileTest; write the runbook there",
        e.getMessage());
  }

  @Test
  void alertRuleFilesLiveUnderTheirClassFolder() {
    assertEquals(
        "alerts/RED/gateway_red.yaml", RuleFile.of(RuleFile.AlertClass.RED, "gateway_red").path());
    assertEquals("alerts/ml/drift.yaml", RuleFile.of(RuleFile.AlertClass.ML, "drift").path());
    assertEquals(
        "alerts/SLO/gateway_availability.yaml",
        RuleFile.of(RuleFile.AlertClass.SLO, "gateway_availability").path());
  }

  @Test
  void testsMirrorTheRuleFilePath() {
    assertEquals(
        "tests/alerts/RED/gateway_red_test.yaml",
        RuleFile.of(RuleFile.AlertClass.RED, "gateway_red").testPath());
    assertEquals(
        "tests/k8s/prometheus/rules/recording-rules_test.yaml", RuleFile.RECORDING.testPath());
  }

  @Test
  void ruleFileNameMustBeSnakeCaseWithoutExtension() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> RuleFile.of(RuleFile.AlertClass.USE, "gateway_use.yaml"));

    assertEquals(
        "rule file 'gateway_use.yaml': file name must be snake_case without extension, as in 'gateway_red'",
        e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void aRunbookSiteIsAnAbsoluteHttpUrlAndGainsItsTrailingSlash() {
    assertEquals(
        "https://runbooks.example.org/254carbon/high-api-error-rate.md",
        new RunbookSite("https://runbooks.example.org/254carbon")
            .url(new Runbook("high-api-error-rate", "T", "# T\n")));
    assertEquals(
        "runbook base URL 'runbooks/': must be an absolute http(s) URL, as in https://host/runbooks/",
        org.junit.jupiter.api.Assertions.assertThrows(
                com.carbon254.observability.dsl.validation.DefinitionException.class,
                () -> new RunbookSite("runbooks/"))
            .getMessage());
    assertEquals(
        "runbook base URL '': is empty; set runbook.base.url in pom.xml or pass --runbook-base-url",
        org.junit.jupiter.api.Assertions.assertThrows(
                com.carbon254.observability.dsl.validation.DefinitionException.class,
                () -> new RunbookSite(""))
            .getMessage());
  }

  @Test
  void aDashboardLinkIsUnderTheGrafanaOfTheSite() {
    RunbookSite site =
        new RunbookSite("https://runbooks.example.org/", "https://grafana.example.org");
    assertEquals("https://grafana.example.org/", site.grafanaBaseUrl());
    assertEquals(
        "https://grafana.example.org/d/access-slo-error-budgets",
        new DashboardRef("access-slo-error-budgets").url(site));
    assertEquals(
        "https://grafana.invalid/",
        new RunbookSite("https://runbooks.example.org/").grafanaBaseUrl());
    assertEquals(
        "Grafana base URL 'localhost:3000': must be an absolute http(s) URL, as in"
            + " https://grafana.example.org/",
        assertThrows(
                DefinitionException.class,
                () -> new RunbookSite("https://runbooks.example.org/", "localhost:3000"))
            .getMessage());
    assertEquals(
        "dashboard link 'a/b': a dashboard uid is 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'",
        assertThrows(DefinitionException.class, () -> new DashboardRef("a/b")).getMessage());
  }
}
