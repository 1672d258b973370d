package com.carbon254.observability.dsl.render;

import com.carbon254.observability.dsl.promql.Matcher;
import com.carbon254.observability.dsl.promql.Promql;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.AnnotationTemplate;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.TestSeries;
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
  public static Doc render(
      String testPath, List<FileUnderTest> files, List<Alert> alerts, List<RecordingScenario> recordingScenarios) {
    Path testDir = Path.of(testPath).getParent();
    List<String> ruleFiles = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (FileUnderTest file : files) {
      ruleFiles.add(testDir.relativize(Path.of(file.path())).toString().replace('\\', '/'));
      file.groups().forEach(g -> order.add(g.name()));
    }
    List<Doc> tests = new ArrayList<>();
    for (Alert alert : alerts) {
      for (AlertScenario scenario : alert.scenarios()) {
        tests.add(test(alert, scenario));
      }
    }
    for (RecordingScenario scenario : recordingScenarios) {
      tests.add(test(scenario));
    }
    return Doc.map()
        .put("rule_files", Doc.strings(ruleFiles))
        .put("evaluation_interval", "1m")
        .put("group_eval_order", Doc.strings(order))
        .put("tests", Doc.list(tests))
        .build();
  }

  /**
   * Each expectation is a 0/1 comparison within a relative 1e-9: promtool compares sample values
   * exactly, and a quantile interpolated from buckets is off in its last bits.
   */
  private static Doc test(RecordingScenario scenario) {
    List<Doc> checks = new ArrayList<>();
    for (RecordingScenario.Expectation e : scenario.expectations()) {
      Selector<SeriesKind.Sampled> series = e.rule().series();
      for (Map.Entry<String, String> label : e.labels().entrySet()) {
        if (!e.rule().labels().containsKey(label.getKey())) {
          series = series.where(label.getKey(), label.getValue());
        }
      }
      double tolerance = 1e-9 * Math.max(1, Math.abs(e.value()));
      checks.add(exprCheck(Promql.abs(series.minus(e.value())).isBelow(tolerance), e.at(), e.labels(), true));
    }
    return Doc.map()
        .put("name", "recordings: " + scenario.name())
        .put("interval", "1m")
        .put("input_series", inputSeries(scenario.inputs()))
        .put("promql_expr_test", Doc.list(checks))
        .build();
  }

  private static Doc inputSeries(List<TestSeries> inputs) {
    List<Doc> series = new ArrayList<>();
    for (TestSeries input : inputs) {
      series.add(Doc.map().put("series", input.series()).put("values", input.values()).build());
    }
    return Doc.list(series);
  }

  private static Doc exprCheck(Vector condition, Window at, Map<String, String> labels, boolean holds) {
    return Doc.map()
        .put("expr", condition.promql())
        .put("eval_time", at.toString())
        .put(
            "exp_samples",
            Doc.list(List.of(Doc.map().put("labels", labelSet(labels)).put("value", holds ? 1 : 0).build())))
        .build();
  }

  private static Doc test(Alert alert, AlertScenario scenario) {
    List<Doc> expected = new ArrayList<>();
    scenario
        .firingWith()
        .ifPresent(
            resultLabels -> {
              Map<String, String> labels = new TreeMap<>(resultLabels);
              labels.putAll(alert.staticLabels());
              Doc.MapBuilder annotations = Doc.map();
              alert.annotations().forEach((k, v) -> annotations.put(k, AnnotationTemplate.expand(v, labels)));
              expected.add(
                  Doc.map()
                      .put("exp_labels", RuleRenderer.stringMap(labels))
                      .put("exp_annotations", annotations.build())
                      .build());
            });
    Doc check =
        Doc.map()
            .put("eval_time", scenario.evalAt().toString())
            .put("alertname", alert.name())
            .put("exp_alerts", Doc.list(expected))
            .build();
    List<Doc> exprChecks = new ArrayList<>();
    for (AlertScenario.Check c : scenario.checks()) {
      exprChecks.add(exprCheck(c.condition(), c.at(), c.labels(), c.holds()));
    }
    return Doc.map()
        .put("name", alert.name() + ": " + scenario.name())
        .put("interval", "1m")
        .put("input_series", inputSeries(scenario.inputs()))
        .put("alert_rule_test", Doc.list(List.of(check)))
        .putIfNotEmpty("promql_expr_test", Doc.list(exprChecks))
        .build();
  }

  /** promtool's text form of a label set: {@code {job="gateway"}}. */
  private static String labelSet(Map<String, String> labels) {
    List<String> pairs = new ArrayList<>();
    labels.forEach((k, v) -> pairs.add(k + "=" + Matcher.quote(v)));
    return "{" + String.join(", ", pairs) + "}";
  }
}
