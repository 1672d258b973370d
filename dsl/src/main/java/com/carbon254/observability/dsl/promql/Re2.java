package com.carbon254.observability.dsl.promql;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a label regex against the syntax of Go's RE2 as Prometheus 2.42 (Go 1.19) parses it.
 *
 * <p>Java's engine accepts much that RE2 refuses (look-around, back-references, possessive and
 * nested quantifiers, {@code (?<name>)}, {@code \h}, {@code \p{Alpha}}, class intersections) and
 * refuses some RE2 (literal braces such as {@code x{,3}}, {@code \p{Greek}}), so the check is a
 * small RE2 reader of its own, not {@link java.util.regex.Pattern}.
 */
final class Re2 {
  private static final int MAX_REPEAT = 1000;
  private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)(,(\\d*))?}");
  private static final Pattern FLAGS = Pattern.compile("\\(\\?([imsU]*)(-[imsU]+)?([:)])");
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P<[A-Za-z0-9_]+>");
  private static final Pattern HEX = Pattern.compile("x([0-9A-Fa-f]{2}|\\{[0-9A-Fa-f]{1,6}})");
  private static final Pattern UNICODE_CLASS = Pattern.compile("[pP](\\{\\^?([A-Za-z_]+)}|[A-Z])");
  private static final Set<String> SINGLE_ESCAPES = Set.of("a", "f", "t", "n", "r", "v", "d", "D", "s", "S", "w", "W", "b", "B", "A", "z");
  private static final Set<String> CATEGORIES =
      Set.of(
          "Any", "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl",
          "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");
  /** Java's own class names, which RE2 does not know. */
  private static final Pattern JAVA_ONLY_CLASS =
      Pattern.compile("(Is|In|java).*|Alpha|Digit|Alnum|Punct|Lower|Upper|Space|XDigit|Blank|Cntrl|Graph|Print|ASCII");

  private final String regex;
  private int at;

  private Re2(String regex) {
    this.regex = regex;
  }

  /** The problem with {@code regex} as an RE2 expression, or null if it is fine. */
  static String problem(String regex) {
    try {
      new Re2(regex).read();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private void read() {
    int depth = 0;
    boolean canRepeat = false;
    boolean repeated = false;
    while (at < regex.length()) {
      char c = regex.charAt(at);
      if (c == '\\') {
        escape(false);
        canRepeat = true;
        repeated = false;
      } else if (c == '[') {
        characterClass();
        canRepeat = true;
        repeated = false;
      } else if (c == '(') {
        if (group()) {
          depth++;
        }
        canRepeat = false;
        repeated = false;
      } else if (c == ')') {
        if (--depth < 0) {
          throw refused("has an unopened ')'");
        }
        at++;
        canRepeat = true;
        repeated = false;
      } else if (c == '*' || c == '+' || c == '?' || (c == '{' && repeatAhead())) {
        String quantifier = c == '{' ? repeat() : String.valueOf(c);
        if (c != '{') {
          at++;
        }
        if (!canRepeat) {
          throw refused("repeats nothing with '" + quantifier + "'");
        }
        if (repeated) {
          throw refused("repeats a repetition ('" + quantifier + "'), which RE2 refuses");
        }
        if (at < regex.length() && regex.charAt(at) == '+') {
          throw refused("uses the possessive '" + quantifier + "+', which Prometheus' RE2 engine does not support");
        }
        if (at < regex.length() && regex.charAt(at) == '?') {
          at++; // lazy
        }
        repeated = true;
      } else {
        at++;
        canRepeat = c != '|';
        repeated = false;
      }
    }
    if (depth != 0) {
      throw refused("has an unclosed '('");
    }
  }

  private boolean repeatAhead() {
    return REPEAT.matcher(regex).region(at, regex.length()).lookingAt();
  }

  private String repeat() {
    Matcher m = REPEAT.matcher(regex).region(at, regex.length());
    m.lookingAt();
    long min = Long.parseLong(m.group(1));
    long max = m.group(3) == null || m.group(3).isEmpty() ? min : Long.parseLong(m.group(3));
    if (min > MAX_REPEAT || max > MAX_REPEAT || (m.group(3) != null && !m.group(3).isEmpty() && max < min)) {
      throw refused("repeats '" + m.group() + "', beyond RE2's limit of " + MAX_REPEAT + " or backwards");
    }
    at = m.end();
    return m.group();
  }

  /** Reads a '(' construct; returns whether it opens a group that a ')' must close. */
  private boolean group() {
    if (at + 1 >= regex.length() || regex.charAt(at + 1) != '?') {
      at++;
      return true;
    }
    Matcher named = NAMED_GROUP.matcher(regex).region(at, regex.length());
    if (named.lookingAt()) {
      at = named.end();
      return true;
    }
    Matcher flags = FLAGS.matcher(regex).region(at, regex.length());
    if (flags.lookingAt() && (flags.group(3).equals(":") || flags.end() - at > 3)) {
      at = flags.end();
      return flags.group(3).equals(":"); // "(?i)" only sets flags; "(?i:" and "(?:" open a group
    }
    String construct = regex.substring(at, Math.min(regex.length(), at + 4));
    throw refused("uses '" + construct + "', which Prometheus' RE2 engine does not support");
  }

  private void characterClass() {
    at++;
    if (at < regex.length() && regex.charAt(at) == '^') {
      at++;
    }
    if (at < regex.length() && regex.charAt(at) == ']') {
      at++;
    }
    while (at < regex.length() && regex.charAt(at) != ']') {
      char c = regex.charAt(at);
      if (c == '\\') {
        escape(true);
      } else if (c == '[') {
        if (regex.startsWith("[:", at)) {
          int end = regex.indexOf(":]", at + 2);
          if (end < 0) {
            throw refused("has an unclosed '[:' class");
          }
          at = end + 2;
        } else {
          throw refused("nests '[' inside a class, which Java reads as a union and RE2 as a '['; escape it");
        }
      } else if (regex.startsWith("&&", at)) {
        throw refused("uses '&&' inside a class, which Java reads as an intersection and RE2 as '&'; write the set out");
      } else {
        at++;
      }
    }
    if (at >= regex.length()) {
      throw refused("has an unclosed '['");
    }
    at++;
  }

  private void escape(boolean inClass) {
    if (at + 1 >= regex.length()) {
      throw refused("ends with a lone '\\'");
    }
    String rest = regex.substring(at + 1);
    char c = rest.charAt(0);
    if (c == 'Q') {
      int end = regex.indexOf("\\E", at + 2);
      at = end < 0 ? regex.length() : end + 2;
      return;
    }
    if (!Character.isLetterOrDigit(c)) {
      at += 2;
      return;
    }
    if (SINGLE_ESCAPES.contains(String.valueOf(c)) && !(inClass && (c == 'b' || c == 'B' || c == 'A' || c == 'z'))) {
      at += 2;
      return;
    }
    if (c == '0' || (c >= '1' && c <= '7' && rest.length() > 1 && Character.isDigit(rest.charAt(1)))) {
      at += 2;
      while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
        at++;
      }
      return;
    }
    Matcher hex = HEX.matcher(rest);
    if (hex.lookingAt()) {
      at += 1 + hex.end();
      return;
    }
    Matcher unicode = UNICODE_CLASS.matcher(rest);
    if (unicode.lookingAt()) {
      String name = unicode.group(2) != null ? unicode.group(2) : unicode.group(1);
      if (JAVA_ONLY_CLASS.matcher(name).matches()
          || (!CATEGORIES.contains(name) && !name.matches("[A-Z][a-z]+(_[A-Z][a-z]+)*"))) {
        throw refused("uses '\\" + unicode.group() + "', which Prometheus' RE2 engine does not support");
      }
      at += 1 + unicode.end();
      return;
    }
    throw refused("uses '\\" + c + "', which Prometheus' RE2 engine does not support");
  }

  private IllegalArgumentException refused(String problem) {
    return new IllegalArgumentException(problem);
  }
}
