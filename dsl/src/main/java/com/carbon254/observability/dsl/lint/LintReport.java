package com.carbon254.observability.dsl.lint;

import com.carbon254.observability.dsl.bundle.LintSilence;
import java.util.List;

/** The findings that stand, and those a bundle silenced with the reason it gave. */
public record LintReport(List<LintFinding> findings, List<Silenced> silenced) {
  public LintReport {
    findings = List.copyOf(findings);
    silenced = List.copyOf(silenced);
  }

  public record Silenced(LintFinding finding, String bundle, LintSilence silence) {}

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.check().severity() == LintSeverity.ERROR);
  }

  public long count(LintSeverity severity) {
    return findings.stream().filter(f -> f.check().severity() == severity).count();
  }
}
