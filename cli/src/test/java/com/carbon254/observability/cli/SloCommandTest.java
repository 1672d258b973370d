package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code slo rules} and {@code slo export}: good specs convert, bad ones are one line, exit 2,
 * nothing written.
 */
class SloCommandTest {
  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = ObservabilityCli.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A Sloth prometheus/v1 spec in the shape of Sloth's getting-started example. */
  static final String SLOTH =
      """
      version: "prometheus/v1"
      service: "checkout"
      labels:
        owner: "payments"
        tier: "1"
      slos:
        - name: "requests-availability"
          objective: 99.9
          description: "Checkout requests succeed."
          sli:
            events:
              error_query: sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))
              total_query: sum(rate(http_requests_total{job="checkout"}[{{.window}}]))
          alerting:
            name: CheckoutHighErrorRate
            page_alert:
              labels:
                severity: pageteam
            ticket_alert:
              labels:
                severity: slack
      """;

  private Path write(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private void refused(String spec, String expectedLine) throws Exception {
    Path file = write("spec.yaml", spec);
    Path out = temp.resolve("out.yaml");
    Run run = cli("slo", "rules", file.toString(), "-o", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("ERROR " + file + ": " + expectedLine + "\n", run.err());
    assertFalse(Files.exists(out), "nothing may be written");
  }

  @Test
  void slothSpecBecomesACheckedRuleFile() throws Exception {
    Path file = write("sloth.yaml", SLOTH);
    Path out = temp.resolve("rules.yaml");
    Run run = cli("slo", "rules", file.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String rules = Files.readString(out);
    assertTrue(rules.contains("record: slo:sli_error:ratio_rate5m"), rules);
    assertTrue(rules.contains("alert: ALERT_CHECKOUT_REQUESTS_AVAILABILITY_BUDGET_BURN_1H"), rules);
    assertTrue(
        rules.contains(
            "(sum(rate(http_requests_total{job=\"checkout\",code=~\"5..\"}[1h]))) / (sum(rate(http_requests_total{job=\"checkout\"}[1h])))"),
        rules);
    Promtool.require().in(temp).checkRules(List.of(Path.of("rules.yaml"))).assertOk();
  }

  @Test
  void kubernetesPrometheusServiceLevelIsRead() throws Exception {
    String k8s =
        """
        apiVersion: sloth.slok.dev/v1
        kind: PrometheusServiceLevel
        metadata:
          name: checkout
        spec:
          service: "checkout"
          slos:
            - name: "requests-availability"
              objective: 99.5
              sli:
                raw:
                  errorRatioQuery: sum(rate(errors_total[{{.window}}])) / sum(rate(requests_total[{{.window}}]))
              alerting:
                pageAlert:
                  disable: true
        """;
    Run run = cli("slo", "rules", write("k8s.yaml", k8s).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("ALERT_CHECKOUT_REQUESTS_AVAILABILITY_BUDGET_BURN_3D"), run.out());
    assertFalse(run.out().contains("BUDGET_BURN_1H"), "the disabled page alerts are left out");
    assertTrue(
        run.out().contains("avg_over_time(slo:sli_error:ratio_rate5m"),
        "a raw ratio's period is the mean of 5m ratios");
  }

  @Test
  void openSloRatioWithReferencedSliAndAlertPolicyIsRead() throws Exception {
    String openslo =
        """
        apiVersion: openslo/v1
        kind: SLI
        metadata:
          name: checkout-errors
        spec:
          ratioMetric:
            counter: true
            bad:
              metricSource:
                type: Prometheus
                spec:
                  query: http_requests_total{job="checkout",code=~"5.."}
            total:
              metricSource:
                type: Prometheus
                spec:
                  query: http_requests_total{job="checkout"}
        ---
        apiVersion: openslo/v1
        kind: AlertPolicy
        metadata:
          name: fast-burn
        spec:
          conditions:
            - kind: AlertCondition
              metadata:
                name: fast
              spec:
                severity: page
                condition:
                  kind: burnrate
                  op: gte
                  threshold: 14.4
                  lookbackWindow: 1h
        ---
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: availability
        spec:
          service: checkout
          indicatorRef: checkout-errors
          timeWindow:
            - duration: 28d
              isRolling: true
          budgetingMethod: Occurrences
          objectives:
            - target: 0.999
          alertPolicies:
            - fast-burn
        """;
    Run run = cli("slo", "rules", write("openslo.yaml", openslo).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("ALERT_CHECKOUT_AVAILABILITY_BUDGET_BURN_1H"), run.out());
    assertFalse(
        run.out().contains("BUDGET_BURN_6H"), "the policy's conditions replace the workbook pairs");
    assertTrue(
        run.out().contains("sum(rate(http_requests_total{job=\"checkout\",code=~\"5..\"}[1h]))"),
        run.out());
    assertTrue(run.out().contains("slo:sli_error:ratio_rate28d"), run.out());
  }

  @Test
  void openSloV1alphaAsSlothReadsItGivesOneSloPerObjective() throws Exception {
    String alpha =
        """
        apiVersion: openslo/v1alpha
        kind: SLO
        metadata:
          name: checkout-latency
          displayName: Checkout latency
        spec:
          service: checkout
          description: "Checkout answers fast."
          objectives:
            - ratioMetrics:
                good:
                  source: prometheus
                  queryType: promql
                  query: sum(rate(http_request_duration_seconds_bucket{job="checkout",le="0.25"}[{{.window}}]))
                total:
                  source: prometheus
                  queryType: promql
                  query: sum(rate(http_request_duration_seconds_count{job="checkout"}[{{.window}}]))
              target: 0.95
            - ratioMetrics:
                good:
                  source: prometheus
                  queryType: promql
                  query: sum(rate(http_request_duration_seconds_bucket{job="checkout",le="1"}[{{.window}}]))
                total:
                  source: prometheus
                  queryType: promql
                  query: sum(rate(http_request_duration_seconds_count{job="checkout"}[{{.window}}]))
              target: 0.999
          timeWindows:
            - count: 4
              unit: Week
        """;
    Path out = temp.resolve("alpha-rules.yaml");
    Run run = cli("slo", "rules", write("alpha.yaml", alpha).toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String rules = Files.readString(out);
    assertTrue(rules.contains("ALERT_CHECKOUT_CHECKOUT_LATENCY_0_BUDGET_BURN_1H"), rules);
    assertTrue(rules.contains("ALERT_CHECKOUT_CHECKOUT_LATENCY_1_BUDGET_BURN_1H"), rules);
    assertTrue(rules.contains("slo:sli_error:ratio_rate28d"), "4 weeks are 28 days");
    assertTrue(rules.contains("expr: vector(0.95)"), rules);
    assertTrue(rules.contains("expr: vector(0.999)"), rules);
    assertTrue(
        rules.contains(
            "((sum(rate(http_request_duration_seconds_count{job=\"checkout\"}[1h]))) -"
                + " (sum(rate(http_request_duration_seconds_bucket{job=\"checkout\",le=\"0.25\"}[1h]))))"),
        "bad events are total minus good: " + rules);
    Promtool.require().in(temp).checkRules(List.of(Path.of("alpha-rules.yaml"))).assertOk();
  }

  @Test
  void slothsManagedPrometheusKindIsReadLikeThePlainOne() throws Exception {
    String managed =
        """
        apiVersion: sloth.slok.dev/v1
        kind: ManagedPrometheusServiceLevel
        metadata:
          name: checkout
        spec:
          service: "checkout"
          slos:
            - name: "grpc-availability"
              objective: 99.9
              sli:
                events:
                  errorQuery: sum(rate(grpc_server_handled_total{grpc_code!="OK"}[{{.window}}]))
                  totalQuery: sum(rate(grpc_server_handled_total[{{.window}}]))
        """;
    Run run = cli("slo", "rules", write("managed.yaml", managed).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("ALERT_CHECKOUT_GRPC_AVAILABILITY_BUDGET_BURN_1H"), run.out());
  }

  @Test
  void slothsAlertWindowsAreNamedAsSuchAndRefused() throws Exception {
    refused(
        """
        apiVersion: sloth.slok.dev/v1
        kind: AlertWindows
        spec:
          sloPeriod: 7d
        """,
        "is Sloth's AlertWindows (the alert windows of a period, for sloth's --slo-period-windows-path), not"
            + " an SLO spec; convert the SLO specs, whose alert windows follow the SRE workbook scaled to"
            + " their period");
  }

  @Test
  void aFileThatIsNeitherSlothNorOpenSloIsRefused() throws Exception {
    refused(
        "groups: []\n",
        "a document with version '', apiVersion '', kind '' is neither a Sloth spec (version: prometheus/v1, or apiVersion:"
            + " sloth.slok.dev/v1 with kind: PrometheusServiceLevel) nor OpenSLO (apiVersion: openslo/v1 or"
            + " openslo/v1alpha)");
  }

  @Test
  void anUnknownFieldIsRefused() throws Exception {
    refused(
        SLOTH.replace("    description:", "    desciption:"),
        "slo 'checkout-requests-availability': unknown field 'desciption' in the slo (known: [alerting, description, id,"
            + " interval, labels, name, objective, plugins, sli, sloPlugins, slo_plugins])");
  }

  @Test
  void aMissingQueryIsRefused() throws Exception {
    refused(
        SLOTH.replaceAll("(?m)^ +total_query:.*\\n", ""),
        "slo 'checkout-requests-availability': has no query in sli.events.total_query");
  }

  @Test
  void anObjectiveOfHundredOrZeroIsRefused() throws Exception {
    refused(
        SLOTH.replace("objective: 99.9", "objective: 100"),
        "slo 'checkout-requests-availability': objective 100% must lie strictly between 0 and 100; 100% leaves no error"
            + " budget to alert on");
    refused(
        SLOTH.replace("objective: 99.9", "objective: 0"),
        "slo 'checkout-requests-availability': objective 0% must lie strictly between 0 and 100; 100% leaves no error"
            + " budget to alert on");
  }

  @Test
  void aWindowThatHoldsNoAlertWindowIsRefused() throws Exception {
    String openslo =
        """
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: availability
        spec:
          service: checkout
          indicator:
            metadata:
              name: errors
            spec:
              ratioMetric:
                counter: true
                bad:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: http_requests_total{code=~"5.."}
                total:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: http_requests_total
          timeWindow:
            - duration: 2d
              isRolling: true
          objectives:
            - target: 0.99
        """;
    refused(
        openslo,
        "slo 'checkout-availability': burn-rate alert over 3d and 6h: the window 3d is longer than the period 2d; use a"
            + " period longer than 3d or shorter alert windows");
  }

  @Test
  void exportWritesEveryBundleSloAsOpenSloThatReadsBack() throws Exception {
    Path out = temp.resolve("slos.yaml");
    Run run = cli("slo", "export", "--openslo", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(out);
    assertTrue(text.contains("name: availability"), text);
    assertTrue(
        text.contains("query: gateway_http_request_duration_seconds_bucket{le=\"0.15\"}"), text);
    Run back = cli("slo", "rules", out.toString());
    assertEquals(0, back.exitCode(), back.err());
    assertTrue(back.out().contains("ALERT_STREAMING_DELIVERY_BUDGET_BURN_1H"), back.out());
  }
}
