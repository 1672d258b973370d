package com.carbon254.observability.dsl.lint;

/** How much a finding matters: errors fail {@code validate} and the build; warnings are printed. */
public enum LintSeverity {
  ERROR,
  WARNING
}
