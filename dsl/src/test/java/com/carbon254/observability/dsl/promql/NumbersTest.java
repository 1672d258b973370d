package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void typedDecimalStaysAsTyped() {
    assertEquals("0.02", Numbers.format(0.02));
  }

  @Test
  void binaryRoundingNoiseIsRemoved() {
    assertEquals("0.3", Numbers.format(0.1 + 0.2));
  }

  @Test
  void smallNumbersNeverUseAnExponent() {
    assertEquals("0.0000001", Numbers.format(1e-7));
  }

  @Test
  void largeNumbersNeverUseAnExponent() {
    assertEquals("10000000000000000000000", Numbers.format(1e22));
  }

  @Test
  void wholeNumbersHaveNoDecimalPoint() {
    assertEquals("5", Numbers.format(5.0));
    assertEquals("100", Numbers.format(100));
  }

  @Test
  void millisecondBoundConvertedToSeconds() {
    assertEquals("0.15", Numbers.format(150 / 1000.0));
  }

  @Test
  void negativeNumbers() {
    assertEquals("-0.5", Numbers.format(-0.5));
    assertEquals("-3", Numbers.format(-3.0));
    assertEquals("-0.02", Numbers.format(-0.02));
  }

  @Test
  void zeroAndNegativeZeroPrintAsZero() {
    assertEquals("0", Numbers.format(0.0));
    assertEquals("0", Numbers.format(-0.0));
  }

  @Test
  void fifteenSignificantDigitsAreKept() {
    assertEquals("0.333333333333333", Numbers.format(1 / 3.0));
    assertEquals("123456789.123", Numbers.format(123456789.123));
  }

  @Test
  void bigDecimalsAreStrippedOfTrailingZeros() {
    assertEquals("1.5", Numbers.format(new BigDecimal("1.500")));
    assertEquals("1000", Numbers.format(new BigDecimal("1E+3")));
    assertEquals("0", Numbers.format(new BigDecimal("0.000")));
  }

  @Test
  void decimalOfADoubleIsTheRoundedExactValue() {
    assertEquals(new BigDecimal("0.02"), Numbers.decimal(0.02));
    assertEquals(new BigDecimal("5"), Numbers.decimal(5.0));
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    assertEquals(
        "not a finite number: NaN",
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN))
            .getMessage());
    assertEquals(
        "not a finite number: Infinity",
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.POSITIVE_INFINITY))
            .getMessage());
  }
}
