package com.carbon254.observability.cli.review;

/** Input the semantic diff cannot compare: printed as one line, exit status 2. */
public final class ReviewInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReviewInputException(String message) {
    super(message);
  }
}
