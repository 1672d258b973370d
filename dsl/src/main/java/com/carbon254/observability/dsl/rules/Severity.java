package com.carbon254.observability.dsl.rules;

import java.util.Locale;

/** The seed's three alert severities, as the {@code severity} label Alertmanager routes on. */
public enum Severity {
  /** Wake someone up: users feel it now. */
  PAGE,
  /** Look at it in working hours. */
  WARN,
  /** Context for other alerts; never notifies on its own. */
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
