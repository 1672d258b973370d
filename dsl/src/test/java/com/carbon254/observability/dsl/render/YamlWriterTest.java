package com.carbon254.observability.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** Everything {@link YamlWriter} writes must read back, with SnakeYAML, as exactly the Java value. */
class YamlWriterTest {
  private static final String PROMQL = "sum by (route) (rate(x{status=~\"5..\"}[5m])) > 0.02";

  private static Object load(String yaml) {
    return new Yaml().load(yaml);
  }

  static Stream<String> trickyStrings() {
    return Stream.of(
        // YAML 1.1 booleans and nulls
        "yes", "no", "on", "off", "y", "n", "Yes", "NO", "true", "False", "null", "Null", "NULL", "~",
        // numbers, durations, dates
        "5m", "0.95", "1e3", "1E-3", "0x1F", "0b101", "017", "1_000", "12:30:45", "+1", "-1", ".5",
        ".inf", "-.Inf", ".NaN", "2026-01-01",
        // leading indicators
        "{a: 1}", "[x]", "*anchor", "&anchor", "!tag", "-x", "- item", "-", "#comment", "'single'",
        "\"double\"", "?", "? x", ":x", "|", ">", "%TAG", "@at", "`tick`", ",", "=", "<<",
        // inner troublemakers
        "a: b", "key:", "a #b", "trailing ", " leading", "", "tab\tinside", "back\\slash", "quote\"inside",
        "it's", "100%", "a,b", "x{y}", "under_score", "a:b", "a#b",
        // multi-line text
        "line one\nline two", "line one\nline two\n", "a\n\nb\n", "# Title\n\nBody text.\n", "a\n  indented\n",
        "windows\r\nline", "ends with two\n\n", "line \nwith trailing space",
        // unicode
        "é", "naïve café", "日本語", "emoji 🚀", "line\u2028separator", "bell\u0007",
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
    String yaml = YamlWriter.write(Doc.map().put("value", value).build());

    assertEquals(Map.of("value", value), load(yaml), yaml);
  }

  @ParameterizedTest(name = "[{index}] map key")
  @MethodSource("trickyStrings")
  void mapKeyReadsBackAsTheSameString(String key) {
    String yaml = YamlWriter.write(Doc.map().put(key, "v").build());

    assertEquals(Map.of(key, "v"), load(yaml), yaml);
  }

  @ParameterizedTest(name = "[{index}] nested list item")
  @MethodSource("trickyStrings")
  void deeplyNestedListItemReadsBackAsTheSameString(String value) {
    Doc doc =
        Doc.map()
            .put(
                "groups",
                Doc.list(
                    List.of(
                        Doc.map()
                            .put("name", "g")
                            .put("items", Doc.strings(List.of(value, "after")))
                            .put("text", value)
                            .build())))
            .build();
    String yaml = YamlWriter.write(doc);

    Map<String, Object> group = new LinkedHashMap<>();
    group.put("name", "g");
    group.put("items", List.of(value, "after"));
    group.put("text", value);
    assertEquals(Map.of("groups", List.of(group)), load(yaml), yaml);
  }

  @Test
  void promqlIsWrittenPlain() {
    assertEquals("expr: " + PROMQL + "\n", YamlWriter.write(Doc.map().put("expr", PROMQL).build()));
  }

  @ParameterizedTest(name = "''{0}'' is quoted")
  @ValueSource(strings = {"yes", "no", "on", "null", "~", "0.95", "1e3", "0x1F", "2026-01-01", "", "a: b", "a #b"})
  void ambiguousStringsAreDoubleQuoted(String value) {
    assertEquals("v: \"" + value + "\"\n", YamlWriter.write(Doc.map().put("v", value).build()));
  }

  @ParameterizedTest(name = "''{0}'' stays plain")
  @ValueSource(strings = {"5m", "page", "gateway-red", "ALERT_GATEWAY_HIGH_ERROR_RATE", "route:x:rate5m", "a#b"})
  void ordinaryStringsStayPlain(String value) {
    assertEquals("v: " + value + "\n", YamlWriter.write(Doc.map().put("v", value).build()));
  }

  @Test
  void nonAsciiTextIsQuotedButNotEscaped() {
    assertEquals("v: \"café\"\n", YamlWriter.write(Doc.map().put("v", "café").build()));
  }

  @Test
  void multiLineTextWithTrailingNewlineIsAClippedLiteralBlock() {
    assertEquals(
        "description: |\n  line one\n  line two\n",
        YamlWriter.write(Doc.map().put("description", "line one\nline two\n").build()));
  }

  @Test
  void multiLineTextWithoutTrailingNewlineIsAStrippedLiteralBlock() {
    assertEquals(
        "description: |-\n  line one\n\n  line three\n",
        YamlWriter.write(Doc.map().put("description", "line one\n\nline three").build()));
  }

  @Test
  void multiLineTextThatABlockCannotHoldIsQuoted() {
    assertEquals(
        "v: \"ends with two\\n\\n\"\n", YamlWriter.write(Doc.map().put("v", "ends with two\n\n").build()));
  }

  @Test
  void nestedStructureIsIndentedByTwoSpaces() {
    Doc doc =
        Doc.map()
            .put(
                "groups",
                Doc.list(
                    List.of(
                        Doc.map()
                            .put("name", "gateway-red")
                            .put(
                                "rules",
                                Doc.list(
                                    List.of(
                                        Doc.map()
                                            .put("alert", "ALERT_X_Y")
                                            .put("expr", "x > 1")
                                            .put("labels", Doc.map().put("severity", "page").build())
                                            .build())))
                            .build())))
            .build();

    assertEquals(
        "groups:\n"
            + "  - name: gateway-red\n"
            + "    rules:\n"
            + "      - alert: ALERT_X_Y\n"
            + "        expr: x > 1\n"
            + "        labels:\n"
            + "          severity: page\n",
        YamlWriter.write(doc));
  }

  @Test
  void scalarsOfEveryKind() {
    Doc doc =
        Doc.map()
            .put("whole", 5.0)
            .put("ratio", 0.02)
            .put("negative", -1.5)
            .put("count", 3L)
            .put("flag", true)
            .put("nothing", Doc.nul())
            .put("emptyMap", Doc.map().build())
            .put("emptyList", Doc.list(List.of()))
            .build();
    String yaml = YamlWriter.write(doc);

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
  void nullStringValuesAreSkipped() {
    assertEquals("a: x\n", YamlWriter.write(Doc.map().put("a", "x").put("b", (String) null).build()));
  }

  @Test
  void listsOfListsAndTopLevelLists() {
    Doc doc = Doc.list(List.of(Doc.strings(List.of("a", "b")), Doc.of("c")));
    String yaml = YamlWriter.write(doc);

    assertEquals("- - a\n  - b\n- c\n", yaml);
    assertEquals(List.of(List.of("a", "b"), "c"), load(yaml));
  }

  @Test
  void keyOrderIsInsertionOrder() {
    String yaml = YamlWriter.write(Doc.map().put("z", "1").put("a", "2").put("m", "3").build());

    assertEquals("z: \"1\"\na: \"2\"\nm: \"3\"\n", yaml);
  }

  @Test
  void topLevelScalar() {
    assertEquals("\"yes\"\n", YamlWriter.write(Doc.of("yes")));
    assertEquals("{}\n", YamlWriter.write(Doc.map().build()));
  }

  static Stream<String> stringsThatDoNotReadBack() {
    return Stream.of(
        "2026-01-01T00:00:00Z", // a YAML 1.1 timestamp: SnakeYAML reads a java.util.Date
        "2026-01-01 10:00:00", // the same, with a space separator
        "\n", // a literal block of one empty line reads back as ""
        "\n  indented", // the first non-empty line sets the block's indentation and loses its spaces
        "c1\u0085control", // NEL is a YAML line break inside double quotes
        "c1\u0080control"); // C1 control characters must be escaped; SnakeYAML refuses the raw character
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("stringsThatDoNotReadBack")
  void stringsThatDoNotReadBackYet(String value) {
    String yaml = YamlWriter.write(Doc.map().put("value", value).build());

    assertEquals(Map.of("value", value), load(yaml), yaml);
  }

  @Test
  void yaml12OctalIsQuoted() {
    assertEquals("v: \"0o17\"\n", YamlWriter.write(Doc.map().put("v", "0o17").build()));
  }
}
