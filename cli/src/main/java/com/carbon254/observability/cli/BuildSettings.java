package com.carbon254.observability.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Settings the build hands to the program (root pom properties, filtered into build.properties).
 */
final class BuildSettings {
  private static final Properties PROPERTIES = load();

  private BuildSettings() {}

  /** The root pom's {@code runbook.base.url}: where the generated runbooks are published. */
  static String runbookBaseUrl() {
    return PROPERTIES.getProperty("runbook.base.url");
  }

  /** The root pom's {@code grafana.base.url}: where people open Grafana. */
  static String grafanaBaseUrl() {
    return PROPERTIES.getProperty("grafana.base.url");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = BuildSettings.class.getResourceAsStream("/build.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "build.properties is missing from the program's jar; rebuild with mvn package");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (String.valueOf(properties.getProperty("runbook.base.url")).startsWith("${")
        || String.valueOf(properties.getProperty("grafana.base.url")).startsWith("${")) {
      throw new IllegalStateException(
          "build.properties was not filtered by Maven; rebuild with mvn package");
    }
    return properties;
  }
}
