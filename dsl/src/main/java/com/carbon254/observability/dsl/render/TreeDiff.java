package com.carbon254.observability.dsl.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Line diffs in the unified format of {@code diff -u} and {@code git diff}, for reports that show
 * how a committed generated file differs from what the builders render now. The edit script and the
 * hunks come from java-diff-utils (Myers' algorithm); this class adds what GNU diff prints and the
 * library does not: the {@code \ No newline at end of file} marker and GNU's hunk ranges.
 *
 * <p>"Expected" is the committed file, "actual" is the rendered one, so a line the builders added
 * shows as {@code +} and a line they no longer produce as {@code -}. A {@code null} text is a file
 * that does not exist: its header names {@code /dev/null}. A last line without a line end is
 * followed by {@code \ No newline at end of file}, as in GNU diff, so {@code patch} and {@code git
 * apply} accept the output.
 *
 * <p>The output is deterministic: it depends only on the two texts.
 */
public final class TreeDiff {
  /** Lines of unchanged context {@link #summarize} shows around each change. */
  public static final int SUMMARY_CONTEXT = 3;

  private static final String NO_NEWLINE = "\\ No newline at end of file";
  private static final Pattern HUNK =
      Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  private TreeDiff() {}

  /**
   * The unified diff that turns {@code expected} into {@code actual}, or {@code ""} when they are
   * equal (both {@code null} included).
   *
   * @param path the file's path, shown as {@code a/<path>} and {@code b/<path>}
   * @param expected the committed text, {@code null} when the file does not exist
   * @param actual the rendered text, {@code null} when the file is not rendered
   * @param context lines of unchanged text shown around each change, at least 0
   */
  public static String unified(String path, String expected, String actual, int context) {
    Objects.requireNonNull(path, "path");
    if (context < 0) {
      throw new IllegalArgumentException("context must be at least 0, was " + context);
    }
    if (Objects.equals(expected, actual)) {
      return "";
    }
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            expected == null ? "/dev/null" : "a/" + path,
            actual == null ? "/dev/null" : "b/" + path,
            a,
            shortestPatch(a, b),
            context);
    StringBuilder out = new StringBuilder();
    for (String line : diff) {
      out.append(line.startsWith("@@ ") ? gnuHunkHeader(line) : line).append('\n');
    }
    if (diff.isEmpty()) {
      // Equal lines, different texts: one is missing and the other empty.
      out.append("--- ").append(expected == null ? "/dev/null" : "a/" + path).append('\n');
      out.append("+++ ").append(actual == null ? "/dev/null" : "b/" + path).append('\n');
    }
    return out.toString();
  }

  /**
   * A report of every path whose text differs between {@code committed} and {@code rendered}, or
   * {@code ""} when both hold the same paths with the same texts. The report opens with one line
   * per differing path ({@code added}: rendered but not committed, {@code removed}: committed but
   * no longer rendered, {@code changed}), in path order, followed by each path's unified diff with
   * {@value #SUMMARY_CONTEXT} lines of context, cut after {@code maxLinesPerFile} lines (headers
   * included) with a {@code ... N more lines} marker.
   */
  public static String summarize(
      Map<String, String> committed, Map<String, String> rendered, int maxLinesPerFile) {
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(rendered, "rendered");
    if (maxLinesPerFile < 0) {
      throw new IllegalArgumentException(
          "maxLinesPerFile must be at least 0, was " + maxLinesPerFile);
    }
    TreeSet<String> paths = new TreeSet<>(committed.keySet());
    paths.addAll(rendered.keySet());
    List<String> differing = new ArrayList<>();
    int added = 0;
    int removed = 0;
    int changed = 0;
    StringBuilder list = new StringBuilder();
    for (String path : paths) {
      String before = committed.get(path);
      String after = rendered.get(path);
      if (Objects.equals(before, after)) {
        continue;
      }
      differing.add(path);
      String status;
      if (before == null) {
        status = "added  ";
        added++;
      } else if (after == null) {
        status = "removed";
        removed++;
      } else {
        status = "changed";
        changed++;
      }
      list.append("  ").append(status).append(' ').append(path);
      if (before != null && after != null && before.replace("\r\n", "\n").equals(after)) {
        list.append(" (only line ends differ: the committed file has CRLF line ends)");
      }
      list.append('\n');
    }
    if (differing.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append(differing.size())
        .append(differing.size() == 1 ? " file differs" : " files differ")
        .append(" between committed (a/) and rendered (b/): ")
        .append(added)
        .append(" added, ")
        .append(changed)
        .append(" changed, ")
        .append(removed)
        .append(" removed\n");
    out.append(list);
    for (String path : differing) {
      out.append('\n');
      String diff = unified(path, committed.get(path), rendered.get(path), SUMMARY_CONTEXT);
      out.append(truncate(diff, maxLinesPerFile));
    }
    return out.toString();
  }

  private static String truncate(String diff, int maxLines) {
    int end = 0;
    int shown = 0;
    while (shown < maxLines && end < diff.length()) {
      end = diff.indexOf('\n', end) + 1;
      shown++;
    }
    if (end >= diff.length()) {
      return diff;
    }
    int more = 0;
    for (int k = end; k < diff.length(); k++) {
      if (diff.charAt(k) == '\n') {
        more++;
      }
    }
    return diff.substring(0, end) + "... " + more + (more == 1 ? " more line\n" : " more lines\n");
  }

  // ---------------------------------------------------------------------------------------------
  // What java-diff-utils leaves out

  /**
   * A shortest edit script, fast on large rewrites. Myers' algorithm costs O((N+M)·D), which is
   * minutes for a rewritten 20,000-line file; a line that occurs in only one of the texts can never
   * be matched, so the texts are diffed without such lines (as GNU diff does) and the patch is
   * rebuilt from the matched lines: still a shortest script, at the cost of the lines the texts
   * share.
   */
  private static Patch<String> shortestPatch(List<String> a, List<String> b) {
    Set<String> inA = new HashSet<>(a);
    Set<String> inB = new HashSet<>(b);
    List<Integer> keptA = new ArrayList<>();
    List<Integer> keptB = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (inB.contains(a.get(i))) {
        keptA.add(i);
      }
    }
    for (int j = 0; j < b.size(); j++) {
      if (inA.contains(b.get(j))) {
        keptB.add(j);
      }
    }
    Patch<String> kept =
        DiffUtils.diff(
            keptA.stream().map(a::get).toList(), keptB.stream().map(b::get).toList(), true);
    Patch<String> patch = new Patch<>();
    int doneA = 0;
    int doneB = 0;
    for (AbstractDelta<String> delta : kept.getDeltas()) {
      if (delta.getType() != DeltaType.EQUAL) {
        continue;
      }
      for (int k = 0; k < delta.getSource().size(); k++) {
        int matchA = keptA.get(delta.getSource().getPosition() + k);
        int matchB = keptB.get(delta.getTarget().getPosition() + k);
        addGap(patch, a, b, doneA, matchA, doneB, matchB);
        doneA = matchA + 1;
        doneB = matchB + 1;
      }
    }
    addGap(patch, a, b, doneA, a.size(), doneB, b.size());
    return patch;
  }

  /** The lines between two matched lines: deleted from a, inserted into b, or both. */
  private static void addGap(
      Patch<String> patch, List<String> a, List<String> b, int fromA, int toA, int fromB, int toB) {
    Chunk<String> source = new Chunk<>(fromA, a.subList(fromA, toA));
    Chunk<String> target = new Chunk<>(fromB, b.subList(fromB, toB));
    if (fromA < toA && fromB < toB) {
      patch.addDelta(new ChangeDelta<>(source, target));
    } else if (fromA < toA) {
      patch.addDelta(new DeleteDelta<>(source, target));
    } else if (fromB < toB) {
      patch.addDelta(new InsertDelta<>(source, target));
    }
  }

  /**
   * The text's lines without their line ends. A last line without a line end carries GNU's marker
   * on a line of its own, so it differs from the same line with an end and prints as GNU prints it.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return lines;
    }
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      if (nl < 0) {
        lines.add(text.substring(from) + "\n" + NO_NEWLINE);
        break;
      }
      lines.add(text.substring(from, nl));
      from = nl + 1;
    }
    return lines;
  }

  /**
   * java-diff-utils writes {@code @@ -1,0 +1,2 @@} and {@code -3,1}; GNU diff and {@code patch}
   * write an empty range as the line before it ({@code -0,0}) and a one-line range without count.
   */
  private static String gnuHunkHeader(String header) {
    java.util.regex.Matcher m = HUNK.matcher(header);
    if (!m.matches()) {
      throw new IllegalStateException("unexpected hunk header from java-diff-utils: " + header);
    }
    return "@@ -" + range(m.group(1), m.group(2)) + " +" + range(m.group(3), m.group(4)) + " @@";
  }

  private static String range(String start, String count) {
    int s = Integer.parseInt(start);
    int c = count == null ? 1 : Integer.parseInt(count);
    if (c == 0) {
      return Math.max(0, s - 1) + ",0";
    }
    return c == 1 ? String.valueOf(s) : s + "," + c;
  }
}
