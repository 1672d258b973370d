package com.carbon254.observability.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.render.RenderedTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --semantic} against a real git repository: revisions, the working tree, bad input.
 */
class SemanticDiffCommandTest {
  @TempDir Path repo;

  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void history() throws Exception {
    git("init", "-q", "-b", "main");
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    commit("a commit before generated/ existed");
    write(Trees.base());
    commit("generated/ as the builders rendered it");
    write(Trees.edit(Trees.base(), Trees.ALERTS, "[5m])) > 0.02", "[5m])) > 0.03"));
    commit("raise the 5m threshold");
  }

  @Test
  void comparesTwoRevisions() {
    Run run = semantic("HEAD~1", "HEAD", null);
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(
"""
semantic diff of generated/: HEAD~1 → HEAD
alerts:
  ~ alert ALERT_GATEWAY_HIGH_ERROR_RATE: threshold 0.02 → 0.03 (5m clause); severity page (unchanged)
1 change
""",
        run.out());
  }

  @Test
  void noChangeExitsZero() {
    Run run = semantic("HEAD", "HEAD", null);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("no semantic change in generated/: HEAD → HEAD\n", run.out());
  }

  @Test
  void comparesARevisionWithWhatTheBuildersRenderNow() {
    RenderedTree now = new RenderedTree();
    Trees.edit(Trees.base(), Trees.ALERTS, "for: 2m", "for: 3m").forEach(now::add);
    Run run = semantic("HEAD~1", null, now);
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("semantic diff of generated/: HEAD~1 → working tree\n"), run.out());
    assertTrue(
        run.out()
            .contains(
                "~ alert ALERT_GATEWAY_HIGH_ERROR_RATE: for 2m → 3m; severity page (unchanged)"),
        run.out());
  }

  @Test
  void bundlesThatDoNotValidateExitTwo() {
    Run run = semantic("HEAD", null, null);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void anUnknownRevisionIsOneLineAndExitTwo() {
    Run run = semantic("no-such-branch", "HEAD", null);
    assertEquals(2, run.exitCode());
    assertEquals(
        List.of(
            "ERROR unknown revision 'no-such-branch' in "
                + topLevel()
                + " (git rev-parse finds no commit by that name)"),
        run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void aRevisionWithoutGeneratedIsOneLineAndExitTwo() {
    Run run = semantic("HEAD~2", "HEAD", null);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("ERROR revision 'HEAD~2' ("), run.err());
    assertTrue(run.err().contains(") has no generated/ folder"), run.err());
  }

  @Test
  void aCorruptRenderedFileIsOneLineAndExitTwo() throws Exception {
    Files.writeString(repo.resolve("generated/" + Trees.DASHBOARD), "{\"panels\": [\n");
    commit("a truncated dashboard");
    Run run = semantic("HEAD~1", "HEAD", null);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "ERROR generated/dashboards/access/gateway_overview.json: is not valid JSON ("),
        run.err());
    assertTrue(run.err().strip().endsWith("(in revision 'HEAD')"), run.err());
  }

  @Test
  void aRuleThatIsNotPromqlIsCorrupt() throws Exception {
    write(Trees.edit(Trees.base(), Trees.ALERTS, "[5m])) > 0.02", "[5m])) > > 0.02"));
    commit("a broken expression");
    Run run = semantic("HEAD~1", "HEAD", null);
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "ERROR generated/alerts/RED/gateway_red.yaml: alert"
                    + " 'ALERT_GATEWAY_HIGH_ERROR_RATE': expr is not PromQL: "),
        run.err());
  }

  @Test
  void theCommandLineTakesFormatsAndRefusesBadOnes() {
    Run markdown =
        cli(
            "diff",
            "--semantic",
            "--out",
            repo.resolve("generated").toString(),
            "--from",
            "HEAD~1",
            "--to",
            "HEAD",
            "--format",
            "markdown");
    assertEquals(1, markdown.exitCode(), markdown.err());
    assertTrue(
        markdown.out().startsWith("### Semantic diff of `generated/`: `HEAD~1` → `HEAD`"),
        markdown.out());
    Run json =
        cli(
            "diff",
            "--semantic",
            "--out",
            repo.resolve("generated").toString(),
            "--from",
            "HEAD~1",
            "--to",
            "HEAD",
            "--format",
            "json");
    assertTrue(json.out().contains("\"threshold 0.02 → 0.03 (5m clause)\""), json.out());
    Run both =
        cli(
            "diff",
            "--semantic",
            "--out",
            repo.resolve("generated").toString(),
            "--to",
            "HEAD",
            "--worktree");
    assertEquals(2, both.exitCode());
    Run format =
        cli(
            "diff",
            "--semantic",
            "--out",
            repo.resolve("generated").toString(),
            "--format",
            "html");
    assertEquals(2, format.exitCode());
    assertTrue(
        format.err().contains("'html' is not a format; use text, markdown or json"), format.err());
  }

  private Run semantic(String from, String to, RenderedTree now) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err);
    int code =
        SemanticDiffRun.run(
            new PrintWriter(out),
            errWriter,
            repo.resolve("generated"),
            from,
            to,
            ReportFormat.TEXT,
            () -> Optional.ofNullable(now));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine line = com.carbon254.observability.cli.ObservabilityCliAccess.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return new Run(line.execute(args), out.toString(), err.toString());
  }

  private String topLevel() {
    try {
      return repo.toRealPath().toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = repo.resolve("generated").resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private void commit(String message) throws Exception {
    git("add", "-A");
    git(
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@example.com",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        message);
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
  }
}
