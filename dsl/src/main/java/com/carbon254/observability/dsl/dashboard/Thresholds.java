package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Threshold steps: values at or above a step's value take its color; below the first step, the
 * base.
 *
 * <p>Immutable: {@link #step} returns a new object, so one definition can be shared by panels.
 *
 * <pre>{@code Thresholds.absolute(Color.GREEN).step(0.01, Color.ORANGE).step(0.05, Color.RED)}
 * </pre>
 *
 * Steps must increase strictly; the dashboard checks that when it is built, where it can name the
 * panel.
 */
public record Thresholds(ThresholdsMode mode, Color base, List<Step> steps) {

  /** One step: from {@code value} upwards, {@code color}. */
  public record Step(double value, Color color) {
    public Step {
      Objects.requireNonNull(color, "color");
    }
  }

  public Thresholds {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(base, "base");
    steps = List.copyOf(steps);
  }

  public static Thresholds absolute(Color base) {
    return new Thresholds(ThresholdsMode.ABSOLUTE, base, List.of());
  }

  /** Steps are percentages (0..100) of the field's min..max range. */
  public static Thresholds percentage(Color base) {
    return new Thresholds(ThresholdsMode.PERCENTAGE, base, List.of());
  }

  public Thresholds step(double value, Color color) {
    List<Step> more = new ArrayList<>(steps);
    more.add(new Step(value, color));
    return new Thresholds(mode, base, more);
  }
}
