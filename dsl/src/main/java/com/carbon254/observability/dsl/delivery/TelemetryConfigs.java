package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The OpenTelemetry Collector, Tempo and Loki configurations, and the published retention and
 * sampling policy, all rendered from one {@link TelemetryPolicy}. A changed latency target in a
 * bundle changes the sampling threshold here in the same commit.
 */
public final class TelemetryConfigs {
  private TelemetryConfigs() {}

  public static final String COLLECTOR_PATH = "configs/otel-collector/collector-config.yaml";
  public static final String TEMPO_PATH = "configs/tempo/tempo-config.yaml";
  public static final String LOKI_PATH = "configs/loki/loki-config.yaml";
  public static final String RETENTION_PATH = "configs/retention-policy.yaml";
  public static final String SAMPLING_PATH = "configs/sampling-strategy.yaml";

  /** The collector listens on its pod's address, which Kubernetes passes in as POD_IP. */
  private static final String LISTEN = "${env:POD_IP}";

  /** Set in the collector's Deployment (local, staging, prod); stamped on every span and metric. */
  static final String ENVIRONMENT_VARIABLE = "DEPLOYMENT_ENVIRONMENT";

  /** Where the collector's Prometheus exporter serves the metrics it received over OTLP. */
  static final int PROMETHEUS_EXPORTER_PORT = 8889;

  public static ObjectNode collector(TelemetryPolicy policy) {
    ObjectNode config = Documents.object();
    config.putObject("extensions").putObject("health_check").put("endpoint", LISTEN + ":13133");

    ObjectNode protocols = config.putObject("receivers").putObject("otlp").putObject("protocols");
    protocols
        .putObject("grpc")
        .put("endpoint", LISTEN + ":" + StackService.COLLECTOR_OTLP_GRPC.port());
    protocols
        .putObject("http")
        .put("endpoint", LISTEN + ":" + StackService.COLLECTOR_OTLP_HTTP.port());

    ObjectNode processors = config.putObject("processors");
    // First in every pipeline: refuses data before the container's memory limit is reached,
    // instead of being killed with everything it holds (seed section 19).
    ObjectNode limiter = processors.putObject("memory_limiter");
    limiter.put("check_interval", "1s");
    limiter.put("limit_percentage", 80);
    limiter.put("spike_limit_percentage", 20);
    ArrayNode attributes = processors.putObject("resource").putArray("attributes");
    // insert: a service's own value wins; the collector fills in what the service did not set.
    attribute(attributes, "deployment.environment", "${env:" + ENVIRONMENT_VARIABLE + "}");
    attribute(attributes, "service.version", "unknown");
    processors.set("tail_sampling", tailSampling(policy));
    ObjectNode batch = processors.putObject("batch");
    batch.put("send_batch_size", 8192);
    batch.put("timeout", "5s");

    ObjectNode exporters = config.putObject("exporters");
    ObjectNode prometheus = exporters.putObject("prometheus");
    prometheus.put("endpoint", LISTEN + ":" + PROMETHEUS_EXPORTER_PORT);
    // OpenMetrics carries exemplars: the trace_id links of the Prometheus data source.
    prometheus.put("enable_open_metrics", true);
    ObjectNode tempo = exporters.putObject("otlp/tempo");
    tempo.put("endpoint", StackService.TEMPO_OTLP_GRPC.hostPort());
    tempo.putObject("tls").put("insecure", true);

    ObjectNode service = config.putObject("service");
    service.set("extensions", Documents.strings(List.of("health_check")));
    ObjectNode pipelines = service.putObject("pipelines");
    pipeline(pipelines, "metrics", List.of("memory_limiter", "resource", "batch"), "prometheus");
    // Sampling before batching: batches would split a trace that the sampler must see whole.
    pipeline(
        pipelines,
        "traces",
        List.of("memory_limiter", "resource", "tail_sampling", "batch"),
        "otlp/tempo");
    return config;
  }

  /**
   * Keeps every error trace, every trace of a service slower than twice its latency target, and the
   * baseline share of the rest; a trace matching any policy is kept.
   */
  private static ObjectNode tailSampling(TelemetryPolicy policy) {
    ObjectNode sampling = Documents.object();
    sampling.put("decision_wait", TelemetryPolicy.goDuration(policy.decisionWait()));
    sampling.put("num_traces", 50000);
    ArrayNode policies = sampling.putArray("policies");
    if (policy.keepErrorTraces()) {
      ObjectNode errors = policies.addObject();
      errors.put("name", "errors");
      errors.put("type", "status_code");
      errors.putObject("status_code").set("status_codes", Documents.strings(List.of("ERROR")));
    }
    for (LatencyTarget target : policy.latencyTargets()) {
      ObjectNode slow = policies.addObject();
      slow.put("name", slowPolicyName(target));
      slow.put("type", "and");
      ArrayNode both = slow.putObject("and").putArray("and_sub_policy");
      ObjectNode service = both.addObject();
      service.put("name", "service");
      service.put("type", "string_attribute");
      ObjectNode match = service.putObject("string_attribute");
      match.put("key", GrafanaProvisioning.SERVICE_ATTRIBUTE);
      match.set("values", Documents.strings(List.of(target.service())));
      ObjectNode latency = both.addObject();
      latency.put("name", "slow");
      latency.put("type", "latency");
      latency.putObject("latency").put("threshold_ms", target.slowTraceThresholdMillis());
    }
    ObjectNode baseline = policies.addObject();
    baseline.put("name", "baseline");
    baseline.put("type", "probabilistic");
    baseline.putObject("probabilistic").put("sampling_percentage", policy.baselinePercent());
    return sampling;
  }

