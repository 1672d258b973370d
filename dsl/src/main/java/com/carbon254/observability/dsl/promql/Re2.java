package com.carbon254.observability.dsl.promql;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Checks a label regex with RE2/J, the Java port of Go's {@code regexp} that Prometheus compiles
 * matchers with, instead of {@link java.util.regex.Pattern}, which accepts look-around,
 * back-references and possessive repeats that Prometheus refuses.
 */
final class Re2 {
  private static final java.util.regex.Pattern GO_1_22_NAMED_GROUP =
      java.util.regex.Pattern.compile("\\(\\?<[^=!]");

  private Re2() {}

  /** The problem with {@code regex} as Prometheus 2.42 parses it, or null if it is fine. */
  static String problem(String regex) {
    // RE2/J follows Go 1.22, which added (?<name>...); Prometheus 2.42 is built with Go 1.19.
    if (GO_1_22_NAMED_GROUP.matcher(regex).find()) {
      return "uses (?<name>...), which Prometheus 2.42 (Go 1.19) refuses; write (?P<name>...)";
    }
    try {
      Pattern.compile(regex);
      return null;
    } catch (PatternSyntaxException e) {
      return "is not a valid RE2 regex (" + e.getDescription() + ": `" + e.getPattern() + "`)";
    }
  }
}
