package com.carbon254.observability.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs Alertmanager's {@code amtool} from tests, with the same policy as {@link Promtool}: missing
 * on CI fails the test, missing elsewhere warns and aborts it; every run has a timeout of {@link
 * Promtool#TIMEOUT}, no stdin, merged stderr and {@code TZ=UTC}.
 */
public final class Amtool {
  public static final String NAME = "amtool";

  private final Path executable;
  private final Path workingDirectory;

  private Amtool(Path executable, Path workingDirectory) {
    this.executable = executable;
    this.workingDirectory = workingDirectory;
  }

  /** amtool, or a failed (on CI) or aborted (elsewhere) test when it is not on PATH. */
  public static Amtool require() {
    Path found = Promtool.requireTool(NAME, Promtool.onPath(NAME), System.getenv("CI"), System.err);
    return new Amtool(found, Promtool.currentDirectory());
  }

  /** amtool if it is on PATH. */
  public static Optional<Amtool> find() {
    return Promtool.onPath(NAME).map(path -> new Amtool(path, Promtool.currentDirectory()));
  }

  /** The same amtool, running in {@code directory}. */
  public Amtool in(Path directory) {
    return new Amtool(executable, directory.toAbsolutePath().normalize());
  }

  public Path executable() {
    return executable;
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  /** {@code amtool check-config <files>}: validates Alertmanager configuration files. */
  public Promtool.Result checkConfig(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException(NAME + " check-config needs at least one file");
    }
    List<String> arguments = new ArrayList<>(List.of("check-config"));
    files.forEach(file -> arguments.add(file.toString()));
    return run(arguments.toArray(new String[0]));
  }

  /** Any amtool command that works offline, e.g. {@code run("--version")}. */
  public Promtool.Result run(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(arguments));
    return Promtool.execute(command, workingDirectory, Promtool.TIMEOUT);
  }
}
