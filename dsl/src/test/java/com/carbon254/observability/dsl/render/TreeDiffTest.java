package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Exact outputs are those of GNU {@code diff -u --label a/p --label b/p} for the same inputs, so a
 * reader can check them with the diff they know.
 */
class TreeDiffTest {

  private static String numbers(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append(i).append('\n');
    }
    return s.toString();
  }

  @Nested
  class Unified {
    @Test
    void equalTextsHaveNoDiff() {
      assertEquals("", TreeDiff.unified("p", "a\nb\n", "a\nb\n", 3));
      assertEquals("", TreeDiff.unified("p", "", "", 3));
      assertEquals("", TreeDiff.unified("p", null, null, 3));
    }

    @Test
    void oneChangedLineWithThreeLinesOfContext() {
      String expected = numbers(1, 10);
      String actual = expected.replace("5\n", "five\n");
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -2,7 +2,7 @@
           2
           3
           4
          -5
          +five
           6
           7
           8
          """,
          TreeDiff.unified("p", expected, actual, 3));
    }

    @Test
    void changesAtMostTwiceTheContextApartShareAHunk() {
      // 3 and 10 are 6 lines apart (one hunk); 10 and 18 are 7 apart (two hunks).
      String expected = numbers(1, 20);
      String actual =
          expected
              .replace("\n3\n", "\nthree\n")
              .replace("\n10\n", "\nten\n")
              .replace("\n18\n", "\neighteen\n");
      assertEquals(
          """
          --- a/dashboards/access/gateway.json
          +++ b/dashboards/access/gateway.json
          @@ -1,13 +1,13 @@
           1
           2
          -3
          +three
           4
           5
           6
           7
           8
           9
          -10
          +ten
           11
           12
           13
          @@ -15,6 +15,6 @@
           15
           16
           17
          -18
          +eighteen
           19
           20
          """,
          TreeDiff.unified("dashboards/access/gateway.json", expected, actual, 3));
    }

    @Test
    void deletionsComeBeforeInsertionsInAChange() {
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -1,4 +1,4 @@
           a
          -b
          -c
          +B
          +C
           d
          """,
          TreeDiff.unified("p", "a\nb\nc\nd\n", "a\nB\nC\nd\n", 3));
    }

    @Test
    void aMissingCommittedFileIsDevNull() {
      assertEquals(
          """
          --- /dev/null
          +++ b/alerts/RED/new.yaml
          @@ -0,0 +1,2 @@
          +groups:
          +- name: x
          """,
          TreeDiff.unified("alerts/RED/new.yaml", null, "groups:\n- name: x\n", 3));
    }

    @Test
    void aFileNoLongerRenderedIsDevNull() {
      assertEquals(
          """
          --- a/old.yaml
          +++ /dev/null
          @@ -1,2 +0,0 @@
          -a
          -b
          """,
          TreeDiff.unified("old.yaml", "a\nb\n", null, 3));
    }

    @Test
    void oneLineRangesOmitTheCount() {
      assertEquals(
          """
          --- a/p
          +++ /dev/null
          @@ -1 +0,0 @@
          -x
          """,
          TreeDiff.unified("p", "x\n", null, 3));
    }

    @Test
    void anEmptyFileHasNoLines() {
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -0,0 +1 @@
          +x
          """,
          TreeDiff.unified("p", "", "x\n", 3));
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -1 +0,0 @@
          -x
          """,
          TreeDiff.unified("p", "x\n", "", 3));
    }

    @Test
    void aMissingFileAndAnEmptyFileDifferOnlyInTheHeader() {
      assertEquals("--- /dev/null\n+++ b/p\n", TreeDiff.unified("p", null, "", 3));
      assertEquals("--- a/p\n+++ /dev/null\n", TreeDiff.unified("p", "", null, 3));
    }

    @Test
    void aLastLineWithoutALineEndIsMarked() {
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -1,2 +1,2 @@
           a
          -b
          \\ No newline at end of file
          +b
          """,
          TreeDiff.unified("p", "a\nb", "a\nb\n", 3));
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -1,2 +1,2 @@
           a
          -b
          +c
          \\ No newline at end of file
          """,
          TreeDiff.unified("p", "a\nb\n", "a\nc", 3));
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -1,2 +1,2 @@
          -a
          +z
           b
          \\ No newline at end of file
          """,
          TreeDiff.unified("p", "a\nb", "z\nb", 3));
    }

    @Test
    void withoutContextAnInsertionNamesTheLineItFollows() {
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -2,0 +3 @@
          +X
          """,
          TreeDiff.unified("p", "a\nb\nc\n", "a\nb\nX\nc\n", 0));
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -2 +1,0 @@
          -b
          """,
          TreeDiff.unified("p", "a\nb\nc\n", "a\nc\n", 0));
    }

    @Test
    void aMovedLineIsOneDeletionAndOneInsertion() {
      assertEquals(
          """
          --- a/p
          +++ b/p
          @@ -1,4 +1,4 @@
           a
          -b
           c
           d
          +b
          """,
          TreeDiff.unified("p", "a\nb\nc\nd\n", "a\nc\nd\nb\n", 3));
    }

    @Test
    void negativeContextIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TreeDiff.unified("p", "a", "b", -1));
      assertEquals("context must be at least 0, was -1", e.getMessage());
    }

    @Test
    void randomTextsGiveAShortestDiffThatPatchesExpectedIntoActual() {
      Random random = new Random(254);
      for (int round = 0; round < 3000; round++) {
        String expected = randomText(random);
        String actual = randomText(random);
        int context = random.nextInt(4);
        String diff = TreeDiff.unified("p", expected, actual, context);
        String where =
            "expected=" + show(expected) + " actual=" + show(actual) + " context=" + context;
        assertEquals(actual, Patch.apply(expected, diff), () -> where + "\n" + diff);
        String[] a = linesWithEnds(expected);
        String[] b = linesWithEnds(actual);
        int shortest = a.length + b.length - 2 * lcs(a, b);
        assertEquals(
            shortest,
            changedLines(diff),
            () -> "not a shortest edit script, " + where + "\n" + diff);
      }
    }

    @Test
    void largeFilesDiffQuickly() {
      StringBuilder expected = new StringBuilder();
      StringBuilder rewritten = new StringBuilder();
      StringBuilder edited = new StringBuilder();
      for (int i = 0; i < 20_000; i++) {
        expected.append("  \"line\": ").append(i).append(",\n");
        rewritten.append("  \"other\": ").append(i).append(",\n");
        edited.append(i % 97 == 0 ? "  \"edited\": " : "  \"line\": ").append(i).append(",\n");
      }
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            String small = TreeDiff.unified("p", expected.toString(), edited.toString(), 3);
            assertEquals(2 * 207, changedLines(small));
            String all = TreeDiff.unified("p", expected.toString(), rewritten.toString(), 3);
            assertEquals(40_000, changedLines(all));
          });
    }
  }

  @Nested
  class Summarize {
    @Test
    void equalTreesGiveAnEmptyReport() {
      Map<String, String> files = Map.of("a.yaml", "a\n", "b.json", "{}\n");
      assertEquals("", TreeDiff.summarize(files, new TreeMap<>(files), 10));
      assertEquals("", TreeDiff.summarize(Map.of(), Map.of(), 10));
    }

    @Test
    void listsEachAddedRemovedAndChangedPathWithItsDiff() {
      Map<String, String> committed = new LinkedHashMap<>();
      committed.put("unchanged.yaml", "same\n");
      committed.put("z/removed.yaml", "gone\n");
      committed.put("alerts/changed.yaml", "a\nb\nc\n");
      Map<String, String> rendered = new LinkedHashMap<>();
      rendered.put("unchanged.yaml", "same\n");
      rendered.put("alerts/changed.yaml", "a\nB\nc\n");
      rendered.put("dashboards/added.json", "{\n}\n");
      assertEquals(
          """
          3 files differ between committed (a/) and rendered (b/): 1 added, 1 changed, 1 removed
            changed alerts/changed.yaml
            added   dashboards/added.json
            removed z/removed.yaml

          --- a/alerts/changed.yaml
          +++ b/alerts/changed.yaml
          @@ -1,3 +1,3 @@
           a
          -b
          +B
           c

          --- /dev/null
          +++ b/dashboards/added.json
          @@ -0,0 +1,2 @@
          +{
          +}

          --- a/z/removed.yaml
          +++ /dev/null
          @@ -1 +0,0 @@
          -gone
          """,
          TreeDiff.summarize(committed, rendered, 100));
    }

    @Test
    void truncatesEachFilesDiffAfterTheLineLimit() {
      Map<String, String> committed = Map.of("big.yaml", numbers(1, 10), "small.yaml", "x\n");
      Map<String, String> rendered = Map.of("big.yaml", numbers(11, 20), "small.yaml", "y\nz\n");
      assertEquals(
          """
          2 files differ between committed (a/) and rendered (b/): 0 added, 2 changed, 0 removed
            changed big.yaml
            changed small.yaml

          --- a/big.yaml
          +++ b/big.yaml
          @@ -1,10 +1,10 @@
          -1
          -2
          ... 18 more lines

          --- a/small.yaml
          +++ b/small.yaml
          @@ -1 +1,2 @@
          -x
          +y
          ... 1 more line
          """,
          TreeDiff.summarize(committed, rendered, 5));
    }

    @Test
    void aLimitOfZeroKeepsOnlyTheList() {
      assertEquals(
          """
          1 file differs between committed (a/) and rendered (b/): 1 added, 0 changed, 0 removed
            added   new.yaml

          ... 5 more lines
          """,
          TreeDiff.summarize(Map.of(), Map.of("new.yaml", "a\nb\n"), 0));
    }

    @Test
    void namesALineEndOnlyDifference() {
      String report =
          TreeDiff.summarize(Map.of("f.yaml", "a\r\nb\r\n"), Map.of("f.yaml", "a\nb\n"), 100);
      assertTrue(
          report.contains(
              "  changed f.yaml (only line ends differ: the committed file has CRLF line ends)\n"),
          report);
    }

    @Test
    void aNegativeLimitIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> TreeDiff.summarize(Map.of(), Map.of(), -1));
      assertEquals("maxLinesPerFile must be at least 0, was -1", e.getMessage());
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Helpers for the property test: random texts, the LCS length, and a strict unified-diff applier.

  private static String randomText(Random random) {
    int lines = random.nextInt(14);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      s.append((char) ('a' + random.nextInt(4))).append('\n');
    }
    if (lines > 0 && random.nextInt(5) == 0) {
      s.setLength(s.length() - 1); // no newline at end of file
    }
    return s.toString();
  }

  /** The text's lines, each with its line end if it has one. */
  private static String[] linesWithEnds(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    return text.split("(?<=\n)");
  }

  private static String show(String s) {
    return s == null ? "null" : "\"" + s.replace("\n", "\\n") + "\"";
  }

  private static int lcs(String[] a, String[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        t[i][j] = a[i].equals(b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }

  private static int changedLines(String diff) {
    int n = 0;
    for (String line : diff.split("\n", -1)) {
      if ((line.startsWith("+") && !line.startsWith("+++ "))
          || (line.startsWith("-") && !line.startsWith("--- "))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Applies a unified diff strictly: every context and deleted line must match, hunk counts too.
   */
  private static final class Patch {
    private static final Pattern HUNK =
        Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    static String apply(String expected, String diff) {
      List<String> source = List.of(linesWithEnds(expected));
      List<String> result = new ArrayList<>();
      if (diff.isEmpty()) {
        return expected;
      }
      String[] lines = diff.split("\n", -1);
      int at = 2; // after the --- and +++ headers
      int copied = 0; // lines of source consumed
      while (at < lines.length && !lines[at].isEmpty()) {
        Matcher m = HUNK.matcher(lines[at]);
        assertTrue(m.matches(), "hunk header: " + lines[at]);
        int aStart = Integer.parseInt(m.group(1));
        int aCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int bCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        int firstLine = aCount == 0 ? aStart : aStart - 1; // 0-based start of the hunk in source
        assertTrue(firstLine >= copied, "hunks overlap or go backwards");
        while (copied < firstLine) {
          result.add(source.get(copied++));
        }
        at++;
        int seenA = 0;
        int seenB = 0;
        while (at < lines.length && !lines[at].startsWith("@@") && !lines[at].isEmpty()) {
          char kind = lines[at].charAt(0);
          String text = lines[at].substring(1) + "\n";
          if (at + 1 < lines.length && lines[at + 1].equals("\\ No newline at end of file")) {
            text = lines[at].substring(1);
            at++;
          }
          if (kind == ' ' || kind == '-') {
            assertEquals(source.get(copied), text, "line " + (copied + 1) + " of expected");
            copied++;
            seenA++;
          }
          if (kind == ' ' || kind == '+') {
            result.add(text);
            seenB++;
          }
          at++;
        }
        assertEquals(aCount, seenA, "old count of " + m.group());
        assertEquals(bCount, seenB, "new count of " + m.group());
      }
      while (copied < source.size()) {
        result.add(source.get(copied++));
      }
      return String.join("", result);
    }
  }
}
