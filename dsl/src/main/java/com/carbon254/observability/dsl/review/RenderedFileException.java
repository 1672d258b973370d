package com.carbon254.observability.dsl.review;

/** A rendered file that cannot be read as what its path says it is. */
public final class RenderedFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  public RenderedFileException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
