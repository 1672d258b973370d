package com.carbon254.observability.cli.review;

import static com.carbon254.observability.cli.review.Trees.ALERTS;
import static com.carbon254.observability.cli.review.Trees.DASHBOARD;
import static com.carbon254.observability.cli.review.Trees.RECORDINGS;
import static com.carbon254.observability.cli.review.Trees.SLO_RULES;
import static com.carbon254.observability.cli.review.Trees.base;
import static com.carbon254.observability.cli.review.Trees.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carbon254.observability.dsl.review.RenderedSnapshot;
import java.util.Map;
import java.util.TreeMap;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** The semantic report for prepared changes of each kind of object, approved as text. */
class SemanticDiffApprovalTest {
  private static SemanticReport diff(Map<String, String> before, Map<String, String> after) {
    return SemanticDiff.compare(
        "before", RenderedSnapshot.read(before), "after", RenderedSnapshot.read(after));
  }

  private static String text(Map<String, String> after) {
    return ReportFormat.TEXT.render(diff(base(), after));
  }

  @Test
  void identicalTreesHaveNoChange() {
    SemanticReport report = diff(base(), base());
    assertTrue(report.isEmpty());
    assertEquals(
        "no semantic change in generated/: before → after\n", ReportFormat.TEXT.render(report));
  }

  @Test
  void thresholdChangeInsideAnAndIsNamedByItsClause() {
    Approvals.verify(text(edit(base(), ALERTS, "[15m])) > 0.01", "[15m])) > 0.015")));
  }

  @Test
  void alertAddedRemovedAndChanged() {
    Map<String, String> after = edit(base(), ALERTS, "[5m])) > 0.02", "[5m])) > 0.03");
    after = edit(after, ALERTS, "for: 2m", "for: 5m");
    after =
        edit(
            after,
            ALERTS,
            "      - alert: ALERT_STREAMING_CONNECTION_CHURN",
            "      - alert: ALERT_STREAMING_RECONNECT_STORM");
    after = edit(after, ALERTS, "severity: warn", "severity: page");
    after =
        edit(
            after,
            ALERTS,
            "Streaming connections churn.",
            "Streaming clients reconnect in a storm.");
    Approvals.verify(text(after));
  }

  @Test
  void recordingsAddedRemovedChangedAndStillRead() {
    Map<String, String> after =
        edit(
            base(),
            RECORDINGS,
            "    - record: route:gateway_http_requests:rate5m\n"
                + "        expr: sum by (route) (rate(gateway_http_requests_total[5m]))\n",
            "    - record: route:gateway_http_requests:rate1m\n"
                + "        expr: sum by (route) (rate(gateway_http_requests_total[1m]))\n");
    after =
        edit(
            after,
            RECORDINGS,
            "histogram_quantile(0.95, sum by (le, route)",
            "histogram_quantile(0.95, sum by (le, route, method)");
    Approvals.verify(text(after));
  }

  @Test
  void sloObjectiveChangeShowsTheErrorBudget() {
    Map<String, String> after = edit(base(), SLO_RULES, "vector(0.99)", "vector(0.995)");
    after =
        edit(
            after,
            SLO_RULES,
            "      - record: slo:objective:ratio\n"
                + "        expr: vector(0.999)\n"
                + "        labels:\n"
                + "          slo_id: streaming-delivery\n",
            "      - record: slo:objective:ratio\n"
                + "        expr: vector(0.95)\n"
                + "        labels:\n"
                + "          slo_id: api-latency\n"
                + "      - record: slo:time_period:days\n"
                + "        expr: vector(28)\n"
                + "        labels:\n"
                + "          slo_id: api-latency\n");
    Approvals.verify(text(after));
  }

  @Test
  void dashboardPanelsAddedRemovedChangedAndAVariableStillUsed() {
    Map<String, String> after =
        edit(base(), DASHBOARD, "\"unit\": \"percentunit\"", "\"unit\": \"percent\"");
    after =
        edit(
            after,
            DASHBOARD,
            "{\"color\": \"red\", \"value\": 0.02}",
            "{\"color\": \"red\", \"value\": 0.05}");
    after = edit(after, DASHBOARD, "\"displayMode\": \"table\"", "\"displayMode\": \"list\"");
    after =
        edit(
            after,
            DASHBOARD,
            "\"title\": \"Gateway overview\",",
            "\"title\": \"Gateway overview\",\n  \"refresh\": \"1m\",");
    after =
        edit(
            after,
            DASHBOARD,
            "\"title\": \"Latency p95 by route\"",
            "\"title\": \"Latency heatmap\"");
    after =
        edit(
            after,
            DASHBOARD,
            "\"expr\": \"sum(route:gateway_http_requests:rate5m)\"",
            "\"expr\": \"sum(rate(gateway_http_requests_total[5m]))\"");
    after =
        edit(
            after,
            DASHBOARD,
            ",\n"
                + "    {\"type\": \"query\", \"name\": \"route\", \"query\":"
                + " \"label_values(route:gateway_http_requests:rate5m, route)\"}",
            "");
    Approvals.verify(text(after));
  }

