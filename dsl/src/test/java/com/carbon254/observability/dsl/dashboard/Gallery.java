package com.carbon254.observability.dsl.dashboard;

import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.DURATION;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.QUEUE_DEPTH;
import static com.carbon254.observability.dsl.dashboard.GalleryMetrics.REQUESTS;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;

import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;

/**
 * A dashboard with every panel kind, every variable kind, every override matcher and every value
 * mapping kind, a collapsed row, a repeated row and panel, a library panel, links, annotations,
 * correlation links and raw JSON: the approval test shows what each renders to, and the schema test
 * validates the approved file.
 */
final class Gallery {
  private static final com.carbon254.observability.dsl.rules.Runbook RUNBOOK =
      new com.carbon254.observability.dsl.rules.Runbook(
          "high-api-error-rate", "High API error rate", "# High API error rate\n");

  private Gallery() {}

  static final Window W = Window.minutes(5);
  static final LogQL.Selector GATEWAY_LOGS = LogQL.stream("app", "gateway");

  static Vector rateByRoute() {
    return sum(rate(REQUESTS.select().matching("route", "$route").over(W))).by("route");
  }

  static Vector errorsByRoute() {
    return sum(rate(
            REQUESTS.select().matching("route", "$route").matching("status", "5..").over(W)))
        .by("route");
  }

