package com.carbon254.observability.dsl.delivery;

import java.util.Locale;

/**
 * The in-cluster addresses of the stack's own services (the k8s/ manifests' Service names and
 * ports), named once for the Grafana data sources and the collector's exporters.
 */
public enum StackService {
  PROMETHEUS("prometheus", 9090),
  TEMPO("tempo", 3200),
  TEMPO_OTLP_GRPC("tempo", 4317),
  LOKI("loki", 3100),
  COLLECTOR_OTLP_GRPC("otel-collector", 4317),
  COLLECTOR_OTLP_HTTP("otel-collector", 4318);

  private final String service;
  private final int port;

  StackService(String service, int port) {
    this.service = service;
    this.port = port;
  }

  public int port() {
    return port;
  }

  /** {@code tempo.observability.svc:4317}: resolvable from any namespace of the cluster. */
  public String hostPort() {
    return String.format(Locale.ROOT, "%s.%s.svc:%d", service, Manifests.NAMESPACE, port);
  }

  public String httpUrl() {
    return "http://" + hostPort();
  }
}
