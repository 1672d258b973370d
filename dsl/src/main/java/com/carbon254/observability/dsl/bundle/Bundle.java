package com.carbon254.observability.dsl.bundle;

/**
 * What a domain module implements, once, and registers in {@code
 * META-INF/services/com.carbon254.observability.dsl.bundle.Bundle}. The program finds every bundle
 * on its classpath; a bundle never writes files itself.
 */
public interface Bundle {
  /** Short lower-case name used in messages and output paths: {@code access}, {@code ingestion}. */
  String name();

  /** Declares the bundle's metrics, rules, alerts and dashboards. */
  void define(BundleDefinition definition);
}
