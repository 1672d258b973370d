package com.carbon254.observability.dsl.render;

/** Renders a {@link Doc} as JSON: two-space indent, {@code \n} line ends, a trailing newline. */
public final class JsonWriter {
  private JsonWriter() {}

  public static String write(Doc doc) {
    StringBuilder out = new StringBuilder();
    write(doc, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Doc doc, StringBuilder out, int depth) {
    if (doc instanceof Doc.DocMap map) {
        if (map.entries().isEmpty()) {
          out.append("{}");
          return;
        }
        out.append("{\n");
        int i = 0;
        for (var entry : map.entries().entrySet()) {
          indent(out, depth + 1);
          quote(entry.getKey(), out);
          out.append(": ");
          write(entry.getValue(), out, depth + 1);
          out.append(++i < map.entries().size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    } else if (doc instanceof Doc.DocList list) {
        if (list.items().isEmpty()) {
          out.append("[]");
          return;
        }
        out.append("[\n");
        int i = 0;
        for (Doc item : list.items()) {
          indent(out, depth + 1);
          write(item, out, depth + 1);
          out.append(++i < list.items().size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append(']');
    } else if (doc instanceof Doc.DocString s) {
      quote(s.value(), out);
    } else if (doc instanceof Doc.DocNumber n) {
      out.append(Numbers.format(n.value()));
    } else if (doc instanceof Doc.DocBool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  /** JSON string escaping; also used by the YAML writer for its double-quoted scalars. */
  static void quote(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // C1 controls too: YAML readers reject them raw, and U+0085 is a YAML line break.
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
