package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Everything {@link Documents#yaml} writes must read back, with SnakeYAML, as exactly the Java
 * value.
 */
class DocumentsYamlTest {
  private static final String PROMQL = "sum by (route) (rate(x{status=~\"5..\"}[5m])) > 0.02";

  private static Object load(String yaml) {
    return new Yaml().load(yaml);
  }

  static Stream<String> trickyStrings() {
    return Stream.of(
        // YAML 1.1 booleans and nulls
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "Yes",
        "NO",
        "true",
        "False",
        "null",
        "Null",
        "NULL",
        "~",
        // numbers, durations, dates
        "5m",
        "0.95",
        "1e3",
        "1E-3",
        "0x1F",
        "0b101",
        "017",
        "1_000",
        "12:30:45",
        "+1",
        "-1",
        ".5",
        ".inf",
        "-.Inf",
        ".NaN",
        "2026-01-01",
        // leading indicators
        "{a: 1}",
        "[x]",
        "*anchor",
        "&anchor",
        "!tag",
        "-x",
        "- item",
        "-",
        "#comment",
        "'single'",
        "\"double\"",
        "?",
        "? x",
        ":x",
        "|",
        ">",
        "%TAG",
        "@at",
        "`tick`",
        ",",
        "=",
        "<<",
        // inner troublemakers
        "a: b",
        "key:",
        "a #b",
        "trailing ",
        " leading",
        "",
        "tab\tinside",
        "back\\slash",
        "quote\"inside",
        "it's",
        "100%",
        "a,b",
        "x{y}",
        "under_score",
        "a:b",
        "a#b",
        // multi-line text
        "line one\nline two",
        "line one\nline two\n",
        "a\n\nb\n",
        "# Title\n\nBody text.\n",
        "a\n  indented\n",
        "windows\r\nline",
        "ends with two\n\n",
        "line \nwith trailing space",
        // unicode
        "é",
        "naïve café",
        "日本語",
        "emoji 🚀",
        "line\u2028separator",
        "bell\u0007",
        // PromQL and templates
        PROMQL,
        "histogram_quantile(0.95, sum by (le, route) (rate(gateway_http_request_duration_seconds_bucket[5m])))",
        "gateway_http_requests_total{route=\"/api\", status=\"500\"}",
        "Route {{ $labels.route }} fails more than 2% of requests",
        "{{ $labels.route }} fails",
        "a > 1\nand\nb > 2");
  }

  @ParameterizedTest(name = "[{index}] map value")
  @MethodSource("trickyStrings")
  void mapValueReadsBackAsTheSameString(String value) {
    String yaml = Documents.yaml(Documents.object().put("value", value));

    assertEquals(Map.of("value", value), load(yaml), yaml);
  }

  @ParameterizedTest(name = "[{index}] map key")
  @MethodSource("trickyStrings")
  void mapKeyReadsBackAsTheSameString(String key) {
    String yaml = Documents.yaml(Documents.object().put(key, "v"));

    assertEquals(Map.of(key, "v"), load(yaml), yaml);
  }

  @ParameterizedTest(name = "[{index}] nested list item")
  @MethodSource("trickyStrings")
  void deeplyNestedListItemReadsBackAsTheSameString(String value) {
    ObjectNode doc = Documents.object();
    ObjectNode g = doc.putArray("groups").addObject().put("name", "g");
    g.set("items", Documents.strings(List.of(value, "after")));
    g.put("text", value);
    String yaml = Documents.yaml(doc);

    Map<String, Object> group = new LinkedHashMap<>();
    group.put("name", "g");
    group.put("items", List.of(value, "after"));
    group.put("text", value);
    assertEquals(Map.of("groups", List.of(group)), load(yaml), yaml);
  }

  @Test
  void promqlIsWrittenPlain() {
    assertEquals("expr: " + PROMQL + "\n", Documents.yaml(Documents.object().put("expr", PROMQL)));
  }

  @ParameterizedTest(name = "''{0}'' is quoted")
  @ValueSource(
      strings = {
        "yes",
        "no",
        "on",
        "null",
        "~",
        "0.95",
        "1e3",
        "0x1F",
        "2026-01-01",
        "",
        "a: b",
        "a #b"
      })
  void ambiguousStringsAreDoubleQuoted(String value) {
    assertEquals("v: \"" + value + "\"\n", Documents.yaml(Documents.object().put("v", value)));
  }

  @ParameterizedTest(name = "''{0}'' stays plain")
  @ValueSource(
      strings = {
        "5m",
        "page",
        "gateway-red",
        "ALERT_GATEWAY_HIGH_ERROR_RATE",
        "route:x:rate5m",
        "a#b"
      })
  void ordinaryStringsStayPlain(String value) {
    assertEquals("v: " + value + "\n", Documents.yaml(Documents.object().put("v", value)));
  }

  @Test
  void nonAsciiTextStaysPlain() {
    assertEquals("v: café\n", Documents.yaml(Documents.object().put("v", "café")));
  }

  @Test
  void multiLineTextWithTrailingNewlineIsAClippedLiteralBlock() {
    assertEquals(
        "description: |\n  line one\n  line two\n",
        Documents.yaml(Documents.object().put("description", "line one\nline two\n")));
  }

  @Test
  void multiLineTextWithoutTrailingNewlineIsAStrippedLiteralBlock() {
    assertEquals(
        "description: |-\n  line one\n\n  line three\n",
        Documents.yaml(Documents.object().put("description", "line one\n\nline three")));
  }

  @Test
  void trailingEmptyLinesAreKeptByTheBlock() {
    assertEquals(
        "v: |+\n  ends with two\n\n",
        Documents.yaml(Documents.object().put("v", "ends with two\n\n")));
  }

  @Test
  void nestedStructureIsIndentedByTwoSpaces() {
    ObjectNode doc = Documents.object();
    ObjectNode group = doc.putArray("groups").addObject().put("name", "gateway-red");
    ObjectNode rule =
        group.putArray("rules").addObject().put("alert", "ALERT_X_Y").put("expr", "x > 1");
    rule.putObject("labels").put("severity", "page");

    assertEquals(
        "groups:\n"
            + "  - name: gateway-red\n"
            + "    rules:\n"
            + "      - alert: ALERT_X_Y\n"
            + "        expr: x > 1\n"
            + "        labels:\n"
            + "          severity: page\n",
        Documents.yaml(doc));
  }

  @Test
  void scalarsOfEveryKind() {
    ObjectNode doc = Documents.object();
    doc.put("whole", new BigDecimal("5"));
    doc.put("ratio", new BigDecimal("0.02"));
    doc.put("negative", new BigDecimal("-1.5"));
    doc.put("count", 3L);
    doc.put("flag", true);
    doc.putNull("nothing");
    doc.putObject("emptyMap");
    doc.putArray("emptyList");
    String yaml = Documents.yaml(doc);

    assertEquals(
        "whole: 5\nratio: 0.02\nnegative: -1.5\ncount: 3\nflag: true\nnothing: null\nemptyMap: {}\nemptyList: []\n",
        yaml);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("whole", 5);
    expected.put("ratio", 0.02);
    expected.put("negative", -1.5);
    expected.put("count", 3);
    expected.put("flag", true);
    expected.put("nothing", null);
    expected.put("emptyMap", Map.of());
    expected.put("emptyList", List.of());
    assertEquals(expected, load(yaml));
  }

  @Test
  void doublesAreRefusedBecauseTheirTextDependsOnTheJdk() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Documents.yaml(Documents.object().put("v", 0.1)));

    assertEquals(
        "$.v: a double reached the writer; put an exact BigDecimal (Numbers.decimal) instead",
        e.getMessage());
  }

  @Test
  void listsOfListsAndTopLevelLists() {
    JsonNode doc = Documents.array().add(Documents.strings(List.of("a", "b"))).add("c");
    String yaml = Documents.yaml(doc);

    assertEquals(List.of(List.of("a", "b"), "c"), load(yaml));
  }

  @Test
  void keyOrderIsInsertionOrder() {
    String yaml = Documents.yaml(Documents.object().put("z", "1").put("a", "2").put("m", "3"));

    assertEquals("z: \"1\"\na: \"2\"\nm: \"3\"\n", yaml);
  }

  @Test
  void topLevelScalar() {
    assertEquals(
        "\"yes\"\n", Documents.yaml(com.fasterxml.jackson.databind.node.TextNode.valueOf("yes")));
    assertEquals("{}\n", Documents.yaml(Documents.object()));
  }

  static Stream<String> stringsThatDoNotReadBack() {
    return Stream.of(
        "2026-01-01T00:00:00Z", // a YAML 1.1 timestamp: SnakeYAML reads a java.util.Date
        "2026-01-01 10:00:00", // the same, with a space separator
        "\n", // a literal block of one empty line reads back as ""
        "\n  indented", // the first non-empty line sets the block's indentation and loses its
        // spaces
        "c1\u0085control", // NEL is a YAML line break inside double quotes
        "c1\u0080control"); // C1 control characters must be escaped; SnakeYAML refuses the raw
    // character
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("stringsThatDoNotReadBack")
  void stringsThatDoNotReadBackYet(String value) {
    String yaml = Documents.yaml(Documents.object().put("value", value));

    assertEquals(Map.of("value", value), load(yaml), yaml);
  }

  @Test
  void yaml12OctalIsQuoted() {
    assertEquals("v: \"0o17\"\n", Documents.yaml(Documents.object().put("v", "0o17")));
  }
}
