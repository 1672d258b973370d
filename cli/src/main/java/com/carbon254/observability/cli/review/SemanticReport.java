package com.carbon254.observability.cli.review;

import java.util.List;

/**
 * What changed between two rendered trees, object by object, and what the change breaks elsewhere.
 * Immutable; {@link ReportFormat} prints it.
 */
public record SemanticReport(String from, String to, List<Change> changes, List<Broken> broken) {
  public SemanticReport {
    changes = List.copyOf(changes);
    broken = List.copyOf(broken);
  }

  public boolean isEmpty() {
    return changes.isEmpty() && broken.isEmpty();
  }

  /** The report's sections, in the order they are printed. */
  public enum Domain {
    ALERTS("alerts"),
    RECORDINGS("recordings"),
    RULE_GROUPS("rule groups"),
    SLOS("SLOs"),
    DASHBOARDS("dashboards"),
    ALERTMANAGER("Alertmanager"),
    RUNBOOKS("runbooks");

    private final String title;

    Domain(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public enum Kind {
    ADDED("+", "added"),
    REMOVED("-", "removed"),
    CHANGED("~", "changed");

    private final String sign;
    private final String word;

    Kind(String sign, String word) {
      this.sign = sign;
      this.word = word;
    }

    public String sign() {
      return sign;
    }

    public String word() {
      return word;
    }
  }

  /**
   * One object added, removed or changed. {@code note} follows the name (the severity of an added
   * alert, "still read by 2 panels: broken"); {@code details} are what changed, one clause each.
   */
  public record Change(
      Domain domain, Kind kind, String object, String name, String note, List<String> details) {
    public Change {
      details = List.copyOf(details);
    }

    public String line() {
      return kind.sign()
          + " "
          + object
          + " "
          + name
          + (note.isEmpty() ? "" : " " + note)
          + (details.isEmpty() ? "" : ": " + String.join("; ", details));
    }
  }

  /**
   * Something the change leaves dangling: a recording still read, a variable still used, a runbook
   * no alert links.
   */
  public record Broken(String object, String name, String problem, List<String> readers) {
    public Broken {
      readers = List.copyOf(readers);
    }

    public String line() {
      return object
          + " "
          + name
          + ": "
          + problem
          + (readers.isEmpty() ? "" : " (" + String.join(", ", readers) + ")");
    }
  }
}
