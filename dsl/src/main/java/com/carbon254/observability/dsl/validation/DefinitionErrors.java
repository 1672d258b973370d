package com.carbon254.observability.dsl.validation;

import java.util.List;

/** Several definition errors found while building one object, so all are reported at once. */
public final class DefinitionErrors extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionException> errors;

  public DefinitionErrors(List<DefinitionException> errors) {
    super(errors.size() + " definition errors, first: " + errors.get(0).getMessage());
    this.errors = List.copyOf(errors);
  }

  public List<DefinitionException> errors() {
    return errors;
  }

  /** Runs each step, collecting its error instead of stopping at the first. */
  public static void collect(List<DefinitionException> into, Runnable step) {
    try {
      step.run();
    } catch (DefinitionException e) {
      into.add(e);
    } catch (DefinitionErrors e) {
      into.addAll(e.errors());
    }
  }

  /** Throws what was collected, if anything. */
  public static void throwIfAny(List<DefinitionException> errors) {
    if (errors.size() == 1) {
      throw errors.get(0);
    }
    if (!errors.isEmpty()) {
      throw new DefinitionErrors(errors);
    }
  }
}
