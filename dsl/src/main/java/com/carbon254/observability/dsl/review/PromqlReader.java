package com.carbon254.observability.dsl.review;

import com.carbon254.observability.dsl.review.PromExpr.Aggregate;
import com.carbon254.observability.dsl.review.PromExpr.Binary;
import com.carbon254.observability.dsl.review.PromExpr.Call;
import com.carbon254.observability.dsl.review.PromExpr.Grouping;
import com.carbon254.observability.dsl.review.PromExpr.LabelMatcher;
import com.carbon254.observability.dsl.review.PromExpr.Matching;
import com.carbon254.observability.dsl.review.PromExpr.Paren;
import com.carbon254.observability.dsl.review.PromExpr.Selector;
import com.carbon254.observability.dsl.review.PromExpr.Str;
import com.carbon254.observability.dsl.review.PromExpr.Subquery;
import com.carbon254.observability.dsl.review.PromExpr.Unary;
import com.carbon254.observability.dsl.review.PromExpr.Variable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads PromQL text into a {@link PromExpr}: a recursive-descent reader of the whole expression
 * language (selectors, ranges, subqueries, offset and {@code @}, functions, aggregations with their
 * grouping before or after the arguments, every binary operator with {@code bool}, {@code on},
 * {@code ignoring}, {@code group_left/right}), with Prometheus's operator precedence. Grafana's
 * template variables ({@code $__rate_interval}, {@code $job}, {@code ${n}}) are accepted where
 * dashboards put them. No library reads PromQL on the JVM; this one only has to read, not check.
 */
public final class PromqlReader {
  private static final Set<String> AGGREGATIONS =
      Set.of(
          "sum",
          "min",
          "max",
          "avg",
          "group",
          "stddev",
          "stdvar",
          "count",
          "count_values",
          "bottomk",
          "topk",
          "quantile",
          "limitk",
          "limit_ratio");
  private static final Set<String> PARAMETRISED =
      Set.of("count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
  private static final List<List<String>> LEVELS =
      List.of(
          List.of("or"),
          List.of("and", "unless"),
          List.of("==", "!=", "<=", ">=", "<", ">"),
          List.of("+", "-"),
          List.of("*", "/", "%", "atan2"));

  private final String src;
  private int pos;

  private PromqlReader(String src) {
    this.src = src;
  }

  /** Reads a whole expression, or throws {@link PromqlSyntaxException} saying where it stopped. */
  public static PromExpr read(String text) {
    PromqlReader reader = new PromqlReader(text);
    PromExpr expr = reader.expression(0);
    reader.skipSpace();
    if (reader.pos < reader.src.length()) {
      throw reader.error("unexpected '" + reader.src.charAt(reader.pos) + "'");
    }
    return expr;
  }

  /** A query that must be read, with what it belongs to named in the message when it cannot be. */
  public static final class PromqlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PromqlSyntaxException(String message) {
      super(message);
    }
  }

  private PromqlSyntaxException error(String what) {
    return new PromqlSyntaxException(what + " at column " + (pos + 1) + " of: " + src.strip());
  }

  private PromExpr expression(int level) {
    if (level == LEVELS.size()) {
      return unary();
    }
    PromExpr lhs = expression(level + 1);
    while (true) {
      String op = peekOperator(LEVELS.get(level));
      if (op == null) {
        return lhs;
      }
      pos += op.length();
      boolean bool = keyword("bool");
      Matching matching = matching();
      PromExpr rhs = expression(level + 1);
      lhs = new Binary(op, lhs, rhs, bool, matching);
    }
  }

  private PromExpr unary() {
    skipSpace();
    if (peek('-') || peek('+')) {
      char op = src.charAt(pos++);
      PromExpr inner = unary();
      return op == '-' ? new Unary("-", inner) : inner;
    }
    return power();
  }

  /**
   * {@code ^} binds tighter than unary minus and to the right: {@code -2^3^2} is {@code
   * -(2^(3^2))}.
   */
  private PromExpr power() {
    PromExpr base = postfix(primary());
    skipSpace();
    if (peek('^')) {
      pos++;
      boolean bool = keyword("bool");
      Matching matching = matching();
      return new Binary("^", base, unary(), bool, matching);
    }
    return base;
  }

