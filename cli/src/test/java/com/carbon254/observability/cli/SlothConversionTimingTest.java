package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A Sloth-format spec converted with {@code slo rules} alerts at the minutes the window arithmetic
 * predicts, after three healthy days, under an outage and burns of 20, 8, 2 and 0.5. Sloth's own
 * rules (its published example output) fire at the same moments: its page alert is the "or" of our
 * two page alerts and its ticket alert the "or" of our two warn alerts, on the same windows and
 * factors.
 *
 * <p>The SLO is 99.9 %, so the budget is 0.001; 1000 requests a minute, so a burn b fails b
 * requests a minute. After t0 = 3 days a burn b has, d minutes in, an error ratio over a window w
 * of b * min(d, w) / w budgets; an alert over (long, short, factor) fires at the first sampled
 * minute where that exceeds its factor over both windows. Where it equals the factor exactly, the
 * test claims nothing (Prometheus computes in floating point) and checks one step on either side.
 */
class SlothConversionTimingTest {
  @TempDir Path temp;

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String PREFIX = "ALERT_CHECKOUT_REQUESTS_AVAILABILITY_BUDGET_BURN_";
  private static final int T0 = 3 * 24 * 60;

  private JsonNode rules;

  private int convert() throws Exception {
    Path spec = temp.resolve("sloth.yaml");
    Files.writeString(spec, SloCommandTest.SLOTH);
    StringWriter err = new StringWriter();
    CommandLine line = ObservabilityCli.commandLine();
    line.setErr(new PrintWriter(err));
    line.setOut(new PrintWriter(new StringWriter()));
    int code =
        line.execute("slo", "rules", spec.toString(), "-o", temp.resolve("rules.yaml").toString());
    rules = YAML.readTree(temp.resolve("rules.yaml").toFile());
    return code;
  }

  /**
   * The expanding notation of a counter that adds {@code perStep[i]} for {@code steps[i]} samples.
   */
  private static String series(int[] steps, double[] perStep) {
    StringBuilder out = new StringBuilder("0");
    double value = 0;
    for (int i = 0; i < steps.length; i++) {
      out.append(' ')
          .append(format(value + perStep[i]))
          .append('+')
          .append(format(perStep[i]))
          .append('x')
          .append(steps[i] - 1);
      value += perStep[i] * steps[i];
    }
    return out.toString();
  }

  private static String format(double v) {
    return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
  }

  /**
   * Healthy for three days, then burning {@code burn} budgets: input every {@code step} minutes.
   */
  private ObjectNode test(int step, double burn, int burnMinutes) {
    int healthy = T0 / step;
    int burning = burnMinutes / step;
    double events = 1000.0 * step;
    double errors = burn * events / 1000;
    ObjectNode test = YAML.createObjectNode();
    test.put("name", "burn " + burn);
    test.put("interval", step + "m");
    ArrayNode input = test.putArray("input_series");
    input
        .addObject()
        .put("series", "http_requests_total{job=\"checkout\",code=\"500\"}")
        .put("values", series(new int[] {healthy, burning}, new double[] {0, errors}));
    input
        .addObject()
        .put("series", "http_requests_total{job=\"checkout\",code=\"200\"}")
        .put(
            "values", series(new int[] {healthy, burning}, new double[] {events, events - errors}));
    test.putArray("alert_rule_test");
    return test;
  }

  private void expect(ObjectNode test, String window, int minutesIntoBurn, boolean fires) {
    String alert = PREFIX + window;
    ObjectNode check = ((ArrayNode) test.get("alert_rule_test")).addObject();
    check.put("eval_time", (T0 + minutesIntoBurn) + "m");
    check.put("alertname", alert);
    ArrayNode expected = check.putArray("exp_alerts");
    if (fires) {
      JsonNode rule = rule(alert);
      ObjectNode labels = expected.addObject().putObject("exp_labels");
      labels.put("slo_name", "requests-availability");
      labels.put("slo_service", "checkout");
      rule.get("labels").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
      ((ObjectNode) expected.get(0)).set("exp_annotations", rule.get("annotations"));
    }
  }

