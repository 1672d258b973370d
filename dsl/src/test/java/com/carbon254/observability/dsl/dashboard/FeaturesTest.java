package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.render.Documents;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Variables and their references, queries, units, raw JSON, correlation links and library panels.
 */
class FeaturesTest {
  private static DashboardBuilder dashboard() {
    return new DashboardBuilder("Features").uid("features");
  }

  private static String error(DashboardBuilder builder) {
    return assertThrows(DefinitionException.class, builder::build).getMessage();
  }

  private static JsonNode json(DashboardBuilder builder) throws Exception {
    return new ObjectMapper()
        .readTree(
            Documents.json(
                DashboardRenderer.render(
                    builder.build(), com.carbon254.observability.dsl.rules.ExampleSite.SITE)));
  }

  private static TimeseriesPanelBuilder requests(String title) {
    return new TimeseriesPanelBuilder(title).withTarget(Examples.REQUEST_RATE, "{{route}}");
  }

  @Test
  void builtInsAndEveryReferenceSyntaxResolve() {
    dashboard()
        .withVariable(CustomVariable.of("route", "/a", "/b").multi())
        .withPanel(
            new TimeseriesPanelBuilder("$route [[route]] ${route} ${route:pipe} over $__range")
                .description(
                    "Between ${__from:date:iso} and ${__to:date:seconds} on ${__dashboard.uid}")
                .withTarget(
                    PrometheusQuery.raw(
                            "sum(rate(gateway_http_requests_total{route=~\"$route\"}[$__rate_interval]))")
                        .legend("all"))
                .dataLinks(
                    DataLink.to(
                        "Series ${__series.name}",
                        "/d/x?var-route=${__field.labels.route}&${__url_time_range}"
                            + "&v=${__value.raw}&t=${__value.time}&f=${__data.fields[\"route\"]}")))
        .build();
  }

  @Test
  void aChainedVariableReadsOnlyVariablesDeclaredBeforeIt() {
    assertEquals(
        "dashboard 'features': variable 'status' uses '$route', but no variable 'route' is declared (declared:"
            + " datasource); declare it with .withVariable(...), fix the name, or use a built-in such as"
            + " $__rate_interval",
        error(
            dashboard()
                .withVariable(
                    QueryVariable.labelValues(
                        "status", REQUESTS.select().matching("route", "$route"), "status"))
                .withVariable(QueryVariable.labelValues("route", REQUESTS.select(), "route"))
                .withPanel(requests("Requests"))));
  }

  @Test
  void aQueryVariableReadsALabelItsSelectorCarries() {
    assertEquals(
        "dashboard 'features': variable 'tenant': reads the values of label 'tenant', which"
            + " gateway_http_requests_total does not carry; use one of its labels: container, endpoint, instance, job, method, namespace, pod, route, service, status",
        error(
            dashboard()
                .withVariable(QueryVariable.labelValues("tenant", REQUESTS.select(), "tenant"))
                .withPanel(requests("Requests"))));
  }

  @Test
  void variablesRenderWithTheirOptions() throws Exception {
    JsonNode list =
        json(dashboard()
                .withVariable(
                    QueryVariable.labelValues("route", REQUESTS.select(), "route")
                        .multi()
                        .includeAll())
                .withVariable(IntervalVariable.of("step", "1m", "5m").auto(20, "30s"))
                .withPanel(requests("Requests")))
            .get("templating")
            .get("list");

    assertEquals(
        "label_values(gateway_http_requests_total, route)", list.get(1).get("query").asText());
    assertEquals(".*", list.get(1).get("allValue").asText());
    assertEquals(true, list.get(1).get("multi").asBoolean());
    assertEquals("1m,5m", list.get(2).get("query").asText());
    assertEquals(20, list.get(2).get("auto_count").asInt());
  }

  @Test
  void anUnknownUnitIdIsRefusedButCustomUnitsAreFine() {
    assertEquals(Optional.of(Units.REQUESTS_PER_SECOND), Units.byId("reqps"));
    assertEquals(Optional.empty(), Units.byId("reqs"));
    assertEquals(Optional.of(Unit.suffix("reqs")), Units.byId("suffix:reqs"));
    dashboard().withPanel(requests("Custom").unit(Unit.suffix(" req")).unit("count:jobs")).build();
    Set<String> ids = new HashSet<>();
    Units.ALL.forEach(u -> assertTrue(ids.add(u.id()), "twice: " + u.id()));
    assertTrue(Units.ALL.size() > 250, "Grafana lists over 250 units");
  }

