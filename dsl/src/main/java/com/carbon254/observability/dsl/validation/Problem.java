package com.carbon254.observability.dsl.validation;

import java.util.Comparator;

/** One reported problem: which bundle, which object, what to do. */
public record Problem(String bundle, String object, String message) implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::bundle)
          .thenComparing(Problem::object)
          .thenComparing(Problem::message);

  public static Problem of(String bundle, DefinitionException e) {
    return new Problem(bundle, e.object(), e.problem());
  }

  /** The one line the build prints. */
  public String line() {
    return "bundle '" + bundle + "': " + object + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line();
  }
}
