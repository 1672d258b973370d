package com.carbon254.observability.dsl.promql;

/** One label matcher of a selector: {@code status=~"5.."}. */
public record Matcher(String label, Op op, String value) {
  public enum Op {
    EQ("="),
    NE("!="),
    RE("=~"),
    NRE("!~");

    private final String text;

    Op(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    public boolean isRegex() {
      return this == RE || this == NRE;
    }
  }

  public String promql() {
    return label + op.text() + quote(value);
  }

  /** A PromQL string literal: the same escaping in queries and in promtool's label sets. */
  public static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
