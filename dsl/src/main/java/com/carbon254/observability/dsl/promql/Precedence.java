package com.carbon254.observability.dsl.promql;

/** PromQL operator binding strengths, lowest first, as in the Prometheus parser. */
final class Precedence {
  static final int OR = 1;
  static final int AND_UNLESS = 2;
  static final int COMPARISON = 3;
  static final int ADDITIVE = 4;
  static final int MULTIPLICATIVE = 5;
  static final int POWER = 6;
  static final int ATOM = 10;

  private Precedence() {}
}
