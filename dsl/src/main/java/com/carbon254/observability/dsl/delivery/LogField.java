package com.carbon254.observability.dsl.delivery;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field of the structured log event: its JSON type and constraints, whether every event must
 * carry it, and the other names services are known to write it under, which the collector's logs
 * pipeline renames to this one.
 */
public record LogField(
    String name,
    Type type,
    boolean required,
    String description,
    Optional<String> pattern,
    List<String> allowed,
    Optional<Long> minimum,
    Optional<Long> maximum,
    List<String> aliases) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** JSON Schema types, with {@code date-time} strings told apart. */
  public enum Type {
    STRING,
    TIMESTAMP,
    INTEGER,
    NUMBER,
    OBJECT
  }

  public LogField {
    allowed = List.copyOf(allowed);
    aliases = List.copyOf(aliases);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "log field '" + name + "' must be snake_case (seed section 7)");
    }
    for (String alias : aliases) {
      if (alias.isEmpty() || alias.contains("\"")) {
        throw new IllegalArgumentException(
            "log field '" + name + "': alias '" + alias + "' cannot be quoted in OTTL");
      }
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("log field '" + name + "' needs a description");
    }
  }

  public static Builder named(String name, Type type) {
    return new Builder(name, type);
  }

  public static final class Builder {
    private final String name;
    private final Type type;
    private boolean required;
    private String description = "";
    private Optional<String> pattern = Optional.empty();
    private List<String> allowed = List.of();
    private Optional<Long> minimum = Optional.empty();
    private Optional<Long> maximum = Optional.empty();
    private List<String> aliases = List.of();

    private Builder(String name, Type type) {
      this.name = name;
      this.type = type;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    /** An RE2/ECMA regular expression the whole value must match. */
    public Builder pattern(String regex) {
      this.pattern = Optional.of(regex);
      return this;
    }

    public Builder oneOf(String... values) {
      this.allowed = List.of(values);
      return this;
    }

    public Builder between(long min, long max) {
      this.minimum = Optional.of(min);
      this.maximum = Optional.of(max);
      return this;
    }

    public Builder atLeast(long min) {
      this.minimum = Optional.of(min);
      return this;
    }

    public Builder aliases(String... names) {
      this.aliases = List.of(names);
      return this;
    }

    public LogField build() {
      return new LogField(
          name, type, required, description, pattern, allowed, minimum, maximum, aliases);
    }
  }
}
