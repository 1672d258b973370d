package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Prometheus' {@code promtool} from tests: {@code promtool check rules} over rule files and
 * {@code promtool test rules} over unit-test files.
 *
 * <p>{@link #require()} is the entry point. When promtool is not on {@code PATH} it fails the test
 * if the environment variable {@code CI} is {@code true} (CI must never silently skip a check), and
 * otherwise prints a warning to stderr and aborts the test, which JUnit reports as skipped. {@code
 * scripts/install-tools.sh} installs it.
 *
 * <p>Each run has a timeout of {@link #TIMEOUT}, no stdin, stderr merged into stdout, and {@code
 * TZ=UTC} in its environment; relative paths resolve against the {@linkplain #in working
 * directory}, by default the one the tests run in. {@link Amtool} works the same way and shares the
 * machinery here.
 */
public final class Promtool {
  public static final String NAME = "promtool";

  /**
   * The longest a single tool run may take before the test fails: a guard against a hung tool, not
   * a performance bound. The whole promtool suite takes about a minute on an idle 2-core machine
   * but several on a loaded one, where two minutes failed healthy runs.
   */
  public static final Duration TIMEOUT = Duration.ofMinutes(10);

  /** What a run of an external tool did. */
  public record Result(List<String> command, int exitCode, String output) {
    public Result {
      command = List.copyOf(command);
      Objects.requireNonNull(output, "output");
    }

    public boolean ok() {
      return exitCode == 0;
    }

    /** Fails the test, showing the command and everything it printed, unless it exited with 0. */
    public Result assertOk() {
      if (!ok()) {
        fail(describe());
      }
      return this;
    }

    /** Fails the test unless the run exited with a non-zero code. */
    public Result assertFailed() {
      if (ok()) {
        fail("expected a non-zero exit code from " + describe());
      }
      return this;
    }

    /** The command line, its exit code and its output, for failure messages. */
    public String describe() {
      String program = Path.of(command.get(0)).getFileName().toString();
      List<String> shown = new ArrayList<>(command);
      shown.set(0, program);
      return "`" + String.join(" ", shown) + "` exited with " + exitCode + ":\n" + output;
    }
  }

  private final Path executable;
  private final Path workingDirectory;

  private Promtool(Path executable, Path workingDirectory) {
    this.executable = executable;
    this.workingDirectory = workingDirectory;
  }

  /** promtool, or a failed (on CI) or aborted (elsewhere) test when it is not on PATH. */
  public static Promtool require() {
    Path found = requireTool(NAME, onPath(NAME), System.getenv("CI"), System.err);
    return new Promtool(found, currentDirectory());
  }

  /** promtool if it is on PATH; for tests that want to decide themselves. */
  public static Optional<Promtool> find() {
    return onPath(NAME).map(path -> new Promtool(path, currentDirectory()));
  }

  /** The same promtool, running in {@code directory}. */
  public Promtool in(Path directory) {
    return new Promtool(executable, directory.toAbsolutePath().normalize());
  }

  public Path executable() {
    return executable;
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  /** {@code promtool check rules <files>}: syntax, PromQL and duplicate checks of rule files. */
  public Result checkRules(List<Path> files) {
    return run("check", "rules", files);
  }

  /**
   * {@code promtool test rules <testFiles>}: runs rule unit tests. promtool reads each test file's
   * {@code rule_files} relative to that test file's folder.
   */
  public Result testRules(List<Path> testFiles) {
    return run("test", "rules", testFiles);
  }

  /** Any promtool command, e.g. {@code run("--version")}. */
  public Result run(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(arguments));
    return execute(command, workingDirectory, TIMEOUT);
  }

  private Result run(String command, String subcommand, List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          NAME + " " + command + " " + subcommand + " needs at least one file");
    }
    List<String> arguments = new ArrayList<>(List.of(command, subcommand));
    files.forEach(file -> arguments.add(file.toString()));
    return run(arguments.toArray(new String[0]));
  }

  // -----------------------------------------------------------------------------------------------
  // Shared with Amtool: finding a tool, the CI policy, running a process.

  static Path currentDirectory() {
    return Path.of("").toAbsolutePath();
  }

  /** The first executable file called {@code name} in the folders of {@code PATH}. */
  static Optional<Path> onPath(String name) {
    return onPath(name, System.getenv("PATH"));
  }

  static Optional<Path> onPath(String name, String pathVariable) {
    if (pathVariable == null || pathVariable.isEmpty()) {
      return Optional.empty();
    }
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    List<String> names = windows ? List.of(name + ".exe", name) : List.of(name);
    for (String folder : pathVariable.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue; // an empty entry means "the current folder"; a test must not depend on that
      }
      for (String candidateName : names) {
        Path candidate;
        try {
          candidate = Path.of(folder, candidateName);
        } catch (java.nio.file.InvalidPathException e) {
          continue;
        }
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate.toAbsolutePath());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * CI services set CI to true, 1 or their own name; only unset, empty, false and 0 mean not CI.
   */
  static boolean isCi(String ciVariable) {
    if (ciVariable == null) {
      return false;
    }
    String value = ciVariable.trim().toLowerCase(java.util.Locale.ROOT);
    return !value.isEmpty() && !value.equals("false") && !value.equals("0");
  }

  /**
   * The tool's path; when it was not found, fails the test on CI ({@code ciVariable} is {@code
   * true}) and elsewhere prints a warning to {@code err} and aborts the test.
   */
  static Path requireTool(String name, Optional<Path> found, String ciVariable, PrintStream err) {
    if (found.isPresent()) {
      return found.get();
    }
    if (isCi(ciVariable)) {
      return fail(name + " not found on PATH; CI requires it: run scripts/install-tools.sh");
    }
    err.println(
        "WARNING: "
            + name
            + " not found; skipping "
            + name
            + " checks. Install with scripts/install-tools.sh");
    err.flush();
    Assumptions.abort(
        name
            + " not found on PATH; skipping "
            + name
            + " checks. Install with scripts/install-tools.sh");
    throw new AssertionError("unreachable: Assumptions.abort returned");
  }

  /**
   * Runs {@code command} in {@code workingDirectory} with {@code TZ=UTC}, no stdin and stderr
   * merged into stdout; fails the test if it cannot start or does not finish within {@code
   * timeout}.
   */
  static Result execute(List<String> command, Path workingDirectory, Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.directory(workingDirectory.toFile());
    builder.redirectErrorStream(true);
    builder.environment().put("TZ", "UTC");
    String shown = command.stream().collect(Collectors.joining(" "));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return fail("cannot run `" + shown + "` in " + workingDirectory + ": " + e.getMessage(), e);
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
              } catch (IOException e) {
                // The process was killed after a timeout; what was read so far is kept.
              }
            },
            "output of " + Path.of(command.get(0)).getFileName());
    reader.setDaemon(true);
    reader.start();
    try {
      process.getOutputStream().close(); // no stdin: a tool that waits for input ends at once
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return fail(
            "`"
                + shown
                + "` did not finish within "
                + describe(timeout)
                + " and was killed; its output so far:\n"
                + output.toString(StandardCharsets.UTF_8));
      }
      reader.join();
    } catch (IOException e) {
      kill(process);
      return fail("cannot close the stdin of `" + shown + "`: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return fail("interrupted while running `" + shown + "`", e);
    }
    return new Result(command, process.exitValue(), output.toString(StandardCharsets.UTF_8));
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 60_000 == 0) {
      return millis / 60_000 + " min";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
