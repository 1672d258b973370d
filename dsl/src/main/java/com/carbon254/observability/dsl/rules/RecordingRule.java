package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.carbon254.observability.dsl.validation.UnderConstruction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Records an expression as a new series named {@code level:metric:operations}, the Prometheus
 * convention: level is the labels kept, metric the input, operations what was applied.
 */
public record RecordingRule(String name, Vector expr, Map<String, String> labels) implements Rule {
  private static final Pattern NAME =
      Pattern.compile("[a-z_][a-z0-9_]*:[a-z_][a-z0-9_]*:[a-z0-9_]+");

  public RecordingRule {
    labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    String object = DefinitionException.name("recording rule", name);
    if (name == null || !NAME.matcher(name).matches()) {
      throw new DefinitionException(
          object,
          "name must read level:metric:operations, as in 'route:gateway_http_requests:rate5m'");
    }
    if (expr == null) {
      throw new DefinitionException(object, "has no expression; pass one to .expr(...)");
    }
    RuleLabels.check(object, labels, expr.labels(), Set.of(), "choose another name");
  }

  public static Named named(String name) {
    String object = DefinitionException.name("recording rule", name);
    UnderConstruction.begin(object);
    return expr -> {
      RecordingRule rule = new RecordingRule(name, expr, Map.of());
      UnderConstruction.end(object);
      return rule;
    };
  }

  @FunctionalInterface
  public interface Named {
    RecordingRule expr(Vector expr);
  }

  /** A copy with a constant label on the recorded series, e.g. {@code quantile="0.95"}. */
  public RecordingRule label(String key, String value) {
    Map<String, String> next = new LinkedHashMap<>(labels);
    next.put(key, value);
    return new RecordingRule(name, expr, next);
  }

  /** The recorded series, to be read by alerts and panels like any metric. */
  public Selector<SeriesKind.Sampled> series() {
    Set<String> all = new TreeSet<>(expr.labels());
    all.addAll(labels.keySet());
    Selector<SeriesKind.Sampled> selector = Selector.recorded(name, all);
    for (Map.Entry<String, String> label : labels.entrySet()) {
      selector = selector.where(label.getKey(), label.getValue());
    }
    return selector;
  }

  @Override
  public String describe() {
    return labels.isEmpty()
        ? DefinitionException.name("recording rule", name)
        : DefinitionException.name("recording rule", name + labels);
  }
}
