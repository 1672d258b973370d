package com.carbon254.observability.dsl.promql;

import java.util.Set;

/**
 * Labels every scraped series carries without the service declaring them: Prometheus adds job and
 * instance; the Prometheus Operator's ServiceMonitor adds the Kubernetes ones.
 */
public final class TargetLabels {
  public static final Set<String> ALL =
      Set.of("job", "instance", "namespace", "pod", "container", "service", "endpoint");

  private TargetLabels() {}
}
