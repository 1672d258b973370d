package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderedTreeTest {

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(
      strings = {
        "../x", "/abs", "a/../b", "a/..", "..", "a//b", "a/", ".hidden", "a/./b", "a\\b", "", "C:/x", "a b"
      })
  void unsafePathsAreRefused(String path) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RenderedTree().add(path, "x\n"));

    assertEquals("unsafe generated path: " + path, e.getMessage());
  }

  @Test
  void duplicatePathIsRefused() {
    RenderedTree tree = new RenderedTree().add("alerts/RED/gateway_red.yaml", "a\n");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tree.add("alerts/RED/gateway_red.yaml", "b\n"));
    assertEquals("two renderers produced alerts/RED/gateway_red.yaml", e.getMessage());
    assertEquals("a\n", tree.files().get("alerts/RED/gateway_red.yaml"));
  }

  @Test
  void contentWithoutTrailingNewlineIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RenderedTree().add("a.yaml", "x"));

    assertEquals("a.yaml: generated text must use \\n line ends and end with a newline", e.getMessage());
  }

  @Test
  void carriageReturnsAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RenderedTree().add("a.yaml", "x\r\n"));

    assertEquals("a.yaml: generated text must use \\n line ends and end with a newline", e.getMessage());
  }

  @Test
  void filesAreKeptSortedByPath() {
    RenderedTree tree =
        new RenderedTree()
            .add("tests/a_test.yaml", "t\n")
            .add("README.md", "r\n")
            .add("alerts/RED/gateway_red.yaml", "a\n")
            .add("dashboards/access/gateway.json", "d\n");

    assertEquals(
        List.of("README.md", "alerts/RED/gateway_red.yaml", "dashboards/access/gateway.json", "tests/a_test.yaml"),
        List.copyOf(tree.files().keySet()));
    assertTrue(tree.contains("README.md"));
  }

  @Test
  void addYamlAndAddJsonUseTheWriters() {
    Doc doc = Doc.map().put("a", "yes").build();
    RenderedTree tree = new RenderedTree().addYaml("x.yaml", doc).addJson("x.json", doc);

    assertEquals("a: \"yes\"\n", tree.files().get("x.yaml"));
    assertEquals("{\n  \"a\": \"yes\"\n}\n", tree.files().get("x.json"));
  }

  @Test
  void filesViewIsReadOnly() {
    RenderedTree tree = new RenderedTree().add("a.yaml", "a\n");

    assertThrows(UnsupportedOperationException.class, () -> tree.files().put("b.yaml", "b\n"));
  }

  @Test
  void fileAndFolderAtTheSamePathAreRefused() {
    RenderedTree tree = new RenderedTree().add("dashboards", "x\n");

    assertThrows(RuntimeException.class, () -> tree.add("dashboards/access/gateway.json", "d\n"));
  }
}
