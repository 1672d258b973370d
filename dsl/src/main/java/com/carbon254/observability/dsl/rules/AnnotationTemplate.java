package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one template annotations may use, {@code {{ $labels.<name> }}}: checked where an alert is
 * built, expanded where its promtool tests are rendered. {@code $value} and template functions are
 * refused because a test cannot predict their text.
 */
public final class AnnotationTemplate {
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern LABEL =
      Pattern.compile("\\s*\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*)\\s*");

  private AnnotationTemplate() {}

  static void check(String object, String field, String text, Set<String> resultLabels) {
    String outsideTemplates = TEMPLATE.matcher(text).replaceAll("");
    if (outsideTemplates.contains("{{") || outsideTemplates.contains("}}")) {
      throw new DefinitionException(
          object,
          field + " has an unclosed '{{' or a stray '}}'; write templates as {{ $labels.<name> }}");
    }
    Matcher m = TEMPLATE.matcher(text);
    while (m.find()) {
      Matcher label = LABEL.matcher(m.group(1));
      if (!label.matches()) {
        throw new DefinitionException(
            object,
            field
                + " uses the template '"
                + m.group()
                + "'; only {{ $labels.<name> }} is allowed, so tests can predict the text");
      }
      if (!resultLabels.contains(label.group(1))) {
        throw new DefinitionException(
            object,
            field
                + " uses {{ $labels."
                + label.group(1)
                + " }}, but the query returns only "
                + new TreeSet<>(resultLabels)
                + "; keep that label in the query's by(...)");
      }
    }
  }

  /** What Prometheus makes of the text for an alert with {@code labels}. */
  public static String expand(String text, Map<String, String> labels) {
    Matcher m = TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Matcher label = LABEL.matcher(m.group(1));
      if (!label.matches()) {
        throw new IllegalStateException(
            "annotation template beyond {{ $labels.x }} cannot be predicted: " + text);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(labels.getOrDefault(label.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
