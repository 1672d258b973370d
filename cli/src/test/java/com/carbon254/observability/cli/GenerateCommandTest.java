package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.render.FileTreeWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = ObservabilityCli.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyBundleModuleIsDiscovered() {
    List<String> names =
        ServiceLoader.load(Bundle.class).stream()
            .map(p -> p.get().name())
            .sorted()
            .collect(Collectors.toList());
    assertEquals(List.of("access", "infra", "ingestion", "ml", "security"), names);
  }

  @Test
  void generateWritesOnceThenChangesNothing() {
    Path out = temp.resolve("generated");
    Run first = cli("generate", "--out", out.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(
        first
            .out()
            .matches(
                "generated/: (\\d+) files, \\1 written \\(\\1 new, 0 changed\\), 0 removed, 0 unchanged\\s*"),
        first.out());

    Run second = cli("generate", "--out", out.toString());
    assertTrue(
        second
            .out()
            .matches(
                "generated/: (\\d+) files, 0 written \\(0 new, 0 changed\\), 0 removed, \\1 unchanged\\s*"),
        second.out());
  }

  @Test
  void theRunbookBaseUrlComesFromTheBuildAndCanBeOverridden() throws Exception {
    Path byDefault = temp.resolve("default/generated");
    Path overridden = temp.resolve("overridden/generated");
    assertEquals(0, cli("generate", "--out", byDefault.toString()).exitCode());
    assertEquals(
        0,
        cli(
                "generate",
                "--out",
                overridden.toString(),
                "--runbook-base-url",
                "https://runbooks.example.org/obs")
            .exitCode());

    String rules = "alerts/RED/gateway_red.yaml";
    assertTrue(
        Files.readString(byDefault.resolve(rules))
            .contains("runbook_url: " + BuildSettings.runbookBaseUrl() + "high-api-error-rate.md"));
    assertTrue(
        Files.readString(overridden.resolve(rules))
            .contains("runbook_url: https://runbooks.example.org/obs/high-api-error-rate.md"));
    Run refused =
        cli("generate", "--out", temp.resolve("bad").toString(), "--runbook-base-url", "runbooks/");
    assertEquals(2, refused.exitCode());
    assertTrue(
        refused
            .err()
            .contains(
                "runbook base URL 'runbooks/': must be an absolute http(s) URL, as in https://host/runbooks/"),
        refused.err());
  }

  @Test
  void sloAlertsLinkTheirDomainsErrorBudgetViewOnTheGrafanaOfTheBuildOrTheOption()
      throws Exception {
    Path byDefault = temp.resolve("default/generated");
    Path overridden = temp.resolve("overridden/generated");
    assertEquals(0, cli("generate", "--out", byDefault.toString()).exitCode());
    assertEquals(
        0,
        cli(
                "generate",
                "--out",
                overridden.toString(),
                "--grafana-base-url",
                "https://grafana.example.org/obs")
            .exitCode());

    assertTrue(Files.exists(byDefault.resolve("dashboards/access/slo_error_budgets.json")));
    assertTrue(Files.exists(byDefault.resolve("gitops/dashboards/access/slo_error_budgets.yaml")));
    for (String file :
        List.of(
            "alerts/SLO/gateway_availability_slo.yaml",
            "alerts/SLO/api_latency_slo.yaml",
            "alerts/SLO/streaming_delivery_slo.yaml")) {
      String rules = Files.readString(byDefault.resolve(file));
      long alerts = rules.lines().filter(l -> l.strip().startsWith("- alert: ")).count();
      long links =
          rules
              .lines()
              .filter(
                  l ->
                      l.strip()
                          .equals(
                              "dashboard: "
                                  + BuildSettings.grafanaBaseUrl()
                                  + "d/access-slo-error-budgets"))
              .count();
      assertEquals(5, alerts, file);
      assertEquals(alerts, links, file + " links the view from every alert:\n" + rules);
      assertTrue(
          Files.readString(overridden.resolve(file))
              .contains("dashboard: https://grafana.example.org/obs/d/access-slo-error-budgets"),
          file);
    }
    assertFalse(
        Files.readString(byDefault.resolve("alerts/RED/gateway_red.yaml")).contains("dashboard:"),
        "only SLO alerts have an error-budget view to link");
    Run refused =
        cli("generate", "--out", temp.resolve("bad").toString(), "--grafana-base-url", "grafana");
    assertEquals(2, refused.exitCode());
    assertTrue(
        refused
            .err()
            .contains(
                "Grafana base URL 'grafana': must be an absolute http(s) URL, as in https://grafana.example.org/"),
        refused.err());
  }

  @Test
  void generateRemovesWhatIsNoLongerRenderedAndDiffShowsIt() throws Exception {
    Path out = temp.resolve("generated");
    cli("generate", "--out", out.toString());
    Files.writeString(out.resolve("alerts/RED/stale.yaml"), "groups: []\n");

    Run diff = cli("diff", "--out", out.toString());
    assertEquals(1, diff.exitCode());
    assertTrue(
        diff.out().contains("removed  alerts/RED/stale.yaml")
            || diff.out().contains("alerts/RED/stale.yaml"),
        diff.out());
    assertTrue(diff.out().contains("To accept: run `mvn package`"), diff.out());

    Run regenerate = cli("generate", "--out", out.toString());
    assertTrue(regenerate.out().contains("1 removed"), regenerate.out());
    assertTrue(Files.notExists(out.resolve("alerts/RED/stale.yaml")));
    assertEquals(0, cli("diff", "--out", out.toString()).exitCode());
  }

  @Test
  void dryRunListsTheChangesAndWritesNothing() throws Exception {
    Path out = temp.resolve("generated");
    cli("generate", "--out", out.toString());
    Files.writeString(out.resolve("alerts/RED/stale.yaml"), "groups: []\n");
    Map<String, String> before = new FileTreeWriter(out).readExisting();

    Run dry = cli("generate", "--dry-run", "--out", out.toString());

    assertEquals(0, dry.exitCode(), dry.err());
    assertTrue(dry.out().contains("  removed  alerts/RED/stale.yaml"), dry.out());
    assertTrue(dry.out().contains("dry run, nothing written: generated/:"), dry.out());
    assertTrue(dry.out().contains("1 removed"), dry.out());
    assertEquals(before, new FileTreeWriter(out).readExisting());
  }

  @Test
  void invalidBundlesChangeNoByteOfTheGeneratedFolder() throws Exception {
    Path out = temp.resolve("generated");
    cli("generate", "--out", out.toString());
    Map<String, String> before = new FileTreeWriter(out).readExisting();

    Bundle broken =
        new Bundle() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public void define(BundleDefinition d) {
            d.metrics(Counter.named("broken_requests_count").help("x"));
          }
        };
    StringWriter err = new StringWriter();
    var rendered = Rendering.renderAll(List.of(broken), new PrintWriter(err));

    assertTrue(rendered.isEmpty());
    assertEquals(
        "ERROR bundle 'broken': metric 'broken_requests_count': a counter's name must end in '_total'; rename it to 'broken_requests_count_total'\n"
            + "1 problem(s) in the bundles; nothing was written.\n",
        err.toString());
    assertEquals(before, new FileTreeWriter(out).readExisting());
  }

  @Test
  void withoutOutOnlyTheRepositoryRootIsAccepted() {
    // Tests run in the cli module's folder: its pom names the parent but is not the root pom.
    Run run = cli("diff");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("the working directory is not the 254carbon-observability repository"),
        run.err());
  }

  @Test
  void dryRunRefusesAFolderItDidNotCreateLikeGenerateDoes() throws Exception {
    Path foreign = Files.createDirectories(temp.resolve("foreign"));
    Files.writeString(foreign.resolve("precious.txt"), "keep me\n");

    Run run = cli("generate", "--dry-run", "--out", foreign.toString());

    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("holds files (precious.txt, ...) but no generator marker"), run.err());
  }

  @Test
  void aLinkToTheGeneratedFolderItselfIsFollowed() throws Exception {
    Path real = temp.resolve("generated");
    cli("generate", "--out", real.toString());
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);

    Run run = cli("generate", "--out", link.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(" 0 written"), run.out());
  }

  @Test
  void refusesToPruneAFolderItDidNotCreate() throws Exception {
    Path foreign = Files.createDirectories(temp.resolve("somebody-elses"));
    Files.writeString(foreign.resolve("precious.txt"), "keep me\n");
    Run run = cli("generate", "--out", foreign.toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "ERROR "
                    + foreign.toAbsolutePath()
                    + " holds files (precious.txt, ...) but no generator marker"),
        run.err());
    assertEquals("keep me\n", Files.readString(foreign.resolve("precious.txt")));
    assertEquals(1, Files.list(foreign).count());
  }
}