  @Test
  void aPanelThatOnlyMovedIsNotAChange() {
    // Both timeseries panels of the Errors row swap places: new ids, new grid positions, new order.
    String json = base().get(DASHBOARD);
    int errorsStart = json.indexOf("    {\"type\": \"timeseries\", \"id\": 5");
    int latencyStart = json.indexOf("    {\"type\": \"timeseries\", \"id\": 6");
    int latencyEnd = json.indexOf("\n  ],", latencyStart);
    String errors = json.substring(errorsStart, latencyStart - 2);
    String latency = json.substring(latencyStart, latencyEnd);
    String swapped =
        json.substring(0, errorsStart)
            + latency
                .replace("\"id\": 6", "\"id\": 5")
                .replace("\"x\": 12, \"y\": 10", "\"x\": 0, \"y\": 10")
            + ",\n"
            + errors
                .replace("\"id\": 5", "\"id\": 6")
                .replace("\"x\": 0, \"y\": 10", "\"x\": 12, \"y\": 18")
            + json.substring(latencyEnd);
    Map<String, String> after = new TreeMap<>(base());
    after.put(DASHBOARD, swapped);
    // The file did change, and still nothing is reported.
    assertTrue(!swapped.equals(json));
    SemanticReport report = diff(base(), after);
    assertTrue(report.isEmpty(), () -> ReportFormat.TEXT.render(report));
  }

  @Test
  void objectsOfEveryKindAddedAndRemoved() {
    Map<String, String> empty =
        new TreeMap<>(Map.of("README.md", "# generated/ (do not edit by hand)\n"));
    Approvals.verify(
        "added:\n"
            + ReportFormat.TEXT.render(diff(empty, base()))
            + "\nremoved:\n"
            + ReportFormat.TEXT.render(diff(base(), empty)));
  }

  @Test
  void alertmanagerRoutesChanged() {
    Map<String, String> after =
        edit(base(), "configs/alertmanager.yaml", "group_wait: 10s", "group_wait: 0s");
    after =
        edit(
            after,
            "configs/alertmanager.yaml",
            "    - matchers: ['severity=\"warn\"']\n"
                + "      receiver: slack\n"
                + "      repeat_interval: 4h\n",
            "    - matchers: ['severity=\"info\"']\n      receiver: low-noise\n");
    after = edit(after, "configs/alertmanager.yaml", "  - name: slack\n", "  - name: low-noise\n");
    Approvals.verify(text(after));
  }

  @Test
  void aRunbookNoAlertLinksAnyMore() {
    Map<String, String> after =
        edit(
            base(),
            ALERTS,
            "generated/docs/runbooks/streaming-churn.md",
            "generated/docs/runbooks/high-api-error-rate.md");
    after =
        edit(
            after,
            Trees.RUNBOOK,
            "Check recent deploys.",
            "Check recent deploys, then the connection pool.");
    Approvals.verify(text(after));
  }

  @Test
  void markdownForAPullRequestComment() {
    Approvals.verify(ReportFormat.MARKDOWN.render(diff(base(), exampleChange())));
  }

  @Test
  void jsonForTools() {
    Approvals.verify(ReportFormat.JSON.render(diff(base(), exampleChange())));
  }

  /** The example: a threshold and a for raised, an SLO tightened, a recording renamed. */
  static Map<String, String> exampleChange() {
    Map<String, String> after = edit(base(), ALERTS, "[5m])) > 0.02", "[5m])) > 0.03");
    after = edit(after, ALERTS, "for: 2m", "for: 5m");
    after = edit(after, SLO_RULES, "vector(0.99)", "vector(0.995)");
    after =
        edit(
            after,
            RECORDINGS,
            "record: route:gateway_http_requests:rate5m",
            "record: route:gateway_http_requests:rate_5m");
    return after;
  }
}
