package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.platform.Platform;
import com.carbon254.observability.dsl.platform.PlatformRenderer;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.rules.RunbookSite;
import com.carbon254.observability.dsl.validation.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Finds, validates and renders every bundle; the one path all commands and tests share. */
public final class Rendering {
  private static Platform discovered;

  private Rendering() {}

  /**
   * The build's runbook site: the root pom's {@code runbook.base.url} and {@code grafana.base.url}.
   */
  public static RunbookSite buildSite() {
    return new RunbookSite(BuildSettings.runbookBaseUrl(), BuildSettings.grafanaBaseUrl());
  }

  /** The rendered tree, or empty after printing every problem to {@code err}. */
  public static Optional<RenderedTree> renderAll(PrintWriter err, RunbookSite site) {
    return render(discovered(), err, site);
  }

  /** The rendered tree with the build's runbook site, or empty after printing every problem. */
  public static Optional<RenderedTree> renderAll(PrintWriter err) {
    return renderAll(err, buildSite());
  }

  /** Renders the given bundles, or prints every problem and returns empty. */
  public static Optional<RenderedTree> renderAll(List<? extends Bundle> bundles, PrintWriter err) {
    return render(Platform.define(bundles), err, buildSite());
  }

  /** The bundles on the classpath, defined and validated; what lint reads silences from. */
  static Platform platform() {
    return discovered();
  }

  /**
   * The bundles on the classpath, defined once per JVM: a bundle class whose static initialiser
   * failed cannot be defined again (the JVM only says "Could not initialize class"), so every
   * caller must see the problems of the first definition.
   */
  private static synchronized Platform discovered() {
    if (discovered == null) {
      discovered = Platform.define(BundleLoader.load());
    }
    return discovered;
  }

  private static Optional<RenderedTree> render(
      Platform platform, PrintWriter err, RunbookSite site) {
    if (!platform.isValid()) {
      for (Problem problem : platform.problems()) {
        err.println("ERROR " + problem.line());
      }
      err.println(platform.problems().size() + " problem(s) in the bundles; nothing was written.");
      err.flush();
      return Optional.empty();
    }
    return Optional.of(PlatformRenderer.render(platform, site));
  }

  /** Same as {@link #renderAll(PrintWriter)}, failing loudly: for tests. */
  public static RenderedTree renderAllOrThrow() {
    java.io.StringWriter problems = new java.io.StringWriter();
    return renderAll(new PrintWriter(problems))
        .orElseThrow(() -> new IllegalStateException("bundles do not validate:\n" + problems));
  }
}
