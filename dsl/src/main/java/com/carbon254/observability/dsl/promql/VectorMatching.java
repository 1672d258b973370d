package com.carbon254.observability.dsl.promql;

import java.util.List;

/**
 * How two vectors pair their series: by all labels, {@code on(...)} or {@code ignoring(...)},
 * optionally many-to-one ({@code group_left}).
 */
public record VectorMatching(
    Kind kind, List<String> labels, boolean manyToOne, List<String> copiedLabels) {
  public enum Kind {
    ALL_LABELS,
    ON,
    IGNORING
  }

  public static final VectorMatching NONE =
      new VectorMatching(Kind.ALL_LABELS, List.of(), false, List.of());

  public VectorMatching {
    labels = List.copyOf(labels);
    copiedLabels = List.copyOf(copiedLabels);
  }

  public static VectorMatching on(String... labels) {
    return new VectorMatching(Kind.ON, List.of(labels), false, List.of());
  }

  public static VectorMatching ignoring(String... labels) {
    return new VectorMatching(Kind.IGNORING, List.of(labels), false, List.of());
  }

  /** Many series on the left match one on the right; {@code copied} labels come from the right. */
  public VectorMatching groupLeft(String... copied) {
    if (kind == Kind.ALL_LABELS) {
      throw new IllegalStateException("group_left needs on(...) or ignoring(...) first");
    }
    return new VectorMatching(kind, labels, true, List.of(copied));
  }

  String promql() {
    if (kind == Kind.ALL_LABELS) {
      return "";
    }
    String text = (kind == Kind.ON ? "on" : "ignoring") + " (" + String.join(", ", labels) + ") ";
    if (!manyToOne) {
      return text;
    }
    return copiedLabels.isEmpty()
        ? text + "group_left "
        : text + "group_left (" + String.join(", ", copiedLabels) + ") ";
  }
}
