package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.Promql;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the promtool unit tests of one rule file's alerts.
 *
 * <p>promtool evaluates groups in random order unless {@code group_eval_order} says otherwise, so
 * an alert reading another group's recording would pass or fail by chance: recording groups are
 * listed first, and the evaluation interval stays at 1m, inside Prometheus' 5m lookback.
 */
public final class PromtoolTestRenderer {
  private PromtoolTestRenderer() {}

  /** A rule file under test with the groups it holds. */
  public record FileUnderTest(String path, List<RuleGroup> groups) {}

  /**
   * @param testPath where the test file goes, relative to generated/
   * @param files the rule files to load, recordings first, the file of the alerts last
   * @param alerts the alerts whose scenarios to render
   * @param recordingScenarios tests of the recordings in {@code files}
   */
  public static ObjectNode render(
      String testPath,
      List<FileUnderTest> files,
      List<Alert> alerts,
      List<RecordingScenario> recordingScenarios,
      RunbookSite site) {
    Path testDir = Path.of(testPath).getParent();
    List<String> ruleFiles = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (FileUnderTest file : files) {
      ruleFiles.add(testDir.relativize(Path.of(file.path())).toString().replace('\\', '/'));
      file.groups().forEach(g -> order.add(g.name()));
    }
    ObjectNode document = Documents.object();
    document.set("rule_files", Documents.strings(ruleFiles));
    document.put("evaluation_interval", evaluationInterval(alerts, recordingScenarios).toString());
    document.set("group_eval_order", Documents.strings(order));
    ArrayNode tests = document.putArray("tests");
    for (Alert alert : alerts) {
      for (AlertScenario scenario : alert.scenarios()) {
        tests.add(test(alert, scenario, site));
      }
    }
    for (RecordingScenario scenario : recordingScenarios) {
      tests.add(test(scenario));
    }
    return document;
  }

