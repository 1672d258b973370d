package com.carbon254.observability.dsl.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered document tree that both the JSON and the YAML writer render.
 *
 * <p>Every renderer builds a {@code Doc} first, so key order is the order in which the renderer
 * adds keys: never a hash order, never a property-reflection order.
 */
public sealed interface Doc {

  /** A map whose keys keep their insertion order. */
  record DocMap(Map<String, Doc> entries) implements Doc {
    public DocMap {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  record DocList(List<Doc> items) implements Doc {
    public DocList {
      items = List.copyOf(items);
    }
  }

  record DocString(String value) implements Doc {
    public DocString {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number kept as an exact decimal, so its text does not depend on the JDK's double printing. */
  record DocNumber(BigDecimal value) implements Doc {
    public DocNumber {
      Objects.requireNonNull(value, "value");
    }
  }

  record DocBool(boolean value) implements Doc {}

  enum DocNull implements Doc {
    INSTANCE
  }

  static Doc of(String value) {
    return value == null ? DocNull.INSTANCE : new DocString(value);
  }

  static Doc of(boolean value) {
    return new DocBool(value);
  }

  static Doc of(long value) {
    return new DocNumber(BigDecimal.valueOf(value));
  }

  static Doc of(double value) {
    return new DocNumber(Numbers.decimal(value));
  }

  static Doc nul() {
    return DocNull.INSTANCE;
  }

  static DocList list(Collection<? extends Doc> items) {
    return new DocList(new ArrayList<>(items));
  }

  static DocList strings(Collection<String> items) {
    return new DocList(items.stream().map(Doc::of).toList());
  }

  static MapBuilder map() {
    return new MapBuilder();
  }

  /** Builds a {@link DocMap}; {@code null} values are skipped, so optional fields simply vanish. */
  final class MapBuilder {
    private final LinkedHashMap<String, Doc> entries = new LinkedHashMap<>();

    private MapBuilder() {}

    public MapBuilder put(String key, Doc value) {
      if (value != null) {
        if (entries.containsKey(key)) {
          throw new IllegalStateException("duplicate key '" + key + "' in rendered map");
        }
        entries.put(key, value);
      }
      return this;
    }

    public MapBuilder put(String key, String value) {
      return value == null ? this : put(key, Doc.of(value));
    }

    public MapBuilder put(String key, long value) {
      return put(key, Doc.of(value));
    }

    public MapBuilder put(String key, double value) {
      return put(key, Doc.of(value));
    }

    public MapBuilder put(String key, boolean value) {
      return put(key, Doc.of(value));
    }

    /** Adds the key only when the map is not empty. */
    public MapBuilder putIfNotEmpty(String key, DocMap value) {
      return value.entries().isEmpty() ? this : put(key, value);
    }

    /** Adds the key only when the list is not empty. */
    public MapBuilder putIfNotEmpty(String key, DocList value) {
      return value.items().isEmpty() ? this : put(key, value);
    }

    public DocMap build() {
      return new DocMap(entries);
    }
  }
}
