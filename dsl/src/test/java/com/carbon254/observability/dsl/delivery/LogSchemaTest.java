package com.carbon254.observability.dsl.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LogSchemaTest {
  @Test
  void theSchemaHasTheSeedsFieldsInItsOrderAndRequiresTheConventionsCore() {
    JsonNode schema = LogSchema.jsonSchema();
    List<String> names = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(names::add);

    assertEquals(
        List.of(
            "ts",
            "level",
            "service",
            "trace_id",
            "span_id",
            "request_id",
            "tenant_id",
            "event_type",
            "message",
            "duration_ms",
            "status_code",
            "extra"),
        names);
    assertEquals(
        "[\"ts\",\"level\",\"service\",\"event_type\",\"message\"]",
        schema.get("required").toString());
    assertEquals(false, schema.get("additionalProperties").asBoolean());
    assertEquals("date-time", schema.at("/properties/ts/format").asText());
  }

  /** A rename onto another field's name would overwrite a valid field with something else. */
  @Test
  void noAliasIsAFieldNameOrTheAliasOfTwoFields() {
    Set<String> fields = new TreeSet<>(LogSchema.FIELDS.stream().map(LogField::name).toList());
    Set<String> aliases = new TreeSet<>();
    for (LogField field : LogSchema.FIELDS) {
      for (String alias : field.aliases()) {
        assertTrue(!fields.contains(alias), alias);
        assertTrue(aliases.add(alias), alias + " is an alias of two fields");
      }
    }
  }

  @Test
  void fieldNamesFollowTheSnakeCaseConvention() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LogField.named("traceId", LogField.Type.STRING).description("x").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> LogField.named("trace_id", LogField.Type.STRING).build());
  }
}
