package com.carbon254.observability.dsl.validation;

/**
 * A definition that cannot be rendered: names the object and says how to fix it.
 *
 * <p>Thrown where an object is built. The program adds the bundle's name when it reports it, so a
 * message reads {@code bundle 'access': alert 'ALERT_X': <problem>; <fix>}.
 */
public final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String object;
  private final String problem;

  public DefinitionException(String object, String problem) {
    super(object + ": " + problem);
    this.object = object;
    this.problem = problem;
  }

  /** The kind and name of the object, as in {@code alert 'ALERT_GATEWAY_HIGH_ERROR_RATE'}. */
  public String object() {
    return object;
  }

  /** What is wrong and what to do, in one line. */
  public String problem() {
    return problem;
  }

  /** {@code kind 'name'}, the way every message names an object. */
  public static String name(String kind, String name) {
    return kind + " '" + name + "'";
  }
}
