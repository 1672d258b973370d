package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.render.FileTreeWriter;
import com.carbon254.observability.dsl.render.RenderedTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test access to the committed generated/ folder and to fresh renderings of it. */
final class GeneratedTrees {
  private GeneratedTrees() {}

  /**
   * The committed folder; surefire passes its path, a run from the IDE falls back to ../generated.
   */
  static Path committedFolder() {
    return Path.of(System.getProperty("generated.dir", "../generated"))
        .toAbsolutePath()
        .normalize();
  }

  /** Renders every bundle into a fresh temporary folder, the way {@code generate} would. */
  static Path renderInto(Path directory) throws IOException {
    RenderedTree tree = Rendering.renderAllOrThrow();
    Path out = directory.resolve("generated");
    Files.createDirectories(out);
    new FileTreeWriter(out).write(tree);
    return out;
  }

  static boolean isCi() {
    return Promtool.isCi(System.getenv("CI"));
  }
}