  static String slowPolicyName(LatencyTarget target) {
    return target.service()
        + "-slower-than-"
        + LatencyTarget.SLOW_FACTOR
        + "x-"
        + target.quantileName()
        + "-target";
  }

  private static void attribute(ArrayNode attributes, String key, String value) {
    ObjectNode node = attributes.addObject();
    node.put("key", key);
    node.put("value", value);
    node.put("action", "insert");
  }

  private static void pipeline(
      ObjectNode pipelines, String signal, List<String> processors, String exporter) {
    ObjectNode pipeline = pipelines.putObject(signal);
    pipeline.set("receivers", Documents.strings(List.of("otlp")));
    pipeline.set("processors", Documents.strings(processors));
    pipeline.set("exporters", Documents.strings(List.of(exporter)));
  }

  /**
   * Single-binary Tempo on a local volume (seed section 5), blocks kept for the traces retention.
   */
  public static ObjectNode tempo(TelemetryPolicy policy) {
    ObjectNode config = Documents.object();
    ObjectNode server = config.putObject("server");
    server.put("http_listen_port", StackService.TEMPO.port());
    server.put("grpc_listen_port", 9095);
    ObjectNode protocols =
        config
            .putObject("distributor")
            .putObject("receivers")
            .putObject("otlp")
            .putObject("protocols");
    protocols.putObject("grpc").put("endpoint", "0.0.0.0:" + StackService.TEMPO_OTLP_GRPC.port());
    config.putObject("ingester").put("max_block_duration", "5m");
    config
        .putObject("compactor")
        .putObject("compaction")
        .put("block_retention", TelemetryPolicy.goDuration(policy.tracesRetention()));
    ObjectNode trace = config.putObject("storage").putObject("trace");
    trace.put("backend", "local");
    trace.putObject("wal").put("path", "/var/tempo/wal");
    trace.putObject("local").put("path", "/var/tempo/blocks");
    config.putObject("usage_report").put("reporting_enabled", false);
    return config;
  }

  /**
   * Single-binary Loki on a local volume; the compactor deletes chunks older than the logs
   * retention.
   */
  public static ObjectNode loki(TelemetryPolicy policy) {
    ObjectNode config = Documents.object();
    config.put("auth_enabled", false);
    ObjectNode server = config.putObject("server");
    server.put("http_listen_port", StackService.LOKI.port());
    server.put("grpc_listen_port", 9095);
    ObjectNode common = config.putObject("common");
    common.put("path_prefix", "/var/loki");
    common.put("replication_factor", 1);
    common.putObject("ring").putObject("kvstore").put("store", "inmemory");
    ObjectNode filesystem = common.putObject("storage").putObject("filesystem");
    filesystem.put("chunks_directory", "/var/loki/chunks");
    filesystem.put("rules_directory", "/var/loki/rules");
    ObjectNode schema = config.putObject("schema_config").putArray("configs").addObject();
    schema.put("from", "2024-01-01");
    schema.put("store", "tsdb");
    schema.put("object_store", "filesystem");
    schema.put("schema", "v13");
    ObjectNode index = schema.putObject("index");
    index.put("prefix", "index_");
    index.put("period", "24h");
    ObjectNode limits = config.putObject("limits_config");
    limits.put("retention_period", TelemetryPolicy.goDuration(policy.logsRetention()));
    // OTLP logs: service.name becomes the service_name label that Tempo's logs link filters on.
    limits.put("allow_structured_metadata", true);
    ObjectNode compactor = config.putObject("compactor");
    compactor.put("working_directory", "/var/loki/compactor");
    compactor.put("retention_enabled", true);
    compactor.put("delete_request_store", "filesystem");
    config.putObject("analytics").put("reporting_enabled", false);
    return config;
  }

  /** The seed's section 13 table as the stack applies it, for people and for cost reviews. */
  public static ObjectNode retentionPolicy(TelemetryPolicy policy) {
    ObjectNode file = Documents.object();
    ObjectNode signals = file.putObject("retention");
    signal(
        signals, "metrics", policy.metricsRetention().toString(), "Prometheus", "PROM_RETENTION");
    signal(
        signals,
        "traces",
        TelemetryPolicy.goDuration(policy.tracesRetention()),
        "Tempo",
        "TEMPO_RETENTION");
    signal(
        signals,
        "logs",
        TelemetryPolicy.goDuration(policy.logsRetention()),
        "Loki",
        "LOKI_RETENTION");
    return file;
  }

  private static void signal(
      ObjectNode signals, String name, String retention, String store, String variable) {
    ObjectNode node = signals.putObject(name);
    node.put("store", store);
    node.put("retention", retention);
    node.put("variable", variable);
  }

  /**
   * What the collector's tail sampler keeps, with each latency threshold and the target it comes
   * from.
   */
  public static ObjectNode samplingStrategy(TelemetryPolicy policy) {
    ObjectNode file = Documents.object();
    ObjectNode traces = file.putObject("traces");
    traces.put("sampler", "tail_sampling");
    traces.put("decision_wait", TelemetryPolicy.goDuration(policy.decisionWait()));
    traces.put("keep_errors", policy.keepErrorTraces());
    ArrayNode slow = traces.putArray("keep_slow");
    for (LatencyTarget target : policy.latencyTargets()) {
      ObjectNode node = slow.addObject();
      node.put("service", target.service());
      node.put("target_quantile", target.quantile());
      node.put("target_seconds", target.seconds());
      node.put("factor", LatencyTarget.SLOW_FACTOR);
      node.put("threshold_ms", target.slowTraceThresholdMillis());
    }
    traces.put("baseline_percent", policy.baselinePercent());
    return file;
  }
}