  private PromExpr postfix(PromExpr expr) {
    while (true) {
      skipSpace();
      if (peek('[')) {
        pos++;
        int close = src.indexOf(']', pos);
        if (close < 0) {
          throw error("unclosed '['");
        }
        String inside = src.substring(pos, close).strip();
        pos = close + 1;
        int colon = inside.indexOf(':');
        if (colon >= 0) {
          String step = inside.substring(colon + 1).strip();
          expr =
              new Subquery(
                  expr,
                  inside.substring(0, colon).strip(),
                  step.isEmpty() ? null : step,
                  null,
                  null);
        } else if (expr instanceof Selector s && s.range() == null) {
          expr = new Selector(s.metric(), s.matchers(), inside, s.offset(), s.at());
        } else {
          throw error("a range needs a series selector before it");
        }
      } else if (keyword("offset")) {
        String offset = word();
        expr = withModifiers(expr, offset, null);
      } else if (peek('@')) {
        pos++;
        skipSpace();
        int start = pos;
        word();
        skipSpace();
        if (peek('(')) {
          expect('(');
          expect(')');
        }
        expr = withModifiers(expr, null, src.substring(start, pos).replace(" ", ""));
      } else {
        return expr;
      }
    }
  }

  private PromExpr withModifiers(PromExpr expr, String offset, String at) {
    if (expr instanceof Selector s) {
      return new Selector(
          s.metric(),
          s.matchers(),
          s.range(),
          offset != null ? offset : s.offset(),
          at != null ? at : s.at());
    }
    if (expr instanceof Subquery q) {
      return new Subquery(
          q.expr(),
          q.range(),
          q.step(),
          offset != null ? offset : q.offset(),
          at != null ? at : q.at());
    }
    throw error("offset and @ need a selector or a subquery before them");
  }

  private PromExpr primary() {
    skipSpace();
    if (pos >= src.length()) {
      throw error("the expression ends early");
    }
    char c = src.charAt(pos);
    if (c == '(') {
      pos++;
      PromExpr inner = expression(0);
      expect(')');
      return new Paren(inner);
    }
    if (c == '{') {
      return new Selector(null, matchers(), null, null, null);
    }
    if (c == '"' || c == '\'' || c == '`') {
      return new Str(string());
    }
    if (c == '$') {
      return new Variable(variable());
    }
    if (Character.isDigit(c)
        || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
      return number();
    }
    if (isIdentStart(c)) {
      String ident = identifier();
      String lower = ident.toLowerCase(Locale.ROOT);
      skipSpace();
      if (AGGREGATIONS.contains(lower) && (peek('(') || peekWord("by") || peekWord("without"))) {
        return aggregate(lower);
      }
      if (peek('(')) {
        pos++;
        List<PromExpr> args = new ArrayList<>();
        skipSpace();
        if (!peek(')')) {
          do {
            args.add(expression(0));
            skipSpace();
          } while (consume(','));
        }
        expect(')');
        return new Call(ident, args);
      }
      if (lower.equals("inf") || lower.equals("nan")) {
        return new PromExpr.Number(null, ident);
      }
      List<LabelMatcher> matchers = peek('{') ? matchers() : List.of();
      return new Selector(ident, matchers, null, null, null);
    }
    throw error("unexpected '" + c + "'");
  }

  private PromExpr aggregate(String op) {
    Grouping grouping = grouping();
    expect('(');
    PromExpr param = null;
    PromExpr inner = expression(0);
    skipSpace();
    if (consume(',')) {
      if (!PARAMETRISED.contains(op)) {
        throw error(op + " takes one argument");
      }
      param = inner;
      inner = expression(0);
    }
    expect(')');
    if (grouping == Grouping.NONE) {
      grouping = grouping();
    }
    return new Aggregate(op, param, inner, grouping);
  }

  private Grouping grouping() {
    for (String kind : List.of("by", "without")) {
      if (keyword(kind)) {
        return new Grouping(kind, labelList());
      }
    }
    return Grouping.NONE;
  }

  private Matching matching() {
    Grouping match = Grouping.NONE;
    for (String kind : List.of("on", "ignoring")) {
      if (keyword(kind)) {
        match = new Grouping(kind, labelList());
      }
    }
    Grouping group = Grouping.NONE;
    for (String kind : List.of("group_left", "group_right")) {
      if (keyword(kind)) {
        skipSpace();
        group = new Grouping(kind, peek('(') ? labelList() : List.of());
      }
    }
    return new Matching(match, group);
  }

  private List<String> labelList() {
    expect('(');
    List<String> labels = new ArrayList<>();
    skipSpace();
    while (!peek(')')) {
      skipSpace();
      char c = pos < src.length() ? src.charAt(pos) : ' ';
      labels.add(c == '$' ? variable() : c == '"' || c == '\'' ? string() : identifier());
      skipSpace();
      if (!consume(',')) {
        break;
      }
      skipSpace();
    }
    expect(')');
    return labels;
  }

