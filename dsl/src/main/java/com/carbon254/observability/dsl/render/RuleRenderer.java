package com.carbon254.observability.dsl.render;

import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.Rule;
import com.carbon254.observability.dsl.rules.RuleGroup;
import java.util.List;
import java.util.Map;

/** Renders rule groups as a Prometheus rule file ({@code groups: [...]}). */
public final class RuleRenderer {
  private RuleRenderer() {}

  public static Doc file(List<RuleGroup> groups) {
    return Doc.map().put("groups", Doc.list(groups.stream().map(RuleRenderer::group).toList())).build();
  }

  public static Doc group(RuleGroup group) {
    return Doc.map()
        .put("name", group.name())
        .put("interval", group.interval().toString())
        .put("rules", Doc.list(group.rules().stream().map(RuleRenderer::rule).toList()))
        .build();
  }

  private static Doc rule(Rule rule) {
    if (rule instanceof RecordingRule recording) {
      return Doc.map()
          .put("record", recording.name())
          .put("expr", recording.expr().promql())
          .putIfNotEmpty("labels", stringMap(recording.labels()))
          .build();
    }
    Alert alert = (Alert) rule;
    return Doc.map()
        .put("alert", alert.name())
        .put("expr", alert.expr().promql())
        .put("for", alert.pendingFor().map(Object::toString).orElse(null))
        .put("labels", stringMap(alert.staticLabels()))
        .put("annotations", stringMap(alert.annotations()))
        .build();
  }

  static Doc.DocMap stringMap(Map<String, String> entries) {
    Doc.MapBuilder map = Doc.map();
    entries.forEach(map::put);
    return map.build();
  }
}
