package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard the builders render is valid against the dashboard JSON schema the Grafana
 * foundation SDK publishes (vendored verbatim under {@code src/test/resources/schemas/}, see the
 * SOURCE.md next to it). A failure lists every violation of every file with its JSON path.
 */
class DashboardSchemaTest {
  private static final String SCHEMA = "/schemas/grafana-foundation-sdk/dashboard.jsonschema.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema DASHBOARD = loadSchema();
  /** What the builders render under dashboards/, by path. */
  private static final Map<String, String> RENDERED = renderedDashboards();

  @Test
  void everyRenderedDashboardIsValidAgainstTheFoundationSdkSchema() throws IOException {
    assertFalse(RENDERED.isEmpty(), "no dashboards rendered");
    List<String> violations = new ArrayList<>();
    for (var dashboard : RENDERED.entrySet()) {
      violations.addAll(violations(dashboard.getKey(), JSON.readTree(dashboard.getValue())));
    }
    assertEquals(List.of(), violations, report(violations));
  }

  /** The committed copies too, so a stale generated/ folder cannot hide an invalid dashboard. */
  @Test
  void everyCommittedDashboardIsValidAgainstTheFoundationSdkSchema() throws IOException {
    Path folder = GeneratedTrees.committedFolder().resolve("dashboards");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no dashboards under " + folder);

    List<String> violations = new ArrayList<>();
    for (Path file : files) {
      String name = "generated/dashboards/" + folder.relativize(file).toString().replace('\\', '/');
      violations.addAll(violations(name, JSON.readTree(Files.readString(file))));
    }
    assertEquals(List.of(), violations, report(violations));
  }

  /**
   * Guards against a schema that accepts anything (say, a $ref that silently resolves to nothing):
   * breaking a rendered dashboard at the top and deep inside a panel must be reported, with paths.
   */
  @Test
  void theSchemaCatchesBrokenDashboardsWithTheirPaths() throws IOException {
    ObjectNode broken = (ObjectNode) JSON.readTree(RENDERED.values().iterator().next());
    broken.put("unknownTopLevelField", true);
    broken.put("schemaVersion", "42");
    broken.remove("templating");
    int last = broken.get("panels").size() - 1;
    ((ObjectNode) broken.get("panels").get(last).get("gridPos")).put("w", 25);

    List<String> found = violations("broken.json", broken);
    for (String expected : List.of(
        "broken.json: $: property 'unknownTopLevelField' is not defined",
        "broken.json: $: required property 'templating' not found",
        "broken.json: $.schemaVersion: string found, integer expected",
        "broken.json: $.panels[" + last + "].gridPos.w: must have a maximum value of 24")) {
      assertTrue(found.stream().anyMatch(line -> line.startsWith(expected)), expected + "\n" + report(found));
    }
  }

  /**
   * One line per violation: the file, then the validator's message, which starts with the JSON
   * path of the offending node, then the schema keyword broken. Sorted and without duplicates (a
   * panel is checked against both branches of the schema's Panel/RowPanel oneOf), so a report reads
   * the same on every run.
   */
  private static List<String> violations(String file, JsonNode dashboard) {
    return DASHBOARD.validate(dashboard).stream()
        .map(m -> file + ": " + m.getMessage() + " (" + m.getType() + ")")
        .distinct()
        .sorted()
        .toList();
  }

  private static String report(List<String> violations) {
    return violations.size() + " schema violation(s):\n" + String.join("\n", violations);
  }

  private static Map<String, String> renderedDashboards() {
    Map<String, String> dashboards = new TreeMap<>();
    Rendering.renderAllOrThrow().files().forEach((path, content) -> {
      if (path.startsWith("dashboards/") && path.endsWith(".json")) {
        dashboards.put(path, content);
      }
    });
    return dashboards;
  }

  /**
   * The one known error of the vendored schema: it types an override property's value
   * ({@code DynamicConfigValue.value}) as an object, where Grafana's own kind says any value
   * ({@code value?: _} in kinds/dashboard), and every override Grafana writes (a unit, a display
   * name, a line width) holds a string or a number. The schema is kept verbatim on disk; this
   * relaxes exactly that node, and fails if the node is no longer what it was, so a newer schema is
   * noticed.
   */
  static JsonNode relaxOverrideValues(JsonNode schema) {
    JsonNode value = schema.path("definitions").path("DynamicConfigValue").path("properties").path("value");
    if (!value.path("type").asText().equals("object")) {
      throw new IllegalStateException("DynamicConfigValue.value is no longer typed 'object' in " + SCHEMA
          + "; drop relaxOverrideValues if the schema was fixed");
    }
    ((ObjectNode) schema.path("definitions").path("DynamicConfigValue").path("properties")).putObject("value");
    return schema;
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = DashboardSchemaTest.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + SCHEMA);
      }
      JsonNode schema = relaxOverrideValues(JSON.readTree(in));
      // The draft comes from the schema's own "$schema" (draft-07 for the foundation SDK).
      SpecVersion.VersionFlag draft = SpecVersionDetector.detect(schema);
      // English messages whatever the machine's locale (surefire runs the tests in Turkish).
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .pathType(PathType.JSON_PATH)
          .locale(Locale.ENGLISH)
          .build();
      return JsonSchemaFactory.getInstance(draft).getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
