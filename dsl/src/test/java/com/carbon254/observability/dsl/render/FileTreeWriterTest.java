package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeWriterTest {
  private static final String MARKER_TEXT =
      FileTreeWriter.MARKER_FIRST_LINE + "\n\nRendered files.\n";
  private static final String RULES = "alerts/RED/gateway_red.yaml";
  private static final String DASHBOARD = "dashboards/access/gateway.json";

  @TempDir Path tmp;

  private static RenderedTree tree(Map<String, String> files) {
    RenderedTree tree = new RenderedTree().add(FileTreeWriter.MARKER, MARKER_TEXT);
    files.forEach(tree::add);
    return tree;
  }

  private static Map<String, String> files(String... pathsAndContents) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }

  private static RenderedTree standardTree() {
    return tree(files(RULES, "groups: []\n", DASHBOARD, "{}\n"));
  }

  /** Every file under {@code dir}, relative, with its text; the writer's git-ignored lock aside. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p :
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.endsWith(FileTreeWriter.LOCK))
              .toList()) {
        all.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  @Test
  void writesEveryFileIntoAFreshFolder() throws IOException {
    Path root = tmp.resolve("generated");

    FileTreeWriter.Summary summary = new FileTreeWriter(root).write(standardTree());

    assertEquals(List.of("README.md", RULES, DASHBOARD), summary.created());
    assertEquals(List.of(), summary.changed());
    assertEquals(List.of(), summary.removed());
    assertEquals(0, summary.unchanged());
    assertEquals(
        Map.of("README.md", MARKER_TEXT, RULES, "groups: []\n", DASHBOARD, "{}\n"), snapshot(root));
  }

  @Test
  void secondWriteReportsEverythingUnchanged() {
    FileTreeWriter writer = new FileTreeWriter(tmp.resolve("generated"));
    writer.write(standardTree());

    FileTreeWriter.Summary again = writer.write(standardTree());

    assertEquals(List.of(), again.created());
    assertEquals(List.of(), again.changed());
    assertEquals(List.of(), again.removed());
    assertEquals(3, again.unchanged());
    assertEquals(
        "generated: 3 files, 0 written (0 new, 0 changed), 0 removed, 3 unchanged",
        again.describe("generated"));
  }

  @Test
  void changedFileIsRewrittenAndReported() throws IOException {
    Path root = tmp.resolve("generated");
    FileTreeWriter writer = new FileTreeWriter(root);
    writer.write(standardTree());

    FileTreeWriter.Summary summary =
        writer.write(tree(files(RULES, "groups: [changed]\n", DASHBOARD, "{}\n")));

    assertEquals(List.of(RULES), summary.changed());
    assertEquals(2, summary.unchanged());
    assertEquals("groups: [changed]\n", Files.readString(root.resolve(RULES)));
    assertEquals(
        "generated: 3 files, 1 written (0 new, 1 changed), 0 removed, 2 unchanged",
        summary.describe("generated"));
  }

  @Test
  void removesFilesNoLongerRenderedAndTheirEmptyFolders() throws IOException {
    Path root = tmp.resolve("generated");
    FileTreeWriter writer = new FileTreeWriter(root);
    writer.write(standardTree());

    FileTreeWriter.Summary summary = writer.write(tree(files(RULES, "groups: []\n")));

    assertEquals(List.of(DASHBOARD), summary.removed());
    assertFalse(
        Files.exists(root.resolve("dashboards")), "empty dashboards/ folder should be gone");
    assertTrue(Files.isRegularFile(root.resolve(RULES)));
    assertEquals(Map.of("README.md", MARKER_TEXT, RULES, "groups: []\n"), snapshot(root));
  }

  @Test
  void removesStrayFilesAddedByHand() throws IOException {
    Path root = tmp.resolve("generated");
    FileTreeWriter writer = new FileTreeWriter(root);
    writer.write(standardTree());
    Files.writeString(root.resolve("alerts/RED/hand_edit.yaml"), "x\n");

    FileTreeWriter.Summary summary = writer.write(standardTree());

    assertEquals(List.of("alerts/RED/hand_edit.yaml"), summary.removed());
    assertFalse(Files.exists(root.resolve("alerts/RED/hand_edit.yaml")));
  }

  @Test
  void refusesANonEmptyFolderWithoutTheMarkerAndLeavesItUntouched() throws IOException {
    Path root = tmp.resolve("src");
    Files.createDirectories(root.resolve("main"));
    Files.writeString(root.resolve("main/App.java"), "class App {}\n");
    Map<String, String> before = snapshot(root);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new FileTreeWriter(root).write(standardTree()));

    assertEquals(
        root.toAbsolutePath().normalize()
            + " holds files (main, ...) but no generator marker (README.md starting with '# generated/ (do not edit by hand)');"
            + " refusing to prune a folder the generator did not create. Point --out at generated/ or an empty folder.",
        e.getMessage());
    assertEquals(before, snapshot(root));
  }

  @Test
  void refusesAFolderWhoseReadmeIsNotTheMarker() throws IOException {
    Path root = tmp.resolve("project");
    Files.createDirectories(root);
    Files.writeString(root.resolve("README.md"), "# My project\n");

    assertThrows(IllegalStateException.class, () -> new FileTreeWriter(root).write(standardTree()));

    assertEquals(Map.of("README.md", "# My project\n"), snapshot(root));
  }

  @Test
  void writesIntoAnEmptyExistingFolder() throws IOException {
    Path root = tmp.resolve("empty");
    Files.createDirectories(root);

    FileTreeWriter.Summary summary = new FileTreeWriter(root).write(standardTree());

    assertEquals(3, summary.created().size());
    assertTrue(Files.isRegularFile(root.resolve(DASHBOARD)));
  }

  @Test
  void refusesATreeWithoutTheMarker() {
    Path root = tmp.resolve("generated");
    RenderedTree withoutMarker = new RenderedTree().add(RULES, "groups: []\n");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new FileTreeWriter(root).write(withoutMarker));

    assertEquals("a rendered tree must carry the generated/ marker README.md", e.getMessage());
    assertFalse(Files.exists(root));
  }

  @Test
  void refusesARootThatIsAFile() throws IOException {
    Path root = tmp.resolve("generated");
    Files.writeString(root, "not a folder\n");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new FileTreeWriter(root).write(standardTree()));

    assertEquals(
        root.toAbsolutePath().normalize()
            + " is not a folder; refusing to write generated files there",
        e.getMessage());
    assertEquals("not a folder\n", Files.readString(root));
  }

  @Test
  void neverTouchesFilesBesideItsRoot() throws IOException {
    Path root = tmp.resolve("generated");
    Files.writeString(tmp.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(tmp.resolve("src/App.java"), "class App {}\n");
    FileTreeWriter writer = new FileTreeWriter(root);

    writer.write(standardTree());
    writer.write(tree(files(RULES, "groups: []\n")));

    Map<String, String> outside = snapshot(tmp);
    outside.keySet().removeIf(p -> p.startsWith("generated/"));
    assertEquals(Map.of("pom.xml", "<project/>\n", "src/App.java", "class App {}\n"), outside);
  }

  @Test
  void neverWritesThroughASymbolicLinkInsideItsRoot() throws IOException {
    Path root = tmp.resolve("generated");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    new FileTreeWriter(root).write(tree(files(RULES, "groups: []\n")));
    Files.createSymbolicLink(root.resolve("dashboards"), elsewhere);

    try {
      new FileTreeWriter(root).write(standardTree());
    } catch (RuntimeException refused) {
      // Refusing is fine; writing through the link is not.
    }

    assertEquals(Map.of(), snapshot(elsewhere));
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    Path root = tmp.resolve("generated");
    FileTreeWriter writer = new FileTreeWriter(root);
    writer.write(standardTree());
    writer.write(tree(files(RULES, "groups: [changed]\n", DASHBOARD, "{}\n")));

    try (Stream<Path> walk = Files.walk(tmp)) {
      List<Path> temporary =
          walk.filter(p -> p.getFileName().toString().endsWith(".writing")).toList();
      assertEquals(List.of(), temporary);
    }
    assertEquals(3, snapshot(root).size());
  }

  @Test
  void removesLeftoversOfAnInterruptedWrite() throws IOException {
    Path root = tmp.resolve("generated");
    FileTreeWriter writer = new FileTreeWriter(root);
    writer.write(standardTree());
    Files.writeString(root.resolve("alerts/RED/.gateway_red.yaml.writing"), "half a fi");

    FileTreeWriter.Summary summary = writer.write(standardTree());

    assertEquals(List.of("alerts/RED/.gateway_red.yaml.writing"), summary.removed());
    assertFalse(Files.exists(root.resolve("alerts/RED/.gateway_red.yaml.writing")));
  }

  @Test
  void planReportsWithoutWriting() {
    Path root = tmp.resolve("generated");

    FileTreeWriter.Summary plan = new FileTreeWriter(root).plan(standardTree());

    assertEquals(List.of("README.md", RULES, DASHBOARD), plan.created());
    assertFalse(Files.exists(root));
  }

  @Test
  void readExistingReturnsTheFolderAsRendered() {
    Path root = tmp.resolve("generated");
    FileTreeWriter writer = new FileTreeWriter(root);
    writer.write(standardTree());

    assertEquals(standardTree().files(), writer.readExisting());
  }

  @Test
  void aStrayFileThatIsNotUtf8IsStillReadForComparison() throws IOException {
    Path root = tmp.resolve("generated");
    new FileTreeWriter(root).write(standardTree());
    Files.write(root.resolve(".DS_Store"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x01});

    Map<String, String> existing = new FileTreeWriter(root).readExisting();

    assertEquals(true, existing.containsKey(".DS_Store"));
    assertEquals(false, existing.containsKey(FileTreeWriter.LOCK));
  }
}
