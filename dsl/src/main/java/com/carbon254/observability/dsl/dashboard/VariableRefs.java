package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variable references Grafana interpolates in a text: {@code $var}, {@code ${var}},
 * {@code ${var:format}} and {@code [[var]]} (with {@code [[var:format]]}), and knows Grafana's
 * built-in variables, the link-only ones and the formats.
 */
final class VariableRefs {
  private VariableRefs() {}

  /** One reference: the name as written (dots and all) and its format, or "" without one. */
  record Ref(String text, String name, String format) {}

  private static final Pattern REF =
      Pattern.compile(
          "\\$\\{([^}:]*)(?::([^}]*))?\\}|\\[\\[([A-Za-z0-9_.]+)(?::([^\\]]*))?\\]\\]|\\$([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)");

  /** Grafana's global variables, usable anywhere. */
  static final Set<String> BUILT_INS =
      Set.of(
          "__interval",
          "__interval_ms",
          "__rate_interval",
          "__rate_interval_ms",
          "__range",
          "__range_s",
          "__range_ms",
          "__dashboard",
          "__from",
          "__to",
          "__timeFilter",
          "timeFilter",
          "__timezone",
          "__url_time_range",
          "__all_variables",
          "__name",
          "__org",
          "__user",
          "__auto",
          "__auto_interval");

  /** Dotted built-ins: {@code ${__dashboard.uid}}, {@code ${__user.login}}, ... */
  static final Set<String> DOTTED_BUILT_INS =
      Set.of(
          "__dashboard.uid",
          "__dashboard.name",
          "__org.id",
          "__org.name",
          "__user.id",
          "__user.login",
          "__user.email");

  /** What only data links know: the clicked series, field and value. */
  private static final Set<String> LINK_VARIABLES =
      Set.of(
          "__series.name",
          "__field.name",
          "__field.displayName",
          "__value.raw",
          "__value.numeric",
          "__value.text",
          "__value.time",
          "__value.calc");

  private static final Pattern LINK_PATTERNS =
      Pattern.compile(
          "__field\\.labels\\.[A-Za-z_][A-Za-z0-9_]*|__data\\.fields(?:\\[[0-9]+\\]|\\[\"[^\"]+\"\\]|\\.[A-Za-z_][A-Za-z0-9_]*)");

  static final Set<String> FORMATS =
      Set.of(
          "csv",
          "distributed",
          "doublequote",
          "glob",
          "json",
          "lucene",
          "percentencode",
          "pipe",
          "raw",
          "regex",
          "singlequote",
          "sqlstring",
          "text",
          "queryparam",
          "date",
          "htmlescape");

  static List<Ref> find(String text) {
    List<Ref> refs = new ArrayList<>();
    Matcher m = REF.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        refs.add(new Ref(m.group(), m.group(1), m.group(2) == null ? "" : m.group(2)));
      } else if (m.group(3) != null) {
        refs.add(new Ref(m.group(), m.group(3), m.group(4) == null ? "" : m.group(4)));
      } else {
        refs.add(new Ref(m.group(), m.group(5), ""));
      }
    }
    return refs;
  }

  static boolean isBuiltIn(String name) {
    return BUILT_INS.contains(name) || DOTTED_BUILT_INS.contains(name);
  }

  static boolean isLinkVariable(String name) {
    return LINK_VARIABLES.contains(name) || LINK_PATTERNS.matcher(name).matches();
  }

  /** {@code date} takes its own options ({@code ${__from:date:iso}}); the others stand alone. */
  static boolean isFormat(String format) {
    return format.isEmpty() || FORMATS.contains(format) || format.startsWith("date:");
  }
}
