package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The constant labels a rule adds to its result: the same rules for alerts and recordings. */
final class RuleLabels {
  private static final Pattern LABEL = Pattern.compile("[a-z_][a-z0-9_]*");

  private RuleLabels() {}

  /**
   * @param reserved names the rule may not set, with {@code reservedHint} saying what to do instead
   */
  static void check(
      String object,
      Map<String, String> labels,
      Set<String> resultLabels,
      Set<String> reserved,
      String reservedHint) {
    for (Map.Entry<String, String> label : labels.entrySet()) {
      String key = label.getKey();
      if (!LABEL.matcher(key).matches() || key.startsWith("__") || reserved.contains(key)) {
        throw new DefinitionException(
            object, "label '" + key + "' is reserved or not a label name; " + reservedHint);
      }
      if (resultLabels.contains(key)) {
        throw new DefinitionException(
            object,
            "label '" + key + "' would overwrite the same label of the query's result; rename it");
      }
      if (label.getValue().contains("{{")) {
        throw new DefinitionException(
            object,
            "label '"
                + key
                + "' has a template in its value; label values must be constant, put the text in an annotation");
      }
    }
  }
}
