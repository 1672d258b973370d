package com.carbon254.observability.dsl.bundle;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.regex.Pattern;

/**
 * A bundle's decision that one lint check does not apply to one of its objects, with the reason
 * next to it, e.g. {@code d.lintSilence("promql/rate-window", "alert ALERT_X_BURST", "bursts last
 * under a minute; a 30s window is the point")}. The object is named as lint names it: {@code alert
 * <name>}, {@code recording <series>}, {@code dashboard <uid>}.
 */
public record LintSilence(String check, String object, String reason) {
  private static final Pattern CHECK = Pattern.compile("[a-z]+/[a-z0-9-]+");
  private static final Pattern OBJECT = Pattern.compile("(alert|recording|dashboard) \\S.*");

  public LintSilence {
    String name = DefinitionException.name("lint silence", check + " on " + object);
    if (check == null || !CHECK.matcher(check).matches()) {
      throw new DefinitionException(
          name,
          "names no check; use a check id such as 'promql/rate-window' (observability lint --checks"
              + " lists them)");
    }
    if (object == null || !OBJECT.matcher(object).matches()) {
      throw new DefinitionException(
          name, "names no object; write 'alert <name>', 'recording <series>' or 'dashboard <uid>'");
    }
    if (reason == null || reason.isBlank()) {
      throw new DefinitionException(
          name, "has no reason; say why the check does not apply, for the next reviewer");
    }
  }
}
