package com.carbon254.observability.dsl.lint;

/**
 * One finding: which check, on which object ({@code alert ALERT_X}, {@code recording x:y}, {@code
 * dashboard uid}, the names a silence uses), in which file, and what is wrong.
 */
public record LintFinding(LintCheck check, String object, String file, String message) {
  /** The one line {@code lint} prints: severity, check, object, problem, fix. */
  public String line() {
    return check.severity()
        + " "
        + check.id()
        + " "
        + object
        + (file.isEmpty() ? "" : " (" + file + ")")
        + ": "
        + message
        + "; fix: "
        + check.fix();
  }
}
