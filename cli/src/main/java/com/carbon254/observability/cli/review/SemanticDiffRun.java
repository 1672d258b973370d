package com.carbon254.observability.cli.review;

import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.review.RenderedFileException;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code diff --semantic}: reads the two sides (git revisions, or what the builders render now),
 * compares them and prints the report. Exit 0 without change, 1 with changes, 2 when a side cannot
 * be read.
 */
public final class SemanticDiffRun {
  public static final String WORKTREE = "working tree";

  private SemanticDiffRun() {}

  /**
   * @param generated the rendered folder in a git working tree, e.g. {@code generated}
   * @param to a revision, or {@code null} for what the builders render now
   * @param render renders the bundles now, or prints their problems and returns empty
   */
  public static int run(
      PrintWriter out,
      PrintWriter err,
      Path generated,
      String from,
      String to,
      ReportFormat format,
      Supplier<Optional<RenderedTree>> render) {
    try {
      GitRevisions git = GitRevisions.of(generated);
      RenderedSnapshot before = snapshot(from, git.read(from));
      RenderedSnapshot after;
      if (to == null) {
        Optional<RenderedTree> tree = render.get();
        if (tree.isEmpty()) {
          err.println(
              "ERROR the bundles do not validate, so there is no working tree to compare; fix the"
                  + " problems above");
          err.flush();
          return 2;
        }
        after = snapshot(WORKTREE, tree.get().files());
      } else {
        after = snapshot(to, git.read(to));
      }
      SemanticReport report = SemanticDiff.compare(from, before, to == null ? WORKTREE : to, after);
      out.print(format.render(report));
      out.flush();
      return report.isEmpty() ? 0 : 1;
    } catch (ReviewInputException e) {
      err.println("ERROR " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  private static RenderedSnapshot snapshot(String side, Map<String, String> files) {
    try {
      return RenderedSnapshot.read(files);
    } catch (RenderedFileException e) {
      String where =
          side.equals(WORKTREE) ? "the rendered working tree" : "revision '" + side + "'";
      throw new ReviewInputException("generated/" + e.getMessage() + " (in " + where + ")");
    }
  }
}
