package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON the model does not cover yet, attached to a dashboard, panel, panel options, field config or
 * query. It is merged after the model's own keys, in the order written; a key the model already
 * sets is refused, so the escape hatch can add but never silently overwrite.
 *
 * <p>Immutable: the JSON is kept as text and parsed again for each use. Numbers are read as exact
 * decimals, so they print as written.
 */
public final class RawJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private final String text;

  private RawJson(String text) {
    this.text = text;
  }

  /** A JSON object as text, e.g. {@code {"pluginVersion": "11.3.0"}}. */
  public static RawJson of(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DefinitionException(
          "raw JSON", "is not valid JSON (" + e.getOriginalMessage() + "); fix the text");
    }
    if (node == null || !node.isObject()) {
      throw new DefinitionException("raw JSON", "must be a JSON object such as {\"key\": 1}");
    }
    return new RawJson(node.toString());
  }

  /** A fresh copy of the object. */
  public ObjectNode object() {
    try {
      return (ObjectNode) MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds the raw keys to {@code target}: new keys after the existing ones, objects merged key by
   * key. A key that exists with a value other than an object on both sides is refused.
   *
   * @param where how messages name the place, e.g. {@code panel 'Latency' options}
   */
  static void mergeInto(ObjectNode target, RawJson raw, String object, String where) {
    merge(target, raw.object(), object, where, "");
  }

  private static void merge(
      ObjectNode target, ObjectNode extra, String object, String where, String path) {
    for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      JsonNode existing = target.get(field.getKey());
      if (existing == null) {
        target.set(field.getKey(), field.getValue());
      } else if (existing.isObject() && field.getValue().isObject()) {
        merge((ObjectNode) existing, (ObjectNode) field.getValue(), object, where, key);
      } else {
        throw new DefinitionException(
            object,
            where
                + ": raw JSON sets '"
                + key
                + "', which the model already sets; use the builder's option for it instead of raw JSON");
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJson raw && raw.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