  static DashboardBuilder dashboard() {
    return new DashboardBuilder("Panel gallery")
        .uid("dsl-gallery")
        .description("Every panel, variable, override matcher and mapping kind the model offers.")
        .tags("gallery", "access")
        .time("now-24h", "now")
        .timePicker(TimePicker.refreshIntervals("30s", "1m", "5m", "15m").nowDelay("1m"))
        .refresh("1m")
        .timezone("Europe/Berlin")
        .weekStart(WeekStart.MONDAY)
        .tooltip(DashboardCursorSync.TOOLTIP)
        .withVariable(
            QueryVariable.labelValues("route", REQUESTS.select(), "route")
                .label("Route")
                .regex("/api/.*")
                .sort(VariableSort.NATURAL_ASC)
                .multi()
                .includeAll())
        .withVariable(
            QueryVariable.labelValues(
                    "status", REQUESTS.select().matching("route", "$route"), "status")
                .label("Status")
                .multi())
        .withVariable(CustomVariable.of("quantile", "0.5", "0.95", "0.99").label("Quantile"))
        .withVariable(ConstantVariable.of("service", "gateway"))
        .withVariable(IntervalVariable.of("step", "1m", "5m", "1h").label("Step").auto(30, "1m"))
        .withVariable(TextBoxVariable.of("trace_id", "").label("Trace id"))
        .withVariable(AdHocVariable.of("filters"))
        .withLink(DashboardLink.dashboardsTagged("Access dashboards", "access"))
        .withLink(
            DashboardLink.url(
                "Gateway overview", "/d/gateway-overview?${__url_time_range}&${route:queryparam}"))
        .withLink(DashboardLink.runbook("High API error rate runbook", RUNBOOK))
        .withAnnotation(Annotation.firingAlerts("ALERT_GATEWAY_.*"))
        .withAnnotation(
            Annotation.loki(
                    "Deploys",
                    LogQL.stream("app", "argocd")
                        .where("application", "$service")
                        .contains("sync succeeded")
                        .query(),
                    Color.BLUE)
                .titleFormat("deploy"))
        .withAnnotation(
            Annotation.prometheus(
                    "Restarts",
                    sum(rate(REQUESTS.select().where("status", "503").over(W))),
                    Color.ORANGE)
                .off())
        .withRow(new RowBuilder("Graphs"))
        .withPanel(
            new TimeseriesPanelBuilder("Requests by route")
                .description("Requests per second of $route.")
                .withTarget(rateByRoute(), "{{route}}")
                .withTarget(
                    PrometheusQuery.of(errorsByRoute()).legend("{{route}} 5xx").minStep("1m"))
                .unit(Units.REQUESTS_PER_SECOND)
                .min(0)
                .drawStyle(GraphDrawStyle.LINE)
                .lineInterpolation(LineInterpolation.SMOOTH)
                .gradientMode(GraphGradientMode.OPACITY)
                .showPoints(VisibilityMode.AUTO, 4)
                .spanNulls()
                .stacking(StackingMode.NORMAL)
                .axis(AxisPlacement.LEFT, "req/s")
                .legend(Legend.table(ReducerId.MEAN, ReducerId.MAX).atRight())
                .overrides(
                    FieldOverride.byRegexp(".* 5xx")
                        .color(FieldColor.fixed(Color.RED))
                        .axis(AxisPlacement.RIGHT)
                        .negativeY(),
                    FieldOverride.byQuery("B")
                        .unit(Units.REQUESTS_PER_SECOND)
                        .lineWidth(2)
                        .fillOpacity(0)
                        .stacking(StackingMode.NONE)
                        .drawStyle(GraphDrawStyle.BARS))
                .dataLinks(Correlation.logsOf(GATEWAY_LOGS, "route"))
                .span(12))
        .withPanel(
            new TimeseriesPanelBuilder("Latency p95 by route")
                .withTarget(
                    PrometheusQuery.of(
                            histogramQuantile(
                                0.95,
                                sum(rate(DURATION.bucket().matching("route", "$route").over(W)))
                                    .by("le", "route")))
                        .legend("{{route}}")
                        .exemplars())
                .unit(Units.SECONDS)
                .logScale(10)
                .thresholds(Thresholds.absolute(Color.GREEN).step(0.15, Color.RED))
                .overrides(FieldOverride.byType(FieldType.NUMBER).decimals(3))
                .dataLinks(Correlation.tracesOf("gateway"))
                .span(12))
        .withPanel(
            new BarChartPanelBuilder("Requests per route now")
                .withTarget(PrometheusQuery.of(rateByRoute()).format(QueryFormat.TABLE))
                .unit(Units.REQUESTS_PER_SECOND)
                .orientation(VizOrientation.HORIZONTAL)
                .showValue(VisibilityMode.ALWAYS)
                .overrides(FieldOverride.byName("route").displayName("Route"))
                .span(8))
        .withPanel(
            new HistogramPanelBuilder("Queue depth distribution")
                .withTarget(sum(QUEUE_DEPTH.select()).by("route"), "{{route}}")
                .bucketSize(5)
                .combine()
                .span(8))
        .withPanel(
            new HeatmapPanelBuilder("Latency heatmap")
                .withTarget(
                    PrometheusQuery.of(sum(rate(DURATION.bucket().over(W))).by("le"))
                        .format(QueryFormat.HEATMAP)
                        .legend("{{le}}")
                        .exemplars())
                .yAxisUnit(Units.SECONDS)
                .scheme("Spectral", HeatmapColorScale.LINEAR)
                .tooltipWithHistogram()
                .span(8))
        .withRow(new RowBuilder("Single values"))
        .withPanel(
            new StatPanelBuilder("Error ratio")
                .withTarget(
                    sum(rate(REQUESTS.select().matching("status", "5..").over(W)))
                        .div(sum(rate(REQUESTS.select().over(W)))),
                    "5xx ratio")
                .unit(Units.PERCENT_UNIT)
                .decimals(2)
                .graphMode(BigValueGraphMode.NONE)
                .colorMode(BigValueColorMode.BACKGROUND)
                .showPercentChange(PercentChangeColorMode.INVERTED)
                .thresholds(
                    Thresholds.absolute(Color.GREEN).step(0.01, Color.ORANGE).step(0.02, Color.RED))
                .noValue("no traffic")
                .panelLinks(DashboardLink.runbook("Runbook", RUNBOOK))
                .span(6))
        .withPanel(
            new GaugePanelBuilder("Queue fill")
                .withTarget(sum(QUEUE_DEPTH.select()), "queued")
                .min(0)
                .max(100)
                .thresholds(Thresholds.percentage(Color.GREEN).step(80, Color.RED))
                .showThresholdLabels(true)
                .span(6))
        .withPanel(
            new BarGaugePanelBuilder("Queue by route")
                .withTarget(sum(QUEUE_DEPTH.select()).by("route"), "{{route}}")
                .displayMode(BarGaugeDisplayMode.LCD)
                .valueMode(BarGaugeValueMode.TEXT)
                .namePlacement(BarGaugeNamePlacement.LEFT)
                .manualSizing(8, 16, 200)
                .color(
                    FieldColor.of(FieldColorModeId.CONTINUOUS_GREEN_YELLOW_RED)
                        .by(FieldColorSeriesBy.MAX))
                .span(6))
        .withPanel(
            new PieChartPanelBuilder("Requests by status")
                .withTarget(sum(rate(REQUESTS.select().over(W))).by("status"), "{{status}}")
                .pieType(PieChartType.DONUT)
                .displayLabels(PieChartLabel.PERCENT)
                .legend(
                    Legend.table().atRight(),
                    PieChartLegendValue.VALUE,
                    PieChartLegendValue.PERCENT)
                .span(6))
        .withRow(new RowBuilder("States and tables"))
        .withPanel(
            new StateTimelinePanelBuilder("Route health")
                .withTarget(PrometheusQuery.of(errorsByRoute()).legend("{{route}}"))
                .mappings(
                    ValueMapping.value(
                        "0", ValueMapping.MappingResult.text("healthy").color(Color.GREEN)),
                    ValueMapping.range(
                        0, 0.5, ValueMapping.MappingResult.text("degraded").color(Color.ORANGE)),
                    ValueMapping.atLeast(
                        0.5, ValueMapping.MappingResult.text("failing").color(Color.RED)),
                    ValueMapping.regex("^NaN$", ValueMapping.MappingResult.text("no traffic")),
                    ValueMapping.special(
                        SpecialValue.NULL_AND_NAN, ValueMapping.MappingResult.colored(Color.TEXT)))
                .span(12))
        .withPanel(
            new StatusHistoryPanelBuilder("Route status")
                .withTarget(
                    PrometheusQuery.of(errorsByRoute()).legend("{{route}}").minStep("$step"))
                .thresholds(Thresholds.absolute(Color.GREEN).step(0.5, Color.RED))
                .cellSize(0.8, 0.8)
                .span(12))
        .withPanel(
            new TablePanelBuilder("Routes")
                .withTarget(PrometheusQuery.of(rateByRoute()).format(QueryFormat.TABLE).instant())
                .unit(Units.REQUESTS_PER_SECOND)
                .footer(ReducerId.SUM)
                .sortBy("Value", true)
                .cellType(TableCellDisplayMode.COLOR_TEXT)
                .filterable()
                .overrides(
                    FieldOverride.byName("route")
                        .columnWidth(240)
                        .cellType(TableCellDisplayMode.AUTO)
                        .links(
                            DataLink.to(
                                "Gateway overview of ${__value.raw}",
                                "/d/gateway-overview?var-route=${__value.raw}")))
                .span(24))
        .withRow(new RowBuilder("Logs and traces").collapsed())
        .withPanel(
            new LogsPanelBuilder("Gateway errors")
                .withTarget(
                    LokiQuery.of(
                            GATEWAY_LOGS
                                .where("route", "$route")
                                .json()
                                .labelEquals("level", "error"))
                        .maxLines(500))
                .showCommonLabels()
                .prettifyJson()
                .dedup(LogsDedupStrategy.SIGNATURE)
                .span(24))
        .withPanel(
            new TimeseriesPanelBuilder("Error lines per second")
                .withTarget(
                    LokiQuery.of(GATEWAY_LOGS.contains("error").rate("5m").sumBy("route"))
                        .legend("{{route}}"))
                .unit(Units.EVENTS_PER_SECOND)
                .span(12))
        .withPanel(
            new TablePanelBuilder("Slow traces")
                .withTarget(
                    TempoQuery.of(TraceQL.service("gateway").slowerThan("150ms"))
                        .limit(50)
                        .rawJson("{\"spss\": 3}"))
                .dataLinks(Correlation.logsOfTrace(GATEWAY_LOGS))
                .span(12))
        .withPanel(
            new TracesPanelBuilder("Trace")
                .withTarget(TempoQuery.of(TraceQL.raw("${trace_id}")))
                .span(12))
        .withPanel(
            new NodeGraphPanelBuilder("Service graph")
                .withTarget(TempoQuery.serviceMap())
                .nodeUnits(Units.REQUESTS_PER_SECOND, Units.MILLISECONDS)
                .span(12))
        .withRow(new RowBuilder("Per route: $route").repeat("route"))
        .withPanel(
            new TimeseriesPanelBuilder("Requests of $route")
                .withTarget(rateByRoute(), "{{route}}")
                .unit(Units.REQUESTS_PER_SECOND)
                .repeat("status", 4)
                .span(6))
        .withRow(new RowBuilder("About"))
        .withPanel(
            new TextPanelBuilder("Read me")
                .markdown(
                    "Gallery of **${service}**: see the [runbook](https://github.com/254carbon/254carbon-observability"
                        + "/blob/main/generated/docs/runbooks/high-api-error-rate.md).")
                .transparent()
                .span(8)
                .height(4))
        .withPanel(
            new AlertListPanelBuilder("Firing gateway alerts")
                .alertName("ALERT_GATEWAY")
                .groupBy("severity")
                .sortOrder(AlertListSortOrder.TIME_DESC)
                .span(8)
                .height(4))
        .withPanel(
            new DashboardListPanelBuilder("Access dashboards")
                .tags("access")
                .maxItems(5)
                .span(8)
                .height(4)
                .rawOptions("{\"showFolderNames\": true}"))
        .withLibraryPanel(
            LibraryPanel.ref("gateway-slo-summary", "Gateway SLO summary", "stat").span(8, 4))
        .rawJson("{\"liveNow\": false}");
  }
}
