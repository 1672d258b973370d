package com.carbon254.observability.dsl.promql;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Prometheus matches label regexes with Go's RE2, which has no look-around, back-references,
 * possessive quantifiers or atomic groups. Java's engine accepts all of them, so they are refused
 * here; RE2's {@code (?P<name>...)} groups, which Java spells {@code (?<name>...)}, are accepted.
 */
final class Re2 {
  private static final Pattern PERL_ONLY =
      Pattern.compile("\\(\\?(=|!|<=|<!|>)|\\\\[1-9]|\\\\[gkZ]|[*+?}]\\+");

  private Re2() {}

  /** The problem with {@code regex} as an RE2 expression, or null if it is fine. */
  static String problem(String regex) {
    String unescapedClasses = regex.replaceAll("\\\\\\\\", "");
    java.util.regex.Matcher perl = PERL_ONLY.matcher(unescapedClasses);
    if (perl.find()) {
      return "uses '" + perl.group() + "', which Prometheus' RE2 engine does not support";
    }
    try {
      Pattern.compile(regex.replace("(?P<", "(?<"));
      return null;
    } catch (PatternSyntaxException e) {
      return "is not a valid regular expression: " + e.getDescription();
    }
  }
}
