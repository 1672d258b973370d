package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Which fields an override applies to: by name, by a regex on names, by query, or by type. */
public sealed interface FieldMatcher {
  /** Grafana's matcher id. */
  default String id() {
    return GrafanaIds.of(this);
  }

  /** The matcher's option, as Grafana stores it. */
  String option();

  /** The field with this display name, e.g. a series named by its legend {@code "5xx"}. */
  @GrafanaId("byName")
  record ByName(String name) implements FieldMatcher {
    public ByName {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String option() {
      return name;
    }
  }

  /** Fields whose display name matches a regular expression. */
  @GrafanaId("byRegexp")
  record ByRegexp(String regex) implements FieldMatcher {
    public ByRegexp {
      Objects.requireNonNull(regex, "regex");
    }

    @Override
    public String option() {
      return regex;
    }
  }

  /** The fields of one query, by its refId. */
  @GrafanaId("byFrameRefID")
  record ByQuery(String refId) implements FieldMatcher {
    public ByQuery {
      Objects.requireNonNull(refId, "refId");
    }

    @Override
    public String option() {
      return refId;
    }
  }

  /** Fields of one type: numbers, strings, times. */
  @GrafanaId("byType")
  record ByType(FieldType type) implements FieldMatcher {
    public ByType {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public String option() {
      return type.json();
    }
  }
}