  @Test
  void rawJsonAddsKeysAndRefusesThoseTheModelSets() throws Exception {
    JsonNode panel =
        json(dashboard()
                .withPanel(
                    requests("Raw")
                        .rawJson(
                            "{\"pluginVersion\": \"11.3.0\", \"options\": {\"legend\": {\"width\": 300}}}")
                        .rawFieldConfig("{\"custom\": {\"lineStyle\": {\"fill\": \"dash\"}}}")))
            .get("panels")
            .get(0);

    assertEquals("11.3.0", panel.get("pluginVersion").asText());
    assertEquals(300, panel.get("options").get("legend").get("width").asInt());
    assertEquals(
        "dash",
        panel
            .get("fieldConfig")
            .get("defaults")
            .get("custom")
            .get("lineStyle")
            .get("fill")
            .asText());
    assertEquals(
        "dashboard 'features': panel 'Raw' options: raw JSON sets 'legend.displayMode', which the model already"
            + " sets; use the builder's option for it instead of raw JSON",
        error(
            dashboard()
                .withPanel(
                    requests("Raw").rawOptions("{\"legend\": {\"displayMode\": \"table\"}}"))));
    assertEquals(
        "dashboard 'features': dashboard: raw JSON sets 'title', which the model already sets; use the"
            + " builder's option for it instead of raw JSON",
        error(dashboard().withPanel(requests("P")).rawJson("{\"title\": \"Other\"}")));
    assertEquals(
        "dashboard 'features': panel 'Raw' query A: raw JSON sets 'expr', which the model already sets; use"
            + " the builder's option for it instead of raw JSON",
        error(
            dashboard()
                .withPanel(
                    new TimeseriesPanelBuilder("Raw")
                        .withTarget(
                            PrometheusQuery.of(Examples.REQUEST_RATE)
                                .legend("{{route}}")
                                .rawJson("{\"expr\": \"up\"}")))));
    assertEquals(
        "raw JSON: must be a JSON object such as {\"key\": 1}",
        assertThrows(DefinitionException.class, () -> RawJson.of("[1]")).getMessage());
  }

  @Test
  void panelsThatShowOneValueQueryInstantValues() throws Exception {
    JsonNode panels =
        json(dashboard()
                .withPanel(new GaugePanelBuilder("Gauge").withTarget(Examples.ERROR_RATIO, "ratio"))
                .withPanel(
                    new TimeseriesPanelBuilder("Graph").withTarget(Examples.ERROR_RATIO, "ratio"))
                .withPanel(
                    new TimeseriesPanelBuilder("Both")
                        .withTarget(
                            PrometheusQuery.of(Examples.ERROR_RATIO)
                                .legend("ratio")
                                .rangeAndInstant())))
            .get("panels");

    assertEquals("false true", mode(panels.get(0)));
    assertEquals("true false", mode(panels.get(1)));
    assertEquals("true true", mode(panels.get(2)));
  }

  private static String mode(JsonNode panel) {
    JsonNode target = panel.get("targets").get(0);
    return target.get("range").asBoolean() + " " + target.get("instant").asBoolean();
  }

  @Test
  void queriesOfSeveralDataSourcesMakeAMixedPanel() throws Exception {
    JsonNode panel =
        json(dashboard()
                .withPanel(
                    requests("Mixed")
                        .withTarget(
                            LokiQuery.of(
                                    LogQL.stream("app", "gateway")
                                        .contains("error")
                                        .rate("5m")
                                        .sum())
                                .legend("errors"))))
            .get("panels")
            .get(0);

    assertEquals("-- Mixed --", panel.get("datasource").get("uid").asText());
    assertEquals(
        "${datasource}", panel.get("targets").get(0).get("datasource").get("uid").asText());
    assertEquals("loki", panel.get("targets").get(1).get("datasource").get("uid").asText());
    assertEquals(
        "sum(rate({app=\"gateway\"} |= \"error\" [5m]))",
        panel.get("targets").get(1).get("expr").asText());
  }

