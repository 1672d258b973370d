package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Vector;

/** A rule of a rule group: a recording or an alert. */
public sealed interface Rule permits RecordingRule, Alert {
  /** The recorded series name or the alert name. */
  String name();

  /** What the rule evaluates. */
  Vector expr();

  /** {@code recording rule 'x'} or {@code alert 'x'}, as messages name it. */
  String describe();
}
