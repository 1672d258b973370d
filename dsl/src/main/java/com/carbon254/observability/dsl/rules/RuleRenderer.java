package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Renders rule groups as a Prometheus rule file ({@code groups: [...]}). */
public final class RuleRenderer {
  private RuleRenderer() {}

  public static ObjectNode file(List<RuleGroup> groups, RunbookSite site) {
    ObjectNode file = Documents.object();
    file.set("groups", Documents.array(groups.stream().map(g -> group(g, site)).toList()));
    return file;
  }

  public static ObjectNode group(RuleGroup group, RunbookSite site) {
    ObjectNode node = Documents.object();
    node.put("name", group.name());
    node.put("interval", group.interval().toString());
    ArrayNode rules = node.putArray("rules");
    group.rules().forEach(rule -> rules.add(rule(rule, site)));
    return node;
  }

  private static ObjectNode rule(Rule rule, RunbookSite site) {
    ObjectNode node = Documents.object();
    if (rule instanceof RecordingRule recording) {
      node.put("record", recording.name());
      node.put("expr", recording.expr().promql());
      if (!recording.labels().isEmpty()) {
        node.set("labels", Documents.stringMap(recording.labels()));
      }
      return node;
    }
    Alert alert = (Alert) rule;
    node.put("alert", alert.name());
    node.put("expr", alert.expr().promql());
    alert.pendingFor().ifPresent(pending -> node.put("for", pending.toString()));
    node.set("labels", Documents.stringMap(alert.staticLabels()));
    node.set("annotations", Documents.stringMap(alert.annotations(site)));
    return node;
  }
}
