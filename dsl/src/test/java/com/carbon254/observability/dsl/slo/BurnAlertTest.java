package com.carbon254.observability.dsl.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SRE workbook's alerting table (chapter 5, table 5-8) and the factors derived from it. */
class BurnAlertTest {
  private static List<String> table(String period) {
    return BurnAlert.sreWorkbook(Window.of(period)).stream()
        .map(
            a ->
                a.severity().label()
                    + " "
                    + a.longWindow()
                    + "/"
                    + a.shortWindow()
                    + " x"
                    + Numbers.format(a.factor())
                    + " = "
                    + Numbers.format(
                        a.budgetShare(Window.of(period))
                            .multiply(java.math.BigDecimal.valueOf(100)))
                    + "%")
        .toList();
  }

  @Test
  void thirtyDaysReproduceTheWorkbookTable() {
    assertEquals(
        List.of(
            "page 1h/5m x14.4 = 2%",
            "page 6h/30m x6 = 5%", "warn 1d/2h x3 = 10%", "warn 3d/6h x1 = 10%"),
        table("30d"));
  }

  @Test
  void twentyEightDaysKeepTheWindowsAndScaleTheFactors() {
    assertEquals(
        List.of(
            "page 1h/5m x13.44 = 2%",
            "page 6h/30m x5.6 = 5%",
            "warn 1d/2h x2.8 = 10%",
            "warn 3d/6h x0.933333333333333 = 10%"),
        table("28d"));
  }

  @Test
  void sevenDaysScaleTheFactorsBelowOneForTheSlowPairs() {
    assertEquals(
        List.of(
            "page 1h/5m x3.36 = 2%",
            "page 6h/30m x1.4 = 5%",
            "warn 1d/2h x0.7 = 10%",
            "warn 3d/6h x0.233333333333333 = 10%"),
        table("7d"));
  }

  @Test
  void thresholdIsFactorTimesBudget() {
    BurnAlert page = BurnAlert.sreWorkbook(Window.days(30)).get(0);
    assertEquals("0.144", Numbers.format(page.threshold(new java.math.BigDecimal("0.01"))));
  }
}
