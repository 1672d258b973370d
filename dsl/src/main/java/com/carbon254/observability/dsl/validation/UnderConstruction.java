package com.carbon254.observability.dsl.validation;

import java.util.Optional;

/**
 * The rule or panel whose definition is being written, so a problem found in a query built for it
 * names it: {@code alert 'ALERT_X': query 'sum by (rout) (...)': ...} instead of the query alone.
 *
 * <p>Java evaluates {@code Alert.named("X").when(query)} left to right: {@code named} runs before
 * the query is built, and {@code build()} after. The object is kept per thread, and the bundle's
 * guard forgets it before each declaration, so a stale name cannot leak into another one.
 */
public final class UnderConstruction {
  private static final ThreadLocal<String> OBJECT = new ThreadLocal<>();

  private UnderConstruction() {}

  /** Called where a rule or panel is named, before its queries are built. */
  public static void begin(String object) {
    OBJECT.set(object);
  }

  /** Called once the object is built: later problems are no longer its own. */
  public static void end(String object) {
    if (object.equals(OBJECT.get())) {
      OBJECT.remove();
    }
  }

  public static void forget() {
    OBJECT.remove();
  }

  public static Optional<String> current() {
    return Optional.ofNullable(OBJECT.get());
  }

  /**
   * The problem as its owner's: a query or selector problem thrown while a rule or panel was being
   * defined is prefixed with that rule or panel; a problem of the owner itself is left as it is.
   */
  public static DefinitionException attributed(DefinitionException problem) {
    Optional<String> owner = current();
    if (owner.isEmpty() || problem.object().startsWith(owner.get())) {
      return problem;
    }
    return new DefinitionException(owner.get() + ": " + problem.object(), problem.problem());
  }
}
