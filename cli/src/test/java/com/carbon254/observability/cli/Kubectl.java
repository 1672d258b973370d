package com.carbon254.observability.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code kubectl kustomize} from tests, with the same policy as {@link Promtool}: missing on
 * CI fails the test, missing elsewhere warns and aborts it; every run has a timeout of {@link
 * Promtool#TIMEOUT}, no stdin and {@code TZ=UTC}. Only offline subcommands are offered: a test
 * never talks to a cluster.
 */
public final class Kubectl {
  public static final String NAME = "kubectl";

  private final Path executable;

  private Kubectl(Path executable) {
    this.executable = executable;
  }

  /** kubectl, or a failed (on CI) or aborted (elsewhere) test when it is not on PATH. */
  public static Kubectl require() {
    return new Kubectl(
        Promtool.requireTool(NAME, Promtool.onPath(NAME), System.getenv("CI"), System.err));
  }

  /**
   * {@code kubectl kustomize <directory>}: the manifests the directory builds. stderr is merged
   * into the output, so a warning kustomize prints makes the output fail to parse, and shows in the
   * failure.
   */
  public Promtool.Result kustomize(Path directory) {
    return Promtool.execute(
        List.of(executable.toString(), "kustomize", directory.toString()),
        Promtool.currentDirectory(),
        Promtool.TIMEOUT);
  }
}
