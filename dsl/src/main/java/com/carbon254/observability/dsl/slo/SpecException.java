package com.carbon254.observability.dsl.slo;

/**
 * A spec file that cannot be read into SLOs: the message is one line naming the file and the SLO.
 */
public final class SpecException extends Exception {
  private static final long serialVersionUID = 1L;

  public SpecException(String message) {
    super(message);
  }
}
