package com.carbon254.observability.dsl.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one place where JSON and YAML output is configured, so every renderer writes the same bytes
 * on every JDK, time zone and locale.
 *
 * <p>Renderers build Jackson trees ({@link ObjectNode} keeps keys in the order they are added) and
 * hand them to {@link RenderedTree}. What Jackson does not do by itself, and this class adds:
 *
 * <ul>
 *   <li>numbers must be exact decimals ({@code BigDecimal}) or integers: a {@code double} node is
 *       refused, because its text depends on the JDK's shortest-repr printing;
 *   <li>YAML strings are plain wherever a YAML 1.1 reader (SnakeYAML's resolver, the same rules as
 *       Go's yaml.v2 that Prometheus and kubectl use) reads them back as the same string, so PromQL
 *       reads in review without escaped quotes; anything else is quoted;
 *   <li>C1 controls and the Unicode line separators are escaped in JSON, as YAML readers treat them
 *       as line breaks.
 * </ul>
 */
public final class Documents {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final ObjectWriter JSON_WRITER =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build()
          .writer(jsonPrettyPrinter())
          .with(new EscapeLineSeparators());

  private static final ObjectWriter YAML_WRITER = yamlMapper().writer();

  private Documents() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static ArrayNode strings(Collection<String> items) {
    ArrayNode array = array();
    items.forEach(array::add);
    return array;
  }

  public static ArrayNode array(Collection<? extends JsonNode> items) {
    ArrayNode array = array();
    array.addAll(items);
    return array;
  }

  /** A map of strings, in the map's own iteration order (callers pass ordered maps). */
  public static ObjectNode stringMap(Map<String, String> entries) {
    ObjectNode node = object();
    entries.forEach(node::put);
    return node;
  }

  /**
   * Two-space indent, {@code "key": value}, {@code {}} and {@code []} when empty, a final newline.
   */
  public static String json(JsonNode document) {
    requireExactNumbers(document, "$");
    try {
      return JSON_WRITER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Block-style YAML with two-space indents, lists indented under their key, literal blocks. */
  public static String yaml(JsonNode document) {
    requireExactNumbers(document, "$");
    try {
      return YAML_WRITER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static void requireExactNumbers(JsonNode node, String path) {
    if (node.getNodeType() == JsonNodeType.NUMBER
        && node.isFloatingPointNumber()
        && !node.isBigDecimal()) {
      throw new IllegalArgumentException(
          path
              + ": a double reached the writer; put an exact BigDecimal (Numbers.decimal) instead");
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        requireExactNumbers(field.getValue(), path + "." + field.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireExactNumbers(node.get(i), path + "[" + i + "]");
      }
    }
  }

  private static DefaultPrettyPrinter jsonPrettyPrinter() {
    DefaultIndenter lineIndent = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(lineIndent)
        .withArrayIndenter(lineIndent);
  }

  private static YAMLMapper yamlMapper() {
    DumperOptions dumper = new DumperOptions();
    dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
    dumper.setWidth(Integer.MAX_VALUE);
    dumper.setSplitLines(false);
    dumper.setIndent(2);
    dumper.setIndicatorIndent(2);
    dumper.setIndentWithIndicator(true);
    dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    YAMLFactory factory =
        YAMLFactory.builder()
            .dumperOptions(dumper)
            .stringQuotingChecker(new QuoteUnlessReadBackAsString())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    return YAMLMapper.builder(factory)
        .nodeFactory(NODES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /**
   * Jackson's default checker quotes any string holding a flow indicator ({@code { } [ ] ,}), which
   * is every PromQL selector and template; in block context those are plain. This one quotes only
   * what a plain scalar cannot hold (a leading indicator, {@code ": "}, {@code " #"}, controls)
   * and, asking SnakeYAML's YAML 1.1 resolver, what would not read back as a string ({@code 1.0},
   * {@code yes}, {@code 2026-01-01}, {@code ~}).
   */
  private static final class QuoteUnlessReadBackAsString extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;
    private static final String LEADING_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    // YAML 1.1 resolution misses one YAML 1.2 number form; Prometheus reads rule files with
    // yaml.v3.
    private static final Pattern YAML_12_OCTAL = Pattern.compile("[-+]?0o[0-7]+");
    private final transient Resolver resolver = new Resolver();

    @Override
    public boolean needToQuoteName(String name) {
      return needToQuoteValue(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return value.isEmpty()
          || LEADING_INDICATORS.indexOf(value.charAt(0)) >= 0
          || Character.isWhitespace(value.charAt(0))
          || Character.isWhitespace(value.charAt(value.length() - 1))
          || value.endsWith(":")
          || value.contains(": ")
          || value.contains(" #")
          || hasControls(value)
          || !Tag.STR.equals(resolver.resolve(NodeId.scalar, value, true))
          || YAML_12_OCTAL.matcher(value).matches();
    }

    /** Controls and YAML's extra line breaks must be escaped, which only double quotes can. */
    private static boolean hasControls(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\n')
            || (c >= 0x7f && c <= 0x9f)
            || c == 0x2028
            || c == 0x2029
            || c == 0xFEFF) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class EscapeLineSeparators extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] asciiEscapes = delEscaped();

    private static int[] delEscaped() {
      int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
      return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if ((ch >= 0x7f && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(
            String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
