package com.carbon254.observability.dsl.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrafanaProvisioningTest {
  private static JsonNode readBack(JsonNode node) throws Exception {
    return new YAMLMapper().readTree(Documents.yaml(node));
  }

  private static JsonNode datasource(Datasource datasource) throws Exception {
    for (JsonNode node : readBack(GrafanaProvisioning.datasources()).get("datasources")) {
      if (node.get("uid").asText().equals(datasource.uid())) {
        return node;
      }
    }
    throw new AssertionError("no data source with uid " + datasource.uid());
  }

  @Test
  void eachDatasourceHasTheStableUidAndTypeTheDashboardsUse() throws Exception {
    List<String> provisioned = new ArrayList<>();
    for (JsonNode node : readBack(GrafanaProvisioning.datasources()).get("datasources")) {
      provisioned.add(
          node.get("type").asText()
              + "/"
              + node.get("uid").asText()
              + "/"
              + node.get("name").asText());
    }
    List<String> expected = new ArrayList<>();
    for (Datasource d : Datasource.values()) {
      expected.add(d.type() + "/" + d.uid() + "/" + d.displayName());
    }
    assertEquals(expected, provisioned);
    assertEquals(true, datasource(Datasource.PROMETHEUS).get("isDefault").asBoolean());
    assertEquals(
        "http://tempo.observability.svc:3200", datasource(Datasource.TEMPO).get("url").asText());
  }

  @Test
  void exemplarsLeadToTempoByTraceId() throws Exception {
    JsonNode exemplar =
        datasource(Datasource.PROMETHEUS).at("/jsonData/exemplarTraceIdDestinations/0");

    assertEquals("trace_id", exemplar.get("name").asText());
    assertEquals("tempo", exemplar.get("datasourceUid").asText());
  }

  @Test
  void tracesLeadToLogsAndToMetricsOfTheirService() throws Exception {
    JsonNode json = datasource(Datasource.TEMPO).get("jsonData");

    assertEquals("loki", json.at("/tracesToLogsV2/datasourceUid").asText());
    assertEquals(true, json.at("/tracesToLogsV2/filterByTraceID").asBoolean());
    assertEquals("prometheus", json.at("/tracesToMetrics/datasourceUid").asText());
    assertEquals("service.name", json.at("/tracesToMetrics/tags/0/key").asText());
    assertEquals("job", json.at("/tracesToMetrics/tags/0/value").asText());
    // Grafana expands $NAME in provisioning files: the query's $__tags must reach it as $$__tags.
    assertEquals(
        "sum(rate({__name__=~\".+_requests_total\", $$__tags}[5m]))",
        json.at("/tracesToMetrics/queries/0/query").asText());
  }

  @Test
  void aTraceIdInALogLineLinksToTempo() throws Exception {
    JsonNode field = datasource(Datasource.LOKI).at("/jsonData/derivedFields/0");

    assertEquals("tempo", field.get("datasourceUid").asText());
    assertEquals("$${__value.raw}", field.get("url").asText());
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile(field.get("matcherRegex").asText())
            .matcher(
                "{\"ts\":\"2025-10-06T12:34:56.789Z\",\"trace_id\": \"4bf92f3577b34da6a3ce929d0e0e4736\"}");
    assertEquals(true, matcher.find());
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", matcher.group(1));
  }

  @Test
  void eachDomainIsAFolderReadFromItsSidecarSubfolder() throws Exception {
    JsonNode providers =
        readBack(
                GrafanaProvisioning.dashboards(
                    List.of("ml", "access", "data_processing", "access")))
            .get("providers");

    assertEquals(3, providers.size());
    assertEquals("access", providers.get(0).get("name").asText());
    assertEquals("Data processing", providers.get(1).get("folder").asText());
    assertEquals("data-processing", providers.get(1).get("folderUid").asText());
    assertEquals(
        "/var/lib/grafana-dashboards/data_processing",
        providers.get(1).at("/options/path").asText());
    assertEquals(false, providers.get(2).get("allowUiUpdates").asBoolean());
  }
}
