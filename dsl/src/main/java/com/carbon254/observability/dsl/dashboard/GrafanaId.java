package com.carbon254.observability.dsl.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Grafana's id of one variant of a sealed model type (a panel's options, an override property, a
 * field matcher, a value mapping), written beside the variant instead of in a method per record;
 * the type's {@code id()} or {@code type()} reads it through {@link GrafanaIds#of}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface GrafanaId {
  String value();
}
