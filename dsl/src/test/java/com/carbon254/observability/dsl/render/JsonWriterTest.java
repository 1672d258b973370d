package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static Object parse(String json) throws Exception {
    return JACKSON.readValue(json, Object.class);
  }

  private static Doc smallDoc() {
    return Doc.map()
        .put("title", "Gateway")
        .put("version", 5.0)
        .put("threshold", 0.02)
        .put("editable", false)
        .put("gnetId", Doc.nul())
        .put("tags", Doc.strings(List.of("gateway", "red")))
        .put("links", Doc.list(List.of()))
        .put("options", Doc.map().build())
        .put("panels", Doc.list(List.of(Doc.map().put("id", 1L).build())))
        .build();
  }

  @Test
  void exactTextUsesTwoSpaceIndentAndATrailingNewline() {
    assertEquals(
        "{\n"
            + "  \"title\": \"Gateway\",\n"
            + "  \"version\": 5,\n"
            + "  \"threshold\": 0.02,\n"
            + "  \"editable\": false,\n"
            + "  \"gnetId\": null,\n"
            + "  \"tags\": [\n"
            + "    \"gateway\",\n"
            + "    \"red\"\n"
            + "  ],\n"
            + "  \"links\": [],\n"
            + "  \"options\": {},\n"
            + "  \"panels\": [\n"
            + "    {\n"
            + "      \"id\": 1\n"
            + "    }\n"
            + "  ]\n"
            + "}\n",
        JsonWriter.write(smallDoc()));
  }

  @Test
  void jacksonReadsBackTheSameValues() throws Exception {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("title", "Gateway");
    expected.put("version", 5);
    expected.put("threshold", 0.02);
    expected.put("editable", false);
    expected.put("gnetId", null);
    expected.put("tags", List.of("gateway", "red"));
    expected.put("links", List.of());
    expected.put("options", Map.of());
    expected.put("panels", List.of(Map.of("id", 1)));

    Object parsed = parse(JsonWriter.write(smallDoc()));

    assertEquals(expected, parsed);
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(((Map<?, ?>) parsed).keySet()));
  }

  @Test
  void trickyStringsReadBackExactly() throws Exception {
    List<String> strings =
        Arrays.asList(
            "quote\"inside",
            "back\\slash",
            "new\nline",
            "tab\tcr\r",
            "\b\f",
            "nul\u0000unit\u001fdel\u007f",
            "line\u2028para\u2029",
            "é 日本語 🚀",
            "</script>",
            "",
            "sum by (route) (rate(x{status=~\"5..\"}[5m])) > 0.02");
    Doc doc = Doc.map().put("strings", Doc.strings(strings)).put("key \"quoted\"\n", "v").build();

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("strings", strings);
    expected.put("key \"quoted\"\n", "v");
    assertEquals(expected, parse(JsonWriter.write(doc)));
  }

  @Test
  void controlCharactersAreEscaped() {
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\u0001e\\u007ff\\u2028\"\n", JsonWriter.write(Doc.of("a\"b\\c\nd\u0001e\u007ff\u2028")));
  }

  @Test
  void numbersReadBackAsTheDecimalTyped() throws Exception {
    Doc doc =
        Doc.map().put("sum", 0.1 + 0.2).put("tiny", 1e-7).put("negative", -0.5).put("big", 1e15).build();

    assertEquals("{\n  \"sum\": 0.3,\n  \"tiny\": 0.0000001,\n  \"negative\": -0.5,\n  \"big\": 1000000000000000\n}\n",
        JsonWriter.write(doc));
    Map<?, ?> parsed = (Map<?, ?>) parse(JsonWriter.write(doc));
    assertEquals(0.3, parsed.get("sum"));
    assertEquals(1e-7, parsed.get("tiny"));
    assertEquals(-0.5, parsed.get("negative"));
    assertEquals(1000000000000000L, parsed.get("big"));
  }

  @Test
  void topLevelScalarsAndEmptyContainers() {
    assertEquals("\"x\"\n", JsonWriter.write(Doc.of("x")));
    assertEquals("null\n", JsonWriter.write(Doc.nul()));
    assertEquals("null\n", JsonWriter.write(Doc.of((String) null)));
    assertEquals("true\n", JsonWriter.write(Doc.of(true)));
    assertEquals("{}\n", JsonWriter.write(Doc.map().build()));
    assertEquals("[]\n", JsonWriter.write(Doc.list(List.of())));
  }

  @Test
  void duplicateKeyIsARendererBug() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Doc.map().put("a", "1").put("a", "2"));

    assertEquals("duplicate key 'a' in rendered map", e.getMessage());
  }

  @Test
  void putIfNotEmptySkipsEmptyContainers() {
    Doc doc =
        Doc.map()
            .putIfNotEmpty("labels", Doc.map().build())
            .putIfNotEmpty("tags", Doc.list(List.of()))
            .putIfNotEmpty("kept", Doc.strings(List.of("x")))
            .build();

    assertEquals("{\n  \"kept\": [\n    \"x\"\n  ]\n}\n", JsonWriter.write(doc));
  }
}
