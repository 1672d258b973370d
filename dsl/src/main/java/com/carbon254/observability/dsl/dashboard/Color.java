package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Grafana color: a name of Grafana's palette ({@code green}, {@code dark-red}, ...) or a hex
 * color.
 *
 * <p>Grafana takes any string and silently draws an unknown name in a default color, so a typo such
 * as {@code gren} would go unnoticed; here it fails where it is written.
 */
public record Color(String value) {
  private static final Pattern PALETTE =
      Pattern.compile(
          "(?:(?:super-light|light|semi-dark|dark)-)?(?:red|orange|yellow|green|blue|purple)|text|transparent");
  private static final Pattern HEX =
      Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

  public static final Color GREEN = new Color("green");
  public static final Color YELLOW = new Color("yellow");
  public static final Color ORANGE = new Color("orange");
  public static final Color RED = new Color("red");
  public static final Color DARK_RED = new Color("dark-red");
  public static final Color BLUE = new Color("blue");
  public static final Color PURPLE = new Color("purple");

  /** The theme's text color: neutral, for values that are neither good nor bad. */
  public static final Color TEXT = new Color("text");

  public Color {
    Objects.requireNonNull(value, "value");
    if (!PALETTE.matcher(value).matches() && !HEX.matcher(value).matches()) {
      throw new DefinitionException(
          DefinitionException.name("color", value),
          "not a Grafana color; use a palette name such as 'green' or 'semi-dark-orange', or a hex"
              + " color such as '#73BF69'");
    }
  }

  /**
   * A palette color: {@code red}, {@code orange}, ..., optionally prefixed {@code dark-} and the
   * like.
   */
  public static Color named(String name) {
    return new Color(name);
  }

  /** A hex color: {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}. */
  public static Color hex(String hex) {
    return new Color(hex);
  }
}
