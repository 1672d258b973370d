package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PromtoolTest {
  private static final String VALID_RULES =
      """
      groups:
        - name: example
          rules:
            - record: job:up:sum
              expr: sum by (job) (up)
            - alert: ALERT_EXAMPLE_DOWN
              expr: job:up:sum == 0
              for: 1m
              labels:
                severity: page
      """;

  private static final String INVALID_RULES =
      """
      groups:
        - name: example
          rules:
            - record: job:up:sum
              expr: sum by (job) (up
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class CheckRules {
    @Test
    void acceptsAValidRuleFile() throws IOException {
      write("valid.yaml", VALID_RULES);
      Promtool.Result result =
          Promtool.require().in(dir).checkRules(List.of(Path.of("valid.yaml")));
      result.assertOk();
      assertEquals(0, result.exitCode());
      assertTrue(result.output().contains("SUCCESS: 2 rules found"), result::describe);
    }

    @Test
    void rejectsAnInvalidExpressionAndNamesTheError() throws IOException {
      write("valid.yaml", VALID_RULES);
      write("invalid.yaml", INVALID_RULES);
      Promtool.Result result =
          Promtool.require()
              .in(dir)
              .checkRules(List.of(Path.of("valid.yaml"), Path.of("invalid.yaml")));
      result.assertFailed();
      assertNotEquals(0, result.exitCode());
      String output = result.output();
      assertTrue(output.contains("FAILED"), result::describe);
      assertTrue(output.contains("invalid.yaml"), result::describe);
      assertTrue(output.contains("unclosed left parenthesis"), result::describe);
      assertTrue(
          result
              .describe()
              .startsWith("`promtool check rules valid.yaml invalid.yaml` exited with 1:\n"));
    }

    @Test
    void aFailedCheckFailsTheTestWithTheOutput() throws IOException {
      Path invalid = write("invalid.yaml", INVALID_RULES);
      Promtool.Result result = Promtool.require().checkRules(List.of(invalid));
      AssertionFailedError e = assertThrows(AssertionFailedError.class, result::assertOk);
      assertTrue(e.getMessage().contains("unclosed left parenthesis"), e.getMessage());
    }

    @Test
    void needsAFile() {
      Promtool promtool = Promtool.require();
      assertThrows(IllegalArgumentException.class, () -> promtool.checkRules(List.of()));
    }
  }

  @Nested
  class TestRules {
    private Path unitTest(String expectedSeverity) throws IOException {
      write("rules.yaml", VALID_RULES);
      return write(
          "rules_test.yaml",
          """
          rule_files:
            - rules.yaml
          evaluation_interval: 1m
          tests:
            - interval: 1m
              input_series:
                - series: 'up{job="gateway"}'
                  values: '0x10'
              alert_rule_test:
                - eval_time: 5m
                  alertname: ALERT_EXAMPLE_DOWN
                  exp_alerts:
                    - exp_labels:
                        job: gateway
                        severity: %s
          """
              .formatted(expectedSeverity));
    }

    @Test
    void passesAMatchingTest() throws IOException {
      Path test = unitTest("page");
      // From another folder: rule_files resolve against the test file's folder.
      Promtool.Result result = Promtool.require().testRules(List.of(test));
      result.assertOk();
      assertTrue(result.output().contains("SUCCESS"), result::describe);
    }

    @Test
    void failsAMismatchingTestAndShowsWhatItGot() throws IOException {
      unitTest("warn");
      Promtool.Result result =
          Promtool.require().in(dir).testRules(List.of(Path.of("rules_test.yaml")));
      result.assertFailed();
      assertTrue(result.output().contains("FAILED"), result::describe);
      assertTrue(result.output().contains("alertname: ALERT_EXAMPLE_DOWN"), result::describe);
      assertTrue(result.output().contains("severity=\"page\""), result::describe);
    }
  }

  @Nested
  class AmtoolCheckConfig {
    @Test
    void acceptsAValidConfig() throws IOException {
      write("alertmanager.yml", "route:\n  receiver: default\nreceivers:\n  - name: default\n");
      Promtool.Result result =
          Amtool.require().in(dir).checkConfig(List.of(Path.of("alertmanager.yml")));
      result.assertOk();
      assertTrue(result.output().contains("SUCCESS"), result::describe);
    }

    @Test
    void rejectsARouteToAnUndefinedReceiver() throws IOException {
      Path config =
          write("alertmanager.yml", "route:\n  receiver: nope\nreceivers:\n  - name: default\n");
      Promtool.Result result = Amtool.require().checkConfig(List.of(config));
      result.assertFailed();
      assertTrue(result.output().contains("undefined receiver \"nope\""), result::describe);
    }
  }

  @Nested
  class WhenTheToolIsMissing {
    @Test
    void ciFailsTheTest() {
      AssertionFailedError e =
          assertThrows(
              AssertionFailedError.class,
              () -> Promtool.requireTool("promtool", Optional.empty(), "true", System.err));
      assertEquals(
          "promtool not found on PATH; CI requires it: run scripts/install-tools.sh",
          e.getMessage());
    }

    @Test
    void elsewhereTheTestIsSkippedWithAVisibleWarning() {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
      for (String ci : new String[] {null, "", "false"}) {
        err.reset();
        TestAbortedException e =
            assertThrows(
                TestAbortedException.class,
                () -> Promtool.requireTool("promtool", Optional.empty(), ci, stream));
        assertTrue(
            e.getMessage().contains("promtool not found on PATH; skipping promtool checks"),
            e.getMessage());
        assertEquals(
            "WARNING: promtool not found; skipping promtool checks. Install with scripts/install-tools.sh"
                + System.lineSeparator(),
            err.toString(StandardCharsets.UTF_8));
      }
    }

    @Test
    void aFoundToolIsReturned() {
      Path tool = Path.of("/opt/tools/promtool");
      assertEquals(tool, Promtool.requireTool("promtool", Optional.of(tool), "true", System.err));
    }
  }

  @Nested
  @DisabledOnOs(OS.WINDOWS)
  class Processes {
    private Path script(String name, String body) throws IOException {
      Path file = write(name, "#!/bin/sh\n" + body);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      return file;
    }

    @Test
    void findsOnlyExecutableFilesOnThePath() throws IOException {
      Path bin = Files.createDirectories(dir.resolve("bin"));
      Path other = Files.createDirectories(dir.resolve("other"));
      Files.createDirectories(other.resolve("promtool")); // a folder is not the tool
      Files.writeString(bin.resolve("amtool"), "not executable");
      Path promtool = Files.writeString(bin.resolve("promtool"), "#!/bin/sh\n");
      Files.setPosixFilePermissions(promtool, PosixFilePermissions.fromString("rwxr-xr-x"));
      String path = other + File.pathSeparator + File.pathSeparator + bin;
      assertEquals(Optional.of(promtool.toAbsolutePath()), Promtool.onPath("promtool", path));
      assertEquals(Optional.empty(), Promtool.onPath("amtool", path));
      assertEquals(Optional.empty(), Promtool.onPath("promtool", ""));
      assertEquals(Optional.empty(), Promtool.onPath("promtool", null));
    }

    @Test
    void runsInTheWorkingDirectoryWithUtcAndMergedStderr() throws IOException {
      Path tool =
          script(
              "tool",
              "pwd\necho \"TZ=$TZ\"\necho to-stderr >&2\nread line || echo no-stdin\nexit 3\n");
      Path work = Files.createDirectories(dir.resolve("work"));
      Promtool.Result result =
          Promtool.execute(List.of(tool.toString()), work, Duration.ofSeconds(30));
      assertEquals(3, result.exitCode());
      assertEquals(work.toRealPath() + "\nTZ=UTC\nto-stderr\nno-stdin\n", result.output());
      assertFalse(result.ok());
    }

    @Test
    void aRunThatTakesTooLongIsKilledAndFailsTheTest() throws IOException {
      Path tool = script("slow", "echo started\nexec sleep 60\n");
      long start = System.nanoTime();
      AssertionFailedError e =
          assertThrows(
              AssertionFailedError.class,
              () -> Promtool.execute(List.of(tool.toString()), dir, Duration.ofMillis(500)));
      assertTrue(
          Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "the run was not killed");
      assertTrue(
          e.getMessage().contains("did not finish within 500 ms and was killed"), e.getMessage());
      assertTrue(e.getMessage().contains("started"), e.getMessage());
    }
  }
}
