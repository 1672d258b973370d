package com.carbon254.observability.dsl.metric;

/**
 * A label a metric declares. {@code hashed} says its values are a bounded set of hash buckets of
 * an identifier that would otherwise explode the series count (the seed's {@code instrument_id}).
 */
public record Label(String name, boolean hashed) {
  public static Label plain(String name) {
    return new Label(name, false);
  }

  public static Label hashed(String name) {
    return new Label(name, true);
  }
}
