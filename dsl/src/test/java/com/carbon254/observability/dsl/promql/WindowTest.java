package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WindowTest {

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
    "300s, 5m",
    "90m, 90m",
    "5400s, 90m",
    "1d, 1d",
    "24h, 1d",
    "7d, 1w",
    "3600s, 1h",
    "30s, 30s",
    "61s, 61s",
    "30d, 30d",
    "2w, 2w"
  })
  void parsesAndPrintsInTheLargestWholeUnit(String text, String printed) {
    assertEquals(printed, Window.of(text).toString());
  }

  @Test
  void parsedWindowsKeepSeconds() {
    assertEquals(300, Window.of("5m").seconds());
    assertEquals(5400, Window.of("90m").seconds());
    assertEquals(86400, Window.of("1d").seconds());
  }

  @Test
  void factoriesAndMultiplication() {
    assertEquals("90m", Window.minutes(90).toString());
    assertEquals("2d", Window.hours(48).toString());
    assertEquals("1h", Window.minutes(5).times(12).toString());
    assertEquals("45s", Window.seconds(45).toString());
    assertEquals(Window.of("1h"), Window.minutes(60));
  }

  @Test
  void windowsCompareByLength() {
    assertTrue(Window.of("5m").compareTo(Window.of("1h")) < 0);
    assertTrue(Window.of("1d").compareTo(Window.of("24h")) == 0);
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(strings = {"5", "m", "5min", "5 m", "1.5h", "-5m", "5M", "1h30m", "", " 5m", "5y"})
  void invalidTextIsRefused(String text) {
    DefinitionException e = assertThrows(DefinitionException.class, () -> Window.of(text));

    assertEquals(
        "window '"
            + text
            + "': not a duration; write a whole number and one unit of s, m, h, d or w, as in '5m'",
        e.getMessage());
  }

  @Test
  void nullIsRefused() {
    DefinitionException e = assertThrows(DefinitionException.class, () -> Window.of(null));

    assertEquals(
        "window 'null': not a duration; write a whole number and one unit of s, m, h, d or w, as in '5m'",
        e.getMessage());
  }

  @Test
  void zeroIsRefused() {
    DefinitionException e = assertThrows(DefinitionException.class, () -> Window.of("0m"));

    assertEquals("window '0s': a window must be longer than zero seconds", e.getMessage());
  }

  @Test
  void hugeAmountIsADefinitionError() {
    assertThrows(DefinitionException.class, () -> Window.of("99999999999999999999s"));
  }

  @Test
  void overflowingAmountIsADefinitionError() {
    assertThrows(DefinitionException.class, () -> Window.of("30500568904944w"));
  }
}
