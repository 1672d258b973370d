package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.lint.LintCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {
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
  void theBundlesLintClean() {
    Run run = cli("lint");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("lint: 0 error(s)"), run.out());
  }

  @Test
  void validateRunsTheLint() {
    Run run = cli("validate");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("lint: 0 error(s)"), run.out());
    assertTrue(run.out().contains("valid: "), run.out());
  }

  @Test
  void listsEveryCheck() {
    Run run = cli("lint", "--checks");
    assertEquals(0, run.exitCode());
    for (LintCheck check : LintCheck.values()) {
      assertTrue(
          run.out()
              .contains(
                  check.id()
                      + " ("
                      + check.severity().name().toLowerCase(java.util.Locale.ROOT)
                      + "): "),
          check.id());
    }
  }

  @Test
  void lintsARenderedFolderAndFailsOnAnError() throws Exception {
    Path folder = temp.resolve("generated");
    Files.createDirectories(folder.resolve("alerts/RED"));
    Files.writeString(folder.resolve("README.md"), "# generated/ (do not edit by hand)\n");
    Files.writeString(
        folder.resolve("alerts/RED/x.yaml"),
        "groups:\n"
            + "  - name: x\n"
            + "    rules:\n"
            + "      - alert: ALERT_X_DOWN\n"
            + "        expr: up == 0\n"
            + "        labels:\n"
            + "          severity: page\n");
    Run run = cli("lint", "--rendered", folder.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out()
            .startsWith(
                "ERROR alert/page-without-for alert ALERT_X_DOWN (alerts/RED/x.yaml): pages"
                    + " (severity page) and has no 'for'; fix: "),
        run.out());

    Files.writeString(folder.resolve("alerts/RED/x.yaml"), "groups: [\n");
    Run corrupt = cli("lint", "--rendered", folder.toString());
    assertEquals(2, corrupt.exitCode());
    assertTrue(
        corrupt.err().startsWith("ERROR " + folder + "/alerts/RED/x.yaml: is not valid YAML"),
        corrupt.err());
  }
}
