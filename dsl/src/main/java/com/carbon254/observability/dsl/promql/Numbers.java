package com.carbon254.observability.dsl.promql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One way to print a number everywhere: in PromQL, in JSON and in YAML.
 *
 * <p>{@link Double#toString(double)} changed between JDK 17 and 19 (it now prints the shortest
 * text), so it cannot be used for byte-identical output across JDKs. The exact binary value,
 * rounded to 15 significant digits, is the same on every JDK and gives back the decimal a person
 * typed ({@code 0.02} stays {@code 0.02}).
 */
public final class Numbers {
  private static final MathContext SIGNIFICANT_15 = new MathContext(15, RoundingMode.HALF_EVEN);

  private Numbers() {}

  public static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT_15).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /** Plain decimal text: {@code 0.02}, {@code 5}, {@code 0.000001}; never an exponent. */
  public static String format(double value) {
    return decimal(value).toPlainString();
  }

  public static String format(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