  /**
   * Rules are evaluated as often as the finest input and every time a test names (with the pending
   * time of each alert): every minute for minute-by-minute inputs, every 5 minutes for days-long
   * SLO scenarios sampled every 5 minutes or more, which keeps them fast. Recording groups come
   * first in {@code group_eval_order}, so an alert reads the recording of its own evaluation time
   * whatever the interval.
   */
  public static Window evaluationInterval(
      List<Alert> alerts, List<RecordingScenario> recordingScenarios) {
    long gcd = 0;
    for (RecordingScenario scenario : recordingScenarios) {
      gcd = gcd(gcd, AlertScenario.ONE_MINUTE.seconds());
    }
    for (Alert alert : alerts) {
      if (alert.pendingFor().isPresent()) {
        gcd = gcd(gcd, alert.pendingFor().get().seconds());
      }
      for (AlertScenario scenario : alert.scenarios()) {
        gcd = gcd(gcd, scenario.inputInterval().seconds());
        gcd = gcd(gcd, scenario.evalAt().seconds());
        for (Window at : scenario.alsoQuietAt()) {
          gcd = gcd(gcd, at.seconds());
        }
        for (AlertScenario.Check check : scenario.checks()) {
          gcd = gcd(gcd, check.at().seconds());
        }
      }
    }
    return gcd == 0 ? AlertScenario.ONE_MINUTE : Window.seconds(gcd);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /**
   * Each expectation is a 0/1 comparison within a relative 1e-9: promtool compares sample values
   * exactly, and a quantile interpolated from buckets is off in its last bits.
   */
  private static ObjectNode test(RecordingScenario scenario) {
    ObjectNode test = Documents.object();
    test.put("name", "recordings: " + scenario.name());
    test.put("interval", "1m");
    test.set("input_series", inputSeries(scenario.inputs()));
    ArrayNode checks = test.putArray("promql_expr_test");
    for (RecordingScenario.Expectation e : scenario.expectations()) {
      Selector<SeriesKind.Sampled> series = e.rule().series();
      for (Map.Entry<String, String> label : e.labels().entrySet()) {
        if (!e.rule().labels().containsKey(label.getKey())) {
          series = series.where(label.getKey(), label.getValue());
        }
      }
      checks.add(exprCheck(within(series, e.value()), e.at(), e.labels(), true));
    }
    for (AlertScenario.Check c : scenario.checks()) {
      checks.add(exprCheck(c.condition(), c.at(), c.labels(), c.holds()));
    }
    return test;
  }

  /**
   * {@code abs(measured - value) < bool tolerance}: promtool compares sample values exactly, and a
   * ratio or a quantile interpolated from buckets is off in its last bits.
   */
  private static Vector within(Vector measured, double value) {
    double tolerance = 1e-9 * Math.max(1, Math.abs(value));
    return Promql.abs(measured.minus(value)).isBelow(tolerance);
  }

  private static ArrayNode inputSeries(List<TestSeries> inputs) {
    ArrayNode series = Documents.array();
    for (TestSeries input : inputs) {
      series.addObject().put("series", input.series()).put("values", input.values());
    }
    return series;
  }

  private static ObjectNode exprCheck(
      Vector condition, Window at, Map<String, String> labels, boolean holds) {
    ObjectNode check = Documents.object();
    check.put("expr", condition.promql());
    check.put("eval_time", at.toString());
    check
        .putArray("exp_samples")
        .addObject()
        .put("labels", labelSet(labels))
        .put("value", holds ? 1 : 0);
    return check;
  }

  /**
   * A plain selector returns every series it matches, and promtool wants each of them listed: the
   * observed labels narrow it to the observed series (up of one target among several).
   */
  private static Vector narrowed(Vector query, Map<String, String> labels) {
    if (!(query instanceof Selector<?> selector)) {
      return query;
    }
    Selector<?> narrowed = selector;
    for (Map.Entry<String, String> label : labels.entrySet()) {
      // A recording's selector already matches its own constant labels (an SLO's identity).
      if (!selector
          .ref()
          .matchers()
          .contains(new Matcher(label.getKey(), Matcher.Op.EQ, label.getValue()))) {
        narrowed = narrowed.where(label.getKey(), label.getValue());
      }
    }
    return narrowed;
  }

  /** The query returns nothing at {@code at}: promtool compares with an empty list of samples. */
  private static ObjectNode noSeries(Vector query, Window at) {
    ObjectNode check = Documents.object();
    check.put("expr", query.promql());
    check.put("eval_time", at.toString());
    check.putArray("exp_samples");
    return check;
  }

  private static ObjectNode test(Alert alert, AlertScenario scenario, RunbookSite site) {
    ObjectNode test = Documents.object();
    test.put("name", alert.name() + ": " + scenario.name());
    test.put("interval", scenario.inputInterval().toString());
    test.set("input_series", inputSeries(scenario.inputs()));
    ArrayNode alertChecks = test.putArray("alert_rule_test");
    for (Window quiet : scenario.alsoQuietAt()) {
      ObjectNode earlier = alertChecks.addObject();
      earlier.put("eval_time", quiet.toString());
      earlier.put("alertname", alert.name());
      earlier.putArray("exp_alerts");
    }
    ObjectNode check = alertChecks.addObject();
    check.put("eval_time", scenario.evalAt().toString());
    check.put("alertname", alert.name());
    ArrayNode expected = check.putArray("exp_alerts");
    scenario
        .firingWith()
        .ifPresent(
            resultLabels -> {
              Map<String, String> labels = new TreeMap<>(resultLabels);
              labels.putAll(alert.staticLabels());
              ObjectNode firing = expected.addObject();
              firing.set("exp_labels", Documents.stringMap(labels));
              ObjectNode annotations = firing.putObject("exp_annotations");
              alert
                  .annotations(site)
                  .forEach((k, v) -> annotations.put(k, AnnotationTemplate.expand(v, labels)));
            });
    if (!scenario.checks().isEmpty() || scenario.observation().isPresent()) {
      ArrayNode exprChecks = test.putArray("promql_expr_test");
      scenario
          .observation()
          .ifPresent(
              observed -> {
                for (int i = 0; i < observed.queries().size(); i++) {
                  Vector measured = narrowed(observed.queries().get(i), observed.labelsOf(i));
                  double value = observed.measured().get(i);
                  exprChecks.add(
                      Double.isNaN(value)
                          ? noSeries(measured, scenario.evalAt())
                          : exprCheck(
                              within(measured, value),
                              scenario.evalAt(),
                              observed.labelsOf(i),
                              true));
                }
              });
      for (AlertScenario.Check c : scenario.checks()) {
        exprChecks.add(exprCheck(c.condition(), c.at(), c.labels(), c.holds()));
      }
    }
    return test;
  }

  /** promtool's text form of a label set: {@code {job="gateway"}}. */
  private static String labelSet(Map<String, String> labels) {
    List<String> pairs = new ArrayList<>();
    labels.forEach((k, v) -> pairs.add(k + "=" + Matcher.quote(v)));
    return "{" + String.join(", ", pairs) + "}";
  }
}
