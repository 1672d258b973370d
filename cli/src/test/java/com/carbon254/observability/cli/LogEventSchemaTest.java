package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.delivery.LogField;
import com.carbon254.observability.dsl.delivery.LogSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered log event schema, read by a real JSON Schema validator, against good and bad events.
 */
class LogEventSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode SCHEMA_NODE = rendered(LogSchema.SCHEMA_PATH);
  private static final JsonSchema SCHEMA = load(SCHEMA_NODE);

  private static JsonNode rendered(String path) {
    try {
      return JSON.readTree(Rendering.renderAllOrThrow().files().get(path));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonSchema load(JsonNode schema) {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            // draft 2020-12 only annotates "format" unless told to assert it; services' ts must be
            // a date-time.
            .formatAssertionsEnabled(true)
            .build();
    return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schema))
        .getSchema(schema, config);
  }

  private static List<String> violations(JsonNode event) {
    return SCHEMA.validate(event).stream().map(m -> m.getMessage()).sorted().toList();
  }

  @Test
  void theSchemaIsDraft202012() {
    assertEquals(SpecVersion.VersionFlag.V202012, SpecVersionDetector.detect(SCHEMA_NODE));
  }

  @Test
  void theSeedsExampleAndAMinimalEventAreValid() {
    for (JsonNode example : SCHEMA_NODE.get("examples")) {
      assertEquals(List.of(), violations(example));
    }
    ObjectNode minimal = JSON.createObjectNode();
    minimal.put("ts", "2025-10-06T12:34:56.789Z");
    minimal.put("level", "ERROR");
    minimal.put("service", "model-serving");
    minimal.put("event_type", "model_load_failed");
    minimal.put("message", "curve_forecaster v3 failed to load");
    assertEquals(List.of(), violations(minimal));
  }

  static List<Object[]> badEvents() {
    return List.of(
        bad("without a message", e -> e.remove("message"), "required property 'message' not found"),
        bad("with a field outside the schema", e -> e.put("user_email", "a@b.c"), "user_email"),
        bad(
            "with an unknown level",
            e -> e.put("level", "VERBOSE"),
            "does not have a value in the enumeration"),
        bad(
            "with a timestamp that is not a date-time",
            e -> e.put("ts", "06/10/2025 12:34"),
            "date-time"),
        bad(
            "with a short trace id",
            e -> e.put("trace_id", "abcd1234"),
            "does not match the regex pattern"),
        bad("with a status code out of range", e -> e.put("status_code", 700), "maximum"),
        bad("with a negative duration", e -> e.put("duration_ms", -1), "minimum"),
        bad(
            "with a text status code",
            e -> e.put("status_code", "200"),
            "string found, integer expected"),
        bad(
            "with a camelCase event type",
            e -> e.put("event_type", "httpAccess"),
            "does not match the regex pattern"));
  }

  private static Object[] bad(String name, Consumer<ObjectNode> change, String expected) {
    return new Object[] {name, change, expected};
  }

  @ParameterizedTest(name = "an event {0} is refused")
  @MethodSource("badEvents")
  void aBadEventIsRefusedSayingWhy(String name, Consumer<ObjectNode> change, String expected) {
    ObjectNode event = LogSchema.example().deepCopy();
    change.accept(event);

    List<String> violations = violations(JSON.valueToTree(event));
    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).contains(expected), violations.toString());
  }

  /** The processor keeps exactly the schema's fields, and renames every alias the schema lists. */
  @Test
  void theLogsProcessorKeepsTheSchemasFieldsAndRenamesEachAlias() throws IOException {
    JsonNode config =
        new YAMLMapper()
            .readTree(Rendering.renderAllOrThrow().files().get(LogSchema.PROCESSOR_PATH));
    List<String> statements = new java.util.ArrayList<>();
    config
        .at("/processors/transform~1log_schema/log_statements/0/statements")
        .forEach(s -> statements.add(s.asText()));

    String keep = statements.get(statements.size() - 1);
    for (LogField field : LogSchema.FIELDS) {
      assertTrue(keep.contains("\"" + field.name() + "\""), keep);
      for (String alias : field.aliases()) {
        assertTrue(
            statements.contains(
                "set(attributes[\""
                    + field.name()
                    + "\"], attributes[\""
                    + alias
                    + "\"]) where attributes[\""
                    + field.name()
                    + "\"] == nil and attributes[\""
                    + alias
                    + "\"] != nil"),
            field.name() + " <- " + alias);
        assertFalse(keep.contains("\"" + alias + "\""), alias + " would survive the keep_keys");
      }
    }
    assertEquals(
        List.of("otlp"), List.of(config.at("/service/pipelines/logs/receivers/0").asText()));
    assertEquals(
        "http://loki.observability.svc:3100/otlp",
        config.at("/exporters/otlphttp~1loki/endpoint").asText());
  }
}