  @Test
  void exemplarsOnlyWhereGrafanaDrawsThem() {
    assertEquals(
        "dashboard 'features': panel 'p95': query A asks for exemplars, which a stat panel does not draw"
            + " (time series and heatmaps do); drop .exemplars()",
        error(
            dashboard()
                .withPanel(
                    new StatPanelBuilder("p95")
                        .withTarget(PrometheusQuery.of(Examples.P95).legend("p95").exemplars()))));
  }

  @Test
  void queryLessPanelsRefuseQueries() {
    assertEquals(
        "dashboard 'features': panel 'Notes': a text panel runs no queries, but has query A; drop its queries",
        error(
            dashboard()
                .withPanel(
                    new TextPanelBuilder("Notes").markdown("x").withTarget(Examples.ERROR_RATIO))));
  }

  @Test
  void correlationLinksOpenTempoAndLokiByTheirFixedUids() {
    DataLink traces = Correlation.tracesOf("gateway");
    DataLink logs = Correlation.logsOf(LogQL.stream("app", "gateway"), "route");

    assertTrue(traces.url().startsWith("/explore?schemaVersion=1&orgId=1&panes="), traces.url());
    assertTrue(traces.url().contains("%22uid%22%3A%22tempo%22"), traces.url());
    assertTrue(traces.url().contains("resource.service.name%3D%5C%22gateway%5C%22"), traces.url());
    assertTrue(logs.url().contains("%22uid%22%3A%22loki%22"), logs.url());
    assertTrue(logs.url().contains("route%3D%5C%22${__field.labels.route}%5C%22"), logs.url());
    assertTrue(logs.url().contains("${__from}") && logs.url().contains("${__to}"), logs.url());
    assertTrue(
        Correlation.logsOfTrace(LogQL.stream("app", "gateway"))
            .url()
            .contains("trace_id%3D%5C%22${__value.raw}"));
  }

  @Test
  void aRepeatedPanelGetsItsLineToItself() {
    Dashboard d =
        dashboard()
            .withVariable(CustomVariable.of("shard", "a", "b").includeAll())
            .withPanel(requests("Before").span(6))
            .withPanel(requests("Repeated $shard").span(6).repeat("shard"))
            .withPanel(requests("After").span(6))
            .build();

    assertEquals(
        "x=0 y=0 w=6 h=8|x=0 y=8 w=6 h=8|x=0 y=16 w=6 h=8",
        String.join("|", d.panels().stream().map(i -> i.gridPos().toString()).toList()));
  }

  @Test
  void annotationsFollowTheBuiltInOne() throws Exception {
    JsonNode list =
        json(dashboard()
                .withPanel(requests("P"))
                .withAnnotation(Annotation.firingAlerts("ALERT_GATEWAY_.*"))
                .withAnnotation(
                    Annotation.prometheus(
                        "5xx",
                        sum(rate(REQUESTS.select().where("status", "500").over("5m"))),
                        Color.RED)))
            .get("annotations")
            .get("list");

    assertEquals(1, list.get(0).get("builtIn").asInt());
    assertEquals(
        "ALERTS{alertstate=\"firing\", alertname=~\"ALERT_GATEWAY_.*\"}",
        list.get(1).get("expr").asText());
    assertEquals("alertname,severity", list.get(1).get("tagKeys").asText());
    assertEquals(
        2,
        dashboard()
            .withPanel(requests("P"))
            .withAnnotation(
                Annotation.prometheus("5xx", sum(rate(REQUESTS.select().over("5m"))), Color.RED))
            .build()
            .expressions()
            .size());
  }

  @Test
  void aLibraryPanelIsReferencedByUid() throws Exception {
    JsonNode panel =
        json(dashboard().withLibraryPanel(LibraryPanel.ref("slo-summary", "SLO summary", "stat")))
            .get("panels")
            .get(0);

    assertEquals(
        "{\"type\":\"stat\",\"id\":1,\"title\":\"SLO summary\",\"gridPos\":{\"h\":8,\"w\":8,\"x\":0,\"y\":0},"
            + "\"libraryPanel\":{\"uid\":\"slo-summary\",\"name\":\"SLO summary\"}}",
        panel.toString());
  }
}
