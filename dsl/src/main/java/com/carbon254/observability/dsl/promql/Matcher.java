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

  /**
   * Whether a series with {@code labels} passes this matcher, as Prometheus matches: a missing
   * label is the empty string, and a regex is anchored RE2.
   */
  public boolean matches(java.util.Map<String, String> labels) {
    String actual = labels.getOrDefault(label, "");
    boolean equal =
        switch (op) {
          case EQ, NE -> actual.equals(value);
          case RE, NRE -> com.google.re2j.Pattern.matches("^(?:" + value + ")$", actual);
        };
    return equal == (op == Op.EQ || op == Op.RE);
  }

  public String promql() {
    return label + op.text() + quote(value);
  }

  /** A PromQL string literal: the same escaping in queries and in promtool's label sets. */
  public static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
