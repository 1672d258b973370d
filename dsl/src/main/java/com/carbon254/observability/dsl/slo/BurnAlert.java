package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * One multi-window burn-rate alert: it fires while the error ratio over both {@code longWindow} and
 * {@code shortWindow} exceeds {@code factor} times the error budget. The long window says the burn
 * is real, the short one that it is still going on, so the alert stops soon after recovery.
 */
public record BurnAlert(
    Window longWindow, Window shortWindow, BigDecimal factor, Severity severity) {
  private static final MathContext DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  /**
   * The SRE workbook's pairs, as shares of a 30-day budget: page when 2 % burns in 1h or 5 % in 6h,
   * warn when 10 % burns in 1d or in 3d. Each short window is 1/12 of its long one.
   */
  public record Share(
      Window longWindow, Window shortWindow, BigDecimal budgetShare, Severity severity) {}

  public static final List<Share> SRE_WORKBOOK =
      List.of(
          new Share(Window.hours(1), Window.minutes(5), new BigDecimal("0.02"), Severity.PAGE),
          new Share(Window.hours(6), Window.minutes(30), new BigDecimal("0.05"), Severity.PAGE),
          new Share(Window.days(1), Window.hours(2), new BigDecimal("0.10"), Severity.WARN),
          new Share(Window.days(3), Window.hours(6), new BigDecimal("0.10"), Severity.WARN));

  /**
   * The workbook's pairs for {@code period}: the windows stay (they are about how fast people must
   * react), the factor is the budget share burnt in the long window, scaled to the period: {@code
   * factor = share * period / longWindow}, so 14.4, 6, 3 and 1 for 30 days, as Sloth does.
   */
  public static List<BurnAlert> sreWorkbook(Window period) {
    return SRE_WORKBOOK.stream()
        .map(
            s ->
                new BurnAlert(
                    s.longWindow(),
                    s.shortWindow(),
                    factor(s.budgetShare(), period, s.longWindow()),
                    s.severity()))
        .toList();
  }

  static BigDecimal factor(BigDecimal share, Window period, Window longWindow) {
    BigDecimal f =
        share
            .multiply(BigDecimal.valueOf(period.seconds()))
            .divide(BigDecimal.valueOf(longWindow.seconds()), DIGITS);
    return f.stripTrailingZeros();
  }

  /**
   * The share of the period's budget this alert has seen burn when it fires, to 12 digits: a factor
   * rounded to 15 digits (0.933333333333333 for 28 days) gives the share back exactly.
   */
  public BigDecimal budgetShare(Window period) {
    return factor
        .multiply(BigDecimal.valueOf(longWindow.seconds()))
        .divide(BigDecimal.valueOf(period.seconds()), new MathContext(12, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }

  /** The error ratio both windows must exceed: {@code factor * (1 - objective)}. */
  public BigDecimal threshold(BigDecimal errorBudget) {
    return factor.multiply(errorBudget).round(DIGITS).stripTrailingZeros();
  }
}
