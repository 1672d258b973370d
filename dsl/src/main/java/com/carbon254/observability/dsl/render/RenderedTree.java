package com.carbon254.observability.dsl.render;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every file the generator produces, keyed by its path relative to {@code generated/}, in sorted
 * order. Built entirely in memory so nothing is written until everything has rendered.
 */
public final class RenderedTree {
  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");

  private final TreeMap<String, String> files = new TreeMap<>();

  /** Adds a file; a second file at the same path is a bug in a renderer, not a user error. */
  public RenderedTree add(String relativePath, String content) {
    if (!SAFE_PATH.matcher(relativePath).matches() || relativePath.contains("..")) {
      throw new IllegalArgumentException("unsafe generated path: " + relativePath);
    }
    if (!content.endsWith("\n") || content.contains("\r")) {
      throw new IllegalArgumentException(
          relativePath + ": generated text must use \\n line ends and end with a newline");
    }
    if (files.containsKey(relativePath)) {
      throw new IllegalStateException("two renderers produced " + relativePath);
    }
    String asFolder = relativePath + "/";
    String clash = files.ceilingKey(asFolder);
    if (clash != null && clash.startsWith(asFolder)) {
      throw new IllegalStateException(relativePath + " is rendered as a file and as the folder of " + clash);
    }
    for (int slash = relativePath.indexOf('/'); slash >= 0; slash = relativePath.indexOf('/', slash + 1)) {
      if (files.containsKey(relativePath.substring(0, slash))) {
        throw new IllegalStateException(
            relativePath.substring(0, slash) + " is rendered as a file and as the folder of " + relativePath);
      }
    }
    files.put(relativePath, content);
    return this;
  }

  public RenderedTree addJson(String relativePath, Doc doc) {
    return add(relativePath, JsonWriter.write(doc));
  }

  public RenderedTree addYaml(String relativePath, Doc doc) {
    return add(relativePath, YamlWriter.write(doc));
  }

  public Map<String, String> files() {
    return Collections.unmodifiableMap(files);
  }

  public boolean contains(String relativePath) {
    return files.containsKey(relativePath);
  }
}