  private List<LabelMatcher> matchers() {
    expect('{');
    List<LabelMatcher> matchers = new ArrayList<>();
    skipSpace();
    while (!peek('}')) {
      skipSpace();
      char c = pos < src.length() ? src.charAt(pos) : ' ';
      String label = c == '"' || c == '\'' ? string() : identifier();
      skipSpace();
      String op = null;
      for (String candidate : List.of("=~", "!~", "!=", "=")) {
        if (src.startsWith(candidate, pos)) {
          op = candidate;
          break;
        }
      }
      if (op == null) {
        throw error("a label matcher needs =, !=, =~ or !~");
      }
      pos += op.length();
      skipSpace();
      matchers.add(new LabelMatcher(label, op, string()));
      skipSpace();
      if (!consume(',')) {
        break;
      }
      skipSpace();
    }
    expect('}');
    return matchers;
  }

  private PromExpr number() {
    int start = pos;
    if (src.startsWith("0x", pos) || src.startsWith("0X", pos)) {
      pos += 2;
      while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
        pos++;
      }
      String written = src.substring(start, pos);
      return new PromExpr.Number(new BigDecimal(new BigInteger(written.substring(2), 16)), written);
    }
    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
      pos++;
    }
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int mark = pos++;
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
          pos++;
        }
      } else {
        pos = mark;
      }
    }
    String written = src.substring(start, pos);
    try {
      return new PromExpr.Number(new BigDecimal(written), written);
    } catch (NumberFormatException e) {
      throw error("'" + written + "' is not a number");
    }
  }

  private String string() {
    if (pos >= src.length()) {
      throw error("a quoted string is expected");
    }
    char quote = src.charAt(pos);
    if (quote != '"' && quote != '\'' && quote != '`') {
      throw error("a quoted string is expected");
    }
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < src.length() && src.charAt(pos) != quote) {
      char c = src.charAt(pos++);
      if (c == '\\' && quote != '`' && pos < src.length()) {
        char escaped = src.charAt(pos++);
        switch (escaped) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case '\\', '"', '\'' -> value.append(escaped);
          default -> value.append('\\').append(escaped);
        }
      } else {
        value.append(c);
      }
    }
    if (pos >= src.length()) {
      throw error("unclosed string");
    }
    pos++;
    return value.toString();
  }

  private String variable() {
    int start = pos++;
    if (peek('{')) {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw error("unclosed '${'");
      }
      pos = close + 1;
    } else {
      while (pos < src.length()
          && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
    }
    return src.substring(start, pos);
  }

  /**
   * A duration or a Grafana variable as written after offset or @: {@code 5m}, {@code -1h}, {@code
   * $__range}.
   */
  private String word() {
    skipSpace();
    int start = pos;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isLetterOrDigit(c)
          || c == '_'
          || c == '.'
          || c == '$'
          || c == '{'
          || c == '}'
          || (c == '-' && pos == start)) {
        pos++;
      } else {
        break;
      }
    }
    if (start == pos) {
      throw error("a duration is expected");
    }
    return src.substring(start, pos);
  }

  private String identifier() {
    int start = pos;
    if (pos >= src.length() || !isIdentStart(src.charAt(pos))) {
      throw error("a name is expected");
    }
    while (pos < src.length()
        && (isIdentStart(src.charAt(pos)) || Character.isDigit(src.charAt(pos)))) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
  }

  private String peekOperator(List<String> ops) {
    skipSpace();
    for (String op : ops) {
      if (Character.isLetter(op.charAt(0))) {
        if (peekWord(op)) {
          return op;
        }
      } else if (src.startsWith(op, pos)) {
        // "=~" and "!~" only occur inside braces; "==" must not be read as "=" elsewhere.
        if ((op.equals("<") || op.equals(">")) && src.startsWith("=", pos + 1)) {
          continue;
        }
        return op;
      }
    }
    return null;
  }

  private boolean peekWord(String word) {
    skipSpace();
    if (!src.regionMatches(true, pos, word, 0, word.length())) {
      return false;
    }
    int end = pos + word.length();
    return end >= src.length()
        || !(isIdentStart(src.charAt(end)) || Character.isDigit(src.charAt(end)));
  }

  private boolean keyword(String word) {
    if (peekWord(word)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private boolean peek(char c) {
    return pos < src.length() && src.charAt(pos) == c;
  }

  private boolean consume(char c) {
    skipSpace();
    if (peek(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("'" + c + "' expected");
    }
  }
}
