package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The structured log event of seed section 10, typed once: rendered as a JSON Schema (draft
 * 2020-12) that services and CI validate log lines against, and as the collector's logs-pipeline
 * processor that renames known aliases to the schema's names and drops every other field.
 */
public final class LogSchema {
  private LogSchema() {}

  public static final String SCHEMA_PATH = "logs/schema/log_event_schema.json";
  public static final String PROCESSOR_PATH = "logs/processors/rewrite_example.yaml";

  /** W3C trace context ids, lower-case hex, as OpenTelemetry writes them. */
  static final String TRACE_ID_PATTERN = "^[0-9a-f]{32}$";

  static final String SPAN_ID_PATTERN = "^[0-9a-f]{16}$";

  public static final List<LogField> FIELDS =
      List.of(
          LogField.named("ts", LogField.Type.TIMESTAMP)
              .required()
              .description(
                  "When the event happened: RFC 3339 date-time in UTC, millisecond precision.")
              .aliases("timestamp", "time", "@timestamp")
              .build(),
          LogField.named("level", LogField.Type.STRING)
              .required()
              .description("Severity of the event.")
              .oneOf("DEBUG", "INFO", "WARN", "ERROR", "FATAL")
              .aliases("severity", "lvl", "log.level")
              .build(),
          LogField.named("service", LogField.Type.STRING)
              .required()
              .description(
                  "The service that wrote the event: its scrape job and trace service.name, e.g. gateway.")
              .pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
              .aliases("service.name", "app")
              .build(),
          LogField.named("trace_id", LogField.Type.STRING)
              .description(
                  "W3C trace id of the request the event belongs to; links the log line to its trace.")
              .pattern(TRACE_ID_PATTERN)
              .aliases("traceId", "trace.id")
              .build(),
          LogField.named("span_id", LogField.Type.STRING)
              .description("W3C span id of the operation that wrote the event.")
              .pattern(SPAN_ID_PATTERN)
              .aliases("spanId", "span.id")
              .build(),
          LogField.named("request_id", LogField.Type.STRING)
              .description("Groups the events of one HTTP transaction.")
              .aliases("requestId", "x_request_id")
              .build(),
          LogField.named("tenant_id", LogField.Type.STRING)
              .description(
                  "Tenant the event concerns; an identifier, never personal data (seed section 18).")
              .aliases("tenantId", "tenant")
              .build(),
          LogField.named("event_type", LogField.Type.STRING)
              .required()
              .description("What kind of event this is, snake_case, e.g. http_access.")
              .pattern("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
              .aliases("eventType", "event")
              .build(),
          LogField.named("message", LogField.Type.STRING)
              .required()
              .description(
                  "Human-readable summary; no secrets or tokens, payload previews truncated.")
              .aliases("msg")
              .build(),
          LogField.named("duration_ms", LogField.Type.NUMBER)
              .description("How long the operation took, in milliseconds.")
              .atLeast(0)
              .aliases("durationMs", "elapsed_ms")
              .build(),
          LogField.named("status_code", LogField.Type.INTEGER)
              .description("HTTP status code of the response.")
              .between(100, 599)
              .aliases("status", "statusCode")
              .build(),
          LogField.named("extra", LogField.Type.OBJECT)
              .description(
                  "Anything else worth keeping, as one object, so the top level stays fixed.")
              .build());

  /**
   * A valid event, the seed's example with W3C ids: published in the schema and validated in tests.
   */
  public static ObjectNode example() {
    ObjectNode event = Documents.object();
    event.put("ts", "2025-10-06T12:34:56.789Z");
    event.put("level", "INFO");
    event.put("service", "gateway");
    event.put("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
    event.put("span_id", "00f067aa0ba902b7");
    event.put("request_id", "req-xyz");
    event.put("tenant_id", "default");
    event.put("event_type", "http_access");
    event.put("message", "GET /api/v1/instruments 200 42ms");
    event.put("duration_ms", 42);
    event.put("status_code", 200);
    event.putObject("extra").put("cache_hit", true);
    return event;
  }

  public static ObjectNode jsonSchema() {
    ObjectNode schema = Documents.object();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "254Carbon log event");
    schema.put(
        "description",
        "One structured log line as every 254Carbon service writes it (seed section 10). Fields outside this"
            + " schema belong under extra.");
    schema.put("type", "object");
    schema.set(
        "required",
        Documents.strings(FIELDS.stream().filter(LogField::required).map(LogField::name).toList()));
    ObjectNode properties = schema.putObject("properties");
    for (LogField field : FIELDS) {
      properties.set(field.name(), property(field));
    }
    schema.put("additionalProperties", false);
    schema.set("examples", Documents.array(List.of(example())));
    return schema;
  }

  private static ObjectNode property(LogField field) {
    ObjectNode node = Documents.object();
    node.put("description", field.description());
    switch (field.type()) {
      case TIMESTAMP -> {
        node.put("type", "string");
        node.put("format", "date-time");
      }
      case STRING -> node.put("type", "string");
      case INTEGER -> node.put("type", "integer");
      case NUMBER -> node.put("type", "number");
      case OBJECT -> node.put("type", "object");
    }
    field.pattern().ifPresent(p -> node.put("pattern", p));
    if (!field.allowed().isEmpty()) {
      node.set("enum", Documents.strings(field.allowed()));
    }
    field.minimum().ifPresent(min -> node.put("minimum", min));
    field.maximum().ifPresent(max -> node.put("maximum", max));
    return node;
  }

  /**
   * A collector configuration fragment, merged over {@code collector-config.yaml} with a second
   * {@code --config}: a logs pipeline whose transform processor renames each alias to its schema
   * name (unless the event already has it), takes trace and span ids from the record's context when
   * the line lacks them, drops every attribute outside the schema, and sends the result to Loki's
   * OTLP endpoint.
   */
  public static ObjectNode collectorLogsPipeline() {
    List<String> statements = new ArrayList<>();
    for (LogField field : FIELDS) {
      for (String alias : field.aliases()) {
        statements.add(
            "set(attributes[\""
                + field.name()
                + "\"], attributes[\""
                + alias
                + "\"]) where attributes[\""
                + field.name()
                + "\"] == nil and attributes[\""
                + alias
                + "\"] != nil");
      }
    }
    statements.add(
        "set(attributes[\"trace_id\"], trace_id.string) where attributes[\"trace_id\"] == nil and trace_id.string != \"\"");
    statements.add(
        "set(attributes[\"span_id\"], span_id.string) where attributes[\"span_id\"] == nil and span_id.string != \"\"");
    Set<String> kept = new LinkedHashSet<>(FIELDS.stream().map(LogField::name).toList());
    statements.add(
        "keep_keys(attributes, ["
            + kept.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "))
            + "])");

    ObjectNode config = Documents.object();
    ObjectNode transform = config.putObject("processors").putObject("transform/log_schema");
    // A statement that fails on one record leaves that record as it was instead of dropping the
    // batch.
    transform.put("error_mode", "ignore");
    ArrayNode logStatements = transform.putArray("log_statements");
    ObjectNode context = logStatements.addObject();
    context.put("context", "log");
    context.set("statements", Documents.strings(statements));
    ObjectNode loki = config.putObject("exporters").putObject("otlphttp/loki");
    loki.put("endpoint", StackService.LOKI.httpUrl() + "/otlp");
    ObjectNode pipeline = config.putObject("service").putObject("pipelines").putObject("logs");
    pipeline.set("receivers", Documents.strings(List.of("otlp")));
    pipeline.set(
        "processors",
        Documents.strings(List.of("memory_limiter", "resource", "transform/log_schema", "batch")));
    pipeline.set("exporters", Documents.strings(List.of("otlphttp/loki")));
    return config;
  }
}
