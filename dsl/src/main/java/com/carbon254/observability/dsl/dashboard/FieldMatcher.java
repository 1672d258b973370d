package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Which fields an override applies to: by name, by a regex on names, by query, or by type. */
public sealed interface FieldMatcher {
  /** Grafana's matcher id. */
  String id();

  /** The matcher's option, as Grafana stores it. */
  String option();

  /** The field with this display name, e.g. a series named by its legend {@code "5xx"}. */
  record ByName(String name) implements FieldMatcher {
    public ByName {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String id() {
      return "byName";
    }

    @Override
    public String option() {
      return name;
    }
  }

  /** Fields whose display name matches a regular expression. */
  record ByRegexp(String regex) implements FieldMatcher {
    public ByRegexp {
      Objects.requireNonNull(regex, "regex");
    }

    @Override
    public String id() {
      return "byRegexp";
    }

    @Override
    public String option() {
      return regex;
    }
  }

  /** The fields of one query, by its refId. */
  record ByQuery(String refId) implements FieldMatcher {
    public ByQuery {
      Objects.requireNonNull(refId, "refId");
    }

    @Override
    public String id() {
      return "byFrameRefID";
    }

    @Override
    public String option() {
      return refId;
    }
  }

  /** Fields of one type: numbers, strings, times. */
  record ByType(FieldType type) implements FieldMatcher {
    public ByType {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public String id() {
      return "byType";
    }

    @Override
    public String option() {
      return type.json();
    }
  }
}
