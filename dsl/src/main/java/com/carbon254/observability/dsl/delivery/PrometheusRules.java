package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.Rule;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.RunbookSite;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRuleBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RuleBuilder;
import java.util.List;
import java.util.TreeMap;

/**
 * One Prometheus Operator {@code PrometheusRule} per domain, holding exactly the groups of that
 * domain's plain rule files (which stay for a Prometheus without the Operator). Labelled with the
 * stack and the domain, so a Prometheus, a Thanos Ruler or a per-domain shard selects them by
 * label.
 */
public final class PrometheusRules {
  private PrometheusRules() {}

  /** Where the domain's resource is published under {@code generated/}. */
  public static String path(String domain) {
    return "gitops/prometheus-rules/" + domain + ".yaml";
  }

  public static PrometheusRule of(String domain, List<RuleGroup> groups, RunbookSite site) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("domain '" + domain + "' has no rule groups to publish");
    }
    return new PrometheusRuleBuilder()
        .withMetadata(Manifests.meta(Manifests.kubernetesName(domain, "rules"), domain))
        .withNewSpec()
        .withGroups(groups.stream().map(g -> group(g, site)).toList())
        .endSpec()
        .build();
  }

  private static io.fabric8.openshift.api.model.monitoring.v1.RuleGroup group(
      RuleGroup group, RunbookSite site) {
    return new io.fabric8.openshift.api.model.monitoring.v1.RuleGroupBuilder()
        .withName(group.name())
        .withInterval(group.interval().toString())
        .withRules(group.rules().stream().map(r -> rule(r, site)).toList())
        .build();
  }

  private static io.fabric8.openshift.api.model.monitoring.v1.Rule rule(
      Rule rule, RunbookSite site) {
    RuleBuilder built = new RuleBuilder().withExpr(new IntOrString(rule.expr().promql()));
    if (rule instanceof RecordingRule recording) {
      built.withRecord(recording.name());
      if (!recording.labels().isEmpty()) {
        built.withLabels(new TreeMap<>(recording.labels()));
      }
      return built.build();
    }
    Alert alert = (Alert) rule;
    built
        .withAlert(alert.name())
        .withLabels(new TreeMap<>(alert.staticLabels()))
        .withAnnotations(new TreeMap<>(alert.annotations(site)));
    alert.pendingFor().ifPresent(pending -> built.withFor(pending.toString()));
    return built.build();
  }
}
