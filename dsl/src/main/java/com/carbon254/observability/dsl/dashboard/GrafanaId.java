package com.carbon254.observability.dsl.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Grafana's id of one variant of a sealed model type (an override property, a field matcher, a
 * value mapping), written beside the variant instead of in an {@code id()} method per record; the
 * type's {@code id()} reads it through {@link GrafanaIds#of}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface GrafanaId {
  String value();
}
