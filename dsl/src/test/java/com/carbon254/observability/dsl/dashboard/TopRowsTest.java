package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.rules.ExampleSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TopRowsTest {
  @Test
  void keepsTheHighestRowsNamingTheValueColumn() throws Exception {
    Dashboard dashboard =
        new DashboardBuilder("Top")
            .uid("top")
            .withPanel(
                new TablePanelBuilder("Top routes")
                    .withTarget(
                        PrometheusQuery.of(REQUESTS.select()).format(QueryFormat.TABLE).instant())
                    .topRows(10, "Requests \"now\""))
            .build();
    JsonNode panel =
        new ObjectMapper()
            .readTree(Documents.json(DashboardRenderer.render(dashboard, ExampleSite.SITE)))
            .get("panels")
            .get(0);
    assertEquals(
        "[{\"id\":\"organize\",\"options\":{\"excludeByName\":{\"Time\":true,\"__name__\":true},"
            + "\"renameByName\":{\"Value\":\"Requests \\\"now\\\"\"}}},"
            + "{\"id\":\"sortBy\",\"options\":{\"sort\":[{\"field\":\"Requests \\\"now\\\"\",\"desc\":true}]}},"
            + "{\"id\":\"limit\",\"options\":{\"limitField\":10}}]",
        panel.get("transformations").toString());
    assertThrows(IllegalArgumentException.class, () -> new TablePanelBuilder("t").topRows(0, "v"));
  }
}
