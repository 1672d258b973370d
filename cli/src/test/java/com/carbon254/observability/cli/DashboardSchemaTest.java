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
   * Section 14's correlation on the gateway dashboard: every latency query asks for exemplars and
   * the latency panel links to the gateway's traces in Tempo; the error panel links to its logs in
   * Loki; both by the data source uids the Grafana provisioning creates.
   */
  @Test
  void theGatewayLinksLatencyToTempoThroughExemplarsAndErrorsToLoki() throws IOException {
    JsonNode panels =
        JSON.readTree(RENDERED.get("dashboards/access/gateway_overview.json")).get("panels");
    JsonNode latency = panel(panels, "Gateway latency p50, p95, p99");
    JsonNode errors = panel(panels, "Gateway errors by status class");

    assertEquals(3, latency.get("targets").size());
    latency.get("targets").forEach(t -> assertTrue(t.get("exemplar").asBoolean(), t.toString()));
    String traces =
        latency.get("fieldConfig").get("defaults").get("links").get(0).get("url").asText();
    assertTrue(
        traces.contains("%22uid%22%3A%22tempo%22")
            && traces.contains("resource.service.name%3D%5C%22gateway%5C%22"),
        traces);
    String logs = errors.get("fieldConfig").get("defaults").get("links").get(0).get("url").asText();
    assertTrue(
        logs.contains("%22uid%22%3A%22loki%22")
            && logs.contains("service_name%3D%5C%22gateway%5C%22"),
        logs);
  }

  private static JsonNode panel(JsonNode panels, String title) {
    for (JsonNode panel : panels) {
      if (panel.path("title").asText().equals(title)) {
        return panel;
      }
    }
    throw new AssertionError("no panel titled '" + title + "'");
  }

  /**
   * The dsl's gallery dashboard (every panel, variable, override matcher and mapping kind), as its
   * approval test committed it: the model's whole surface is valid, not only what bundles use
   * today.
   */
  @Test
  void theDslGalleryIsValidAgainstTheFoundationSdkSchema() throws IOException {
    Path gallery =
        GeneratedTrees.committedFolder()
            .getParent()
            .resolve(
                "dsl/src/test/java/com/carbon254/observability/dsl/dashboard/"
                    + "GalleryTest.everyKindOfPanelVariableOverrideAndMapping.approved.txt");
    List<String> violations = violations("gallery", JSON.readTree(Files.readString(gallery)));
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
    for (String expected :
        List.of(
            "broken.json: $: property 'unknownTopLevelField' is not defined",
            "broken.json: $: required property 'templating' not found",
            "broken.json: $.schemaVersion: string found, integer expected",
            "broken.json: $.panels[" + last + "].gridPos.w: must have a maximum value of 24")) {
      assertTrue(
          found.stream().anyMatch(line -> line.startsWith(expected)),
          expected + "\n" + report(found));
    }
  }

  /**
   * One line per violation: the file, then the validator's message, which starts with the JSON path
   * of the offending node, then the schema keyword broken. Sorted and without duplicates (a panel
   * is checked against both branches of the schema's Panel/RowPanel oneOf), so a report reads the
   * same on every run.
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
    Rendering.renderAllOrThrow()
        .files()
        .forEach(
            (path, content) -> {
              if (path.startsWith("dashboards/") && path.endsWith(".json")) {
                dashboards.put(path, content);
              }
            });
    return dashboards;
  }

  /**
   * The known error of the vendored schema: where Grafana's own kind says "any value" ({@code _} in
   * kinds/dashboard), the SDK's generator wrote "an object". That hits an override's matcher option
   * ({@code MatcherConfig.options}, a field name such as "5xx" for byName) and an override
   * property's value ({@code DynamicConfigValue.value}, a unit such as "s"), which Grafana stores
   * as strings and numbers. The schema is kept verbatim on disk; this relaxes exactly those two
   * nodes, and fails if either is no longer what it was, so a fixed or newer schema is noticed.
   */
  static JsonNode relaxOverrideValues(JsonNode schema) {
    relax(schema, "DynamicConfigValue", "value");
    relax(schema, "MatcherConfig", "options");
    return schema;
  }

  private static void relax(JsonNode schema, String definition, String property) {
    JsonNode properties = schema.path("definitions").path(definition).path("properties");
    if (!properties.path(property).path("type").asText().equals("object")) {
      throw new IllegalStateException(
          definition
              + "."
              + property
              + " is no longer typed 'object' in "
              + SCHEMA
              + "; drop it from relaxOverrideValues if the schema was fixed");
    }
    ((ObjectNode) properties).putObject(property);
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
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .pathType(PathType.JSON_PATH)
              .locale(Locale.ENGLISH)
              .build();
      return JsonSchemaFactory.getInstance(draft).getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
