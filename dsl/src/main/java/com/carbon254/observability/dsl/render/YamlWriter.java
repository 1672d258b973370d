package com.carbon254.observability.dsl.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a {@link Doc} as block-style YAML that Prometheus, promtool, amtool and kubectl read.
 *
 * <p>Strings stay plain where YAML 1.1 and 1.2 both read them back as the same string, so PromQL
 * reads in review without escaped quotes; anything that could turn into a number, a boolean, a
 * null or a date is double-quoted, and multi-line text is a literal block.
 */
public final class YamlWriter {
  private static final String INDENT = "  ";
  private static final Set<String> RESERVED_WORDS =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "=", "<<");
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?[0-9.][0-9a-fox._:+-]*|[-+]?\\.(inf|nan)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_CHAR_INDICATOR = Pattern.compile("[-?:,\\[\\]{}#&*!|>'\"%@`\\s].*");

  private YamlWriter() {}

  public static String write(Doc doc) {
    StringBuilder out = new StringBuilder();
    if (doc instanceof Doc.DocMap map && !map.entries().isEmpty()) {
      writeMapEntries(map, out, 0);
    } else if (doc instanceof Doc.DocList list && !list.items().isEmpty()) {
      writeListItems(list, out, 0);
    } else {
      writeScalar(doc, out, 0);
      out.append('\n');
    }
    return out.toString();
  }

  private static void writeMapEntries(Doc.DocMap map, StringBuilder out, int depth) {
    boolean first = true;
    for (Map.Entry<String, Doc> entry : map.entries().entrySet()) {
      if (!first) {
        out.append(INDENT.repeat(depth));
      }
      first = false;
      writeKey(entry.getKey(), out);
      out.append(':');
      writeValueAfterIndicator(entry.getValue(), out, depth, false);
    }
  }

  private static void writeListItems(Doc.DocList list, StringBuilder out, int depth) {
    boolean first = true;
    for (Doc item : list.items()) {
      if (!first) {
        out.append(INDENT.repeat(depth));
      }
      first = false;
      out.append('-');
      writeValueAfterIndicator(item, out, depth, true);
    }
  }

  /**
   * Writes what follows {@code key:} or {@code -}. A nested map after {@code -} continues on the
   * same line ({@code - name: x}); a nested map after a key starts on the next line.
   */
  private static void writeValueAfterIndicator(Doc value, StringBuilder out, int depth, boolean inList) {
    if (value instanceof Doc.DocMap map && !map.entries().isEmpty()) {
      if (inList) {
        out.append(' ');
        writeMapEntries(map, out, depth + 1);
      } else {
        out.append('\n').append(INDENT.repeat(depth + 1));
        writeMapEntries(map, out, depth + 1);
      }
    } else if (value instanceof Doc.DocList list && !list.items().isEmpty()) {
      if (inList) {
        out.append(' ');
        writeListItems(list, out, depth + 1);
      } else {
        // Lists under a key are indented like kubectl and promtool examples write them.
        out.append('\n').append(INDENT.repeat(depth + 1));
        writeListItems(list, out, depth + 1);
      }
    } else {
      out.append(' ');
      writeScalar(value, out, depth + 1);
      out.append('\n');
    }
  }

  private static void writeKey(String key, StringBuilder out) {
    if (isPlainSafe(key)) {
      out.append(key);
    } else {
      JsonWriter.quote(key, out);
    }
  }

  private static void writeScalar(Doc value, StringBuilder out, int depth) {
    if (value instanceof Doc.DocMap) {
      out.append("{}");
    } else if (value instanceof Doc.DocList) {
      out.append("[]");
    } else if (value instanceof Doc.DocString s) {
      writeString(s.value(), out, depth);
    } else if (value instanceof Doc.DocNumber n) {
      out.append(Numbers.format(n.value()));
    } else if (value instanceof Doc.DocBool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void writeString(String value, StringBuilder out, int depth) {
    if (value.indexOf('\n') >= 0 && isLiteralBlockSafe(value)) {
      boolean trailingNewline = value.endsWith("\n");
      String body = trailingNewline ? value.substring(0, value.length() - 1) : value;
      out.append(trailingNewline ? "|" : "|-");
      for (String line : body.split("\n", -1)) {
        out.append('\n');
        if (!line.isEmpty()) {
          out.append(INDENT.repeat(depth)).append(line);
        }
      }
    } else if (isPlainSafe(value)) {
      out.append(value);
    } else {
      JsonWriter.quote(value, out);
    }
  }

  static boolean isPlainSafe(String value) {
    if (value.isEmpty()
        || value.endsWith(" ")
        || value.endsWith(":")
        || value.contains(": ")
        || value.contains(" #")
        || FIRST_CHAR_INDICATOR.matcher(value).matches()
        || RESERVED_WORDS.contains(value.toLowerCase(Locale.ROOT))
        || NUMBER_LIKE.matcher(value).matches()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** A literal block keeps every line as written, if no line leads with a space or a tab and
   * nothing needs escaping. */
  private static boolean isLiteralBlockSafe(String value) {
    if (value.startsWith(" ") || value.startsWith("\t") || value.endsWith("\n\n")) {
      return false;
    }
    // The first non-empty line sets the block's indentation: it must exist and not lead with a space.
    String firstNonEmpty = value.lines().filter(l -> !l.isEmpty()).findFirst().orElse(null);
    if (firstNonEmpty == null || firstNonEmpty.startsWith(" ") || firstNonEmpty.startsWith("\t")) {
      return false;
    }
    for (String line : value.split("\n", -1)) {
      if (line.endsWith(" ") || line.endsWith("\t")) {
        return false;
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\n') || c == 0x7f || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
