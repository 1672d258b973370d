package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentsJsonTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static Object parse(String json) throws Exception {
    return JACKSON.readValue(json, Object.class);
  }

  private static ObjectNode smallDoc() {
    ObjectNode doc = Documents.object();
    doc.put("title", "Gateway");
    doc.put("version", new BigDecimal("5"));
    doc.put("threshold", new BigDecimal("0.02"));
    doc.put("editable", false);
    doc.putNull("gnetId");
    doc.set("tags", Documents.strings(List.of("gateway", "red")));
    doc.putArray("links");
    doc.putObject("options");
    doc.putArray("panels").addObject().put("id", 1L);
    return doc;
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
        Documents.json(smallDoc()));
  }

  @Test
  void jacksonReadsBackTheSameValuesInTheSameOrder() throws Exception {
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

    Object parsed = parse(Documents.json(smallDoc()));

    assertEquals(expected, parsed);
    assertEquals(
        new ArrayList<>(expected.keySet()), new ArrayList<>(((Map<?, ?>) parsed).keySet()));
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
    ObjectNode doc = Documents.object();
    doc.set("strings", Documents.strings(strings));
    doc.put("key \"quoted\"\n", "v");

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("strings", strings);
    expected.put("key \"quoted\"\n", "v");
    assertEquals(expected, parse(Documents.json(doc)));
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscaped() {
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\u0001e\\u007ff\\u2028\"\n",
        Documents.json(TextNode.valueOf("a\"b\\c\nd\u0001e\u007ff\u2028")));
  }

  @Test
  void exactDecimalsArePrintedPlain() throws Exception {
    ObjectNode doc = Documents.object();
    doc.put("tiny", new BigDecimal("1E-7"));
    doc.put("negative", new BigDecimal("-0.5"));
    doc.put("big", new BigDecimal("1E+15"));

    String json = Documents.json(doc);

    assertEquals(
        "{\n  \"tiny\": 0.0000001,\n  \"negative\": -0.5,\n  \"big\": 1000000000000000\n}\n", json);
    Map<?, ?> parsed = (Map<?, ?>) parse(json);
    assertEquals(1e-7, parsed.get("tiny"));
    assertEquals(1000000000000000L, parsed.get("big"));
  }

  @Test
  void aDoubleAnywhereIsRefusedWithItsPath() {
    ObjectNode doc = Documents.object();
    doc.putArray("panels").addObject().put("min", 0.1 + 0.2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Documents.json(doc));

    assertEquals(
        "$.panels[0].min: a double reached the writer; put an exact BigDecimal (Numbers.decimal) instead",
        e.getMessage());
  }

  @Test
  void topLevelScalarsAndEmptyContainers() {
    assertEquals("\"x\"\n", Documents.json(TextNode.valueOf("x")));
    assertEquals("{}\n", Documents.json(Documents.object()));
    assertEquals("[]\n", Documents.json(Documents.array()));
    JsonNode nothing = com.fasterxml.jackson.databind.node.NullNode.getInstance();
    assertEquals("null\n", Documents.json(nothing));
  }
}
