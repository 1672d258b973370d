package com.carbon254.observability.dsl.dashboard;

/** Reads the {@link GrafanaId} of a variant. */
final class GrafanaIds {
  private GrafanaIds() {}

  /** The id on {@code variant}'s class; every variant carries one (checked by a test). */
  static String of(Object variant) {
    GrafanaId id = variant.getClass().getAnnotation(GrafanaId.class);
    if (id == null) {
      throw new IllegalStateException(variant.getClass().getName() + " has no @GrafanaId");
    }
    return id.value();
  }
}
