package com.carbon254.observability.dsl.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Line diffs in the unified format of {@code diff -u} and {@code git diff}, for reports that show
 * how a committed generated file differs from what the builders render now.
 *
 * <p>"Expected" is the committed file, "actual" is the rendered one, so a line the builders added
 * shows as {@code +} and a line they no longer produce as {@code -}. A {@code null} text is a file
 * that does not exist: its header names {@code /dev/null}. A last line without a line end is
 * followed by {@code \ No newline at end of file}, as in GNU diff, so {@code patch} and {@code git
 * apply} accept the output.
 *
 * <p>The edit script is a shortest one, found with Myers' linear-space O(ND) algorithm after
 * trimming the common head and tail, so large files with small changes diff fast. The output is
 * deterministic: it depends only on the two texts.
 */
public final class UnifiedDiff {
  /** Lines of unchanged context {@link #summarize} shows around each change. */
  public static final int SUMMARY_CONTEXT = 3;

  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private UnifiedDiff() {}

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
    String[] a = lines(expected);
    String[] b = lines(actual);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(expected == null ? "/dev/null" : "a/" + path).append('\n');
    out.append("+++ ").append(actual == null ? "/dev/null" : "b/" + path).append('\n');
    List<Op> ops = editScript(a, b);
    // Indices into ops of the changes; hunks group changes whose gap is at most 2 * context.
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == Kind.EQUAL) {
        i++;
        continue;
      }
      int firstChange = i;
      int lastChange = i;
      int j = i + 1;
      int equalRun = 0;
      while (j < ops.size()) {
        if (ops.get(j).kind == Kind.EQUAL) {
          equalRun++;
          if (equalRun > 2 * context) {
            break;
          }
        } else {
          lastChange = j;
          equalRun = 0;
        }
        j++;
      }
      int start = Math.max(0, firstChange - context);
      int end = Math.min(ops.size(), lastChange + 1 + context);
      appendHunk(out, ops.subList(start, end), a, b);
      i = lastChange + 1;
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
      throw new IllegalArgumentException("maxLinesPerFile must be at least 0, was " + maxLinesPerFile);
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
  // Lines and hunks

  /** The text's lines, each with its {@code \n} if it has one; a missing file has none. */
  static String[] lines(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl + 1;
      lines.add(text.substring(from, to));
      from = to;
    }
    return lines.toArray(new String[0]);
  }

  private enum Kind {
    EQUAL,
    DELETE,
    INSERT
  }

  /**
   * One line of the edit script. {@code aIndex} / {@code bIndex} are the 0-based lines it shows,
   * -1 on the side it is absent from; {@code aBefore} / {@code bBefore} count the lines of each side
   * that precede it, which places a hunk that is empty on one side.
   */
  private static final class Op {
    final Kind kind;
    final int aIndex;
    final int bIndex;
    final int aBefore;
    final int bBefore;

    Op(Kind kind, int aIndex, int bIndex, int aBefore, int bBefore) {
      this.kind = kind;
      this.aIndex = aIndex;
      this.bIndex = bIndex;
      this.aBefore = aBefore;
      this.bBefore = bBefore;
    }
  }

  private static void appendHunk(StringBuilder out, List<Op> hunk, String[] a, String[] b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (Op op : hunk) {
      if (op.aIndex >= 0) {
        if (aStart < 0) {
          aStart = op.aIndex;
        }
        aCount++;
      }
      if (op.bIndex >= 0) {
        if (bStart < 0) {
          bStart = op.bIndex;
        }
        bCount++;
      }
    }
    int aBefore = hunk.get(0).aBefore;
    int bBefore = hunk.get(0).bBefore;
    out.append("@@ -")
        .append(range(aStart, aCount, aBefore))
        .append(" +")
        .append(range(bStart, bCount, bBefore))
        .append(" @@\n");
    for (Op op : hunk) {
      String line;
      char prefix;
      switch (op.kind) {
        case EQUAL:
          prefix = ' ';
          line = a[op.aIndex];
          break;
        case DELETE:
          prefix = '-';
          line = a[op.aIndex];
          break;
        default:
          prefix = '+';
          line = b[op.bIndex];
          break;
      }
      out.append(prefix);
      if (line.endsWith("\n")) {
        out.append(line);
      } else {
        out.append(line).append('\n').append(NO_NEWLINE).append('\n');
      }
    }
  }

  /** GNU/git range: "start,count", "start" alone when the count is 1, "before,0" when empty. */
  private static String range(int start, int count, int before) {
    if (count == 0) {
      return before + ",0";
    }
    if (count == 1) {
      return Integer.toString(start + 1);
    }
    return (start + 1) + "," + count;
  }

  // ---------------------------------------------------------------------------------------------
  // The edit script

  /**
   * The shortest edit script from {@code a} to {@code b}, as a sequence of EQUAL/DELETE/INSERT
   * lines; within each run of changes all deletions come before all insertions.
   */
  private static List<Op> editScript(String[] a, String[] b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = new int[a.length];
    int[] y = new int[b.length];
    for (int k = 0; k < a.length; k++) {
      x[k] = ids.computeIfAbsent(a[k], s -> ids.size());
    }
    for (int k = 0; k < b.length; k++) {
      y[k] = ids.computeIfAbsent(b[k], s -> ids.size());
    }
    boolean[] deleted = new boolean[a.length];
    boolean[] inserted = new boolean[b.length];
    boolean[] inA = new boolean[ids.size()];
    for (int id : x) {
      inA[id] = true;
    }
    boolean shared = false;
    for (int id : y) {
      shared |= inA[id];
    }
    if (shared) {
      new Myers(x, y, deleted, inserted).diff(0, a.length, 0, b.length);
    } else {
      // A rewrite with no line in common: the search would try every path before giving up.
      Arrays.fill(deleted, true);
      Arrays.fill(inserted, true);
    }

    List<Op> ops = new ArrayList<>(a.length + b.length);
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && !deleted[i] && !inserted[j]) {
        ops.add(new Op(Kind.EQUAL, i, j, i, j));
        i++;
        j++;
        continue;
      }
      int aAt = i;
      int bAt = j;
      while (i < a.length && deleted[i]) {
        ops.add(new Op(Kind.DELETE, i, -1, i, j));
        i++;
      }
      while (j < b.length && inserted[j]) {
        ops.add(new Op(Kind.INSERT, -1, j, i, j));
        j++;
      }
      if (i == aAt && j == bAt) {
        throw new IllegalStateException("diff out of step at line " + (i + 1) + " / " + (j + 1));
      }
    }
    return ops;
  }

  /**
   * Myers' linear-space algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986, section
   * 4b): find the middle snake of the shortest edit script with a forward and a reverse search,
   * then solve both halves. Marks every line of {@code a} that is deleted and of {@code b} that is
   * inserted.
   */
  private static final class Myers {
    private final int[] a;
    private final int[] b;
    private final boolean[] deleted;
    private final boolean[] inserted;

    Myers(int[] a, int[] b, boolean[] deleted, boolean[] inserted) {
      this.a = a;
      this.b = b;
      this.deleted = deleted;
      this.inserted = inserted;
    }

    void diff(int aLo, int aHi, int bLo, int bHi) {
      while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
        aLo++;
        bLo++;
      }
      while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
        aHi--;
        bHi--;
      }
      if (aLo == aHi) {
        Arrays.fill(inserted, bLo, bHi, true);
        return;
      }
      if (bLo == bHi) {
        Arrays.fill(deleted, aLo, aHi, true);
        return;
      }
      int[] split = middleSnake(aLo, aHi, bLo, bHi);
      if (split == null) {
        Arrays.fill(deleted, aLo, aHi, true);
        Arrays.fill(inserted, bLo, bHi, true);
        return;
      }
      diff(aLo, split[0], bLo, split[1]);
      diff(split[0], aHi, split[1], bHi);
    }

    /**
     * A point (x, y) on a shortest edit path, strictly inside the box when the box holds any
     * common line, so both halves are smaller; {@code null} when the ranges share no line.
     */
    private int[] middleSnake(int aLo, int aHi, int bLo, int bHi) {
      int n = aHi - aLo;
      int m = bHi - bLo;
      int maxD = (n + m + 1) / 2;
      int offset = maxD;
      int size = 2 * maxD + 2;
      int[] forward = new int[size];
      int[] reverse = new int[size];
      Arrays.fill(forward, -1);
      Arrays.fill(reverse, -1);
      forward[offset + 1] = 0;
      reverse[offset + 1] = 0;
      int delta = n - m;
      boolean oddDelta = (delta & 1) != 0;
      int kForwardStart = 0;
      int kForwardEnd = 0;
      int kReverseStart = 0;
      int kReverseEnd = 0;
      for (int d = 0; d < maxD; d++) {
        for (int k = -d + kForwardStart; k <= d - kForwardEnd; k += 2) {
          int kOffset = offset + k;
          int x;
          if (k == -d || (k != d && forward[kOffset - 1] < forward[kOffset + 1])) {
            x = forward[kOffset + 1];
          } else {
            x = forward[kOffset - 1] + 1;
          }
          int y = x - k;
          while (x < n && y < m && a[aLo + x] == b[bLo + y]) {
            x++;
            y++;
          }
          forward[kOffset] = x;
          if (x > n) {
            kForwardEnd += 2; // ran off the right of the box
          } else if (y > m) {
            kForwardStart += 2; // ran off the bottom of the box
          } else if (oddDelta) {
            int rOffset = offset + delta - k;
            if (rOffset >= 0 && rOffset < size && reverse[rOffset] != -1) {
              int xReverse = n - reverse[rOffset];
              if (x >= xReverse) {
                return new int[] {aLo + x, bLo + y};
              }
            }
          }
        }
        for (int k = -d + kReverseStart; k <= d - kReverseEnd; k += 2) {
          int kOffset = offset + k;
          int x;
          if (k == -d || (k != d && reverse[kOffset - 1] < reverse[kOffset + 1])) {
            x = reverse[kOffset + 1];
          } else {
            x = reverse[kOffset - 1] + 1;
          }
          int y = x - k;
          while (x < n && y < m && a[aHi - 1 - x] == b[bHi - 1 - y]) {
            x++;
            y++;
          }
          reverse[kOffset] = x;
          if (x > n) {
            kReverseEnd += 2;
          } else if (y > m) {
            kReverseStart += 2;
          } else if (!oddDelta) {
            int fOffset = offset + delta - k;
            if (fOffset >= 0 && fOffset < size && forward[fOffset] != -1) {
              int xForward = forward[fOffset];
              int yForward = offset + xForward - fOffset;
              if (xForward >= n - x) {
                return new int[] {aLo + xForward, bLo + yForward};
              }
            }
          }
        }
      }
      return null;
    }
  }
}
