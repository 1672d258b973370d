package com.carbon254.observability.dsl.promql;

/**
 * A label a metric declares. {@code hashed} says its values are a bounded set of hash buckets of an
 * identifier that would otherwise explode the series count (the seed's {@code instrument_id}).
 */
public record Label(String name, boolean hashed) {
  public static Label plain(String name) {
    return new Label(name, false);
  }

  public static Label hashed(String name) {
    return new Label(name, true);
  }

  /** {@code declared} followed by plain labels named {@code names}. */
  static java.util.List<Label> append(java.util.List<Label> declared, String... names) {
    java.util.List<Label> all = new java.util.ArrayList<>(declared);
    for (String name : names) {
      all.add(plain(name));
    }
    return all;
  }

  /** {@code declared} followed by the hashed label {@code name}. */
  static java.util.List<Label> appendHashed(java.util.List<Label> declared, String name) {
    java.util.List<Label> all = new java.util.ArrayList<>(declared);
    all.add(hashed(name));
    return all;
  }
}
