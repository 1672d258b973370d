package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/**
 * A Grafana unit: the id stored in {@code fieldConfig.defaults.unit}. Take one of {@link Units}, or
 * build a custom one with {@link #suffix}, {@link #prefix}, {@link #si} or {@link #count}.
 */
public record Unit(String id) {
  public Unit {
    Objects.requireNonNull(id, "id");
  }

  /** {@code 12 req}: the value followed by a fixed text. */
  public static Unit suffix(String text) {
    return new Unit("suffix:" + text);
  }

  /** {@code $12}: a fixed text before the value. */
  public static Unit prefix(String text) {
    return new Unit("prefix:" + text);
  }

  /** SI-scaled: {@code si:g} shows 1500 as {@code 1.5 kg}. */
  public static Unit si(String unit) {
    return new Unit("si:" + unit);
  }

  /** Counted: {@code count:jobs} shows 1500 as {@code 1.5K jobs}. */
  public static Unit count(String unit) {
    return new Unit("count:" + unit);
  }

  @Override
  public String toString() {
    return id;
  }
}