  private JsonNode rule(String alert) {
    for (JsonNode group : rules.get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        if (rule.path("alert").asText().equals(alert)) {
          return rule;
        }
      }
    }
    throw new AssertionError("no alert " + alert);
  }

  private void run(String evaluationInterval, List<ObjectNode> tests) throws Exception {
    ObjectNode file = YAML.createObjectNode();
    file.putArray("rule_files").add("rules.yaml");
    file.put("evaluation_interval", evaluationInterval);
    ArrayNode order = file.putArray("group_eval_order");
    rules.get("groups").forEach(g -> order.add(g.get("name").asText()));
    file.putArray("tests").addAll(tests);
    Path test = temp.resolve("timing_" + evaluationInterval + "_test.yaml");
    Files.writeString(
        test,
        new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .writeValueAsString(file));
    Promtool.require().in(temp).testRules(List.of(test.getFileName())).assertOk();
  }

  @Test
  void pageAlertsFireAtThePredictedMinutes() throws Exception {
    assertEquals(0, convert());
    // Outage (burn 1000): 1000 d / 60 > 14.4 from d = 0.87 min, so at the first 5-minute sample.
    ObjectNode outage = test(5, 1000, 60);
    expect(outage, "1H", 0, false);
    expect(outage, "1H", 5, true);
    expect(outage, "6H", 5, true);
    // Burn 20: 20 d / 60 > 14.4 from d = 43.2 (fires at 45); 20 d / 360 > 6 from d = 108 (fires at
    // 110).
    ObjectNode twenty = test(5, 20, 120);
    expect(twenty, "1H", 40, false);
    expect(twenty, "1H", 45, true);
    expect(twenty, "6H", 105, false);
    expect(twenty, "6H", 110, true);
    // Burn 8: never above 14.4; 8 d / 360 = 6 exactly at d = 270, so quiet at 265 and firing at
    // 275.
    ObjectNode eight = test(5, 8, 300);
    expect(eight, "1H", 300, false);
    expect(eight, "6H", 265, false);
    expect(eight, "6H", 275, true);
    run("5m", List.of(outage, twenty, eight));
  }

  @Test
  void warnAlertsFireAtThePredictedHoursAndSmallBurnsStayQuiet() throws Exception {
    assertEquals(0, convert());
    // Burn 20 and 8 (hourly samples): b d / 1440 > 3 and b d / 4320 > 1 from d = 216 (b = 20) and d
    // = 540
    // (b = 8, exactly 540 is the threshold: quiet at 480, firing at 600).
    ObjectNode twenty = test(60, 20, 300);
    expect(twenty, "1D", 180, false);
    expect(twenty, "1D", 240, true);
    expect(twenty, "3D", 240, true);
    ObjectNode eight = test(60, 8, 660);
    expect(eight, "1D", 480, false);
    expect(eight, "1D", 600, true);
    expect(eight, "3D", 480, false);
    expect(eight, "3D", 600, true);
    // Burn 2: never above 3 over 1d; 2 d / 4320 = 1 exactly at d = 2160 (36h): quiet at 35h, firing
    // at 37h.
    ObjectNode two = test(60, 2, 37 * 60);
    expect(two, "1D", 37 * 60, false);
    expect(two, "3D", 35 * 60, false);
    expect(two, "3D", 37 * 60, true);
    // Burn 0.5: the budget would last twice the period; quiet for the three days the slowest window
    // holds.
    ObjectNode half = test(60, 0.5, 3 * 24 * 60);
    expect(half, "1D", 3 * 24 * 60, false);
    expect(half, "3D", 3 * 24 * 60, false);
    run("1h", List.of(twenty, eight, two, half));
  }
}
