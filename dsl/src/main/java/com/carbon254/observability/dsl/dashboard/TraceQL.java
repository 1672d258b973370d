package com.carbon254.observability.dsl.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Tempo TraceQL span selector: {@code {resource.service.name="gateway" && duration > 150ms}}.
 * {@link #raw(String)} takes any TraceQL as text and is marked raw.
 */
public record TraceQL(String text, boolean raw) {
  public TraceQL {
    Objects.requireNonNull(text, "text");
  }

  /** Spans of one service. */
  public static Spans service(String serviceName) {
    return new Spans(List.of("resource.service.name=" + LogQL.quote(serviceName)));
  }

  public static TraceQL raw(String text) {
    return new TraceQL(text, true);
  }

  /** The conditions of one span set, joined by {@code &&}. */
  public record Spans(List<String> conditions) {
    public Spans {
      conditions = List.copyOf(conditions);
    }

    /** {@code attribute="value"}, e.g. {@code span.http.route}. */
    public Spans where(String attribute, String value) {
      return and(attribute + "=" + LogQL.quote(value));
    }

    /** Spans slower than a duration such as {@code 150ms}. */
    public Spans slowerThan(String duration) {
      return and("duration > " + duration);
    }

    /** Spans whose status is error. */
    public Spans failed() {
      return and("status = error");
    }

    public TraceQL query() {
      return new TraceQL("{" + String.join(" && ", conditions) + "}", false);
    }

    private Spans and(String condition) {
      List<String> more = new ArrayList<>(conditions);
      more.add(condition);
      return new Spans(more);
    }
  }
}
