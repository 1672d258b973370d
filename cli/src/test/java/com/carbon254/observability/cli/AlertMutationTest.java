package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promtool scenarios of an alert must be able to fail: for every alert, each mutant below must
 * make at least one of its scenarios fail, or the scenarios would pass whatever that part of the
 * condition said.
 *
 * <ul>
 *   <li>one {@code and} clause removed: the clause must matter;
 *   <li>a clause's threshold times 1.5 or times 0.5 (after {@code <}, {@code >}, {@code <=}, {@code
 *       >=} or {@code ==}): the scenarios sit close enough to each threshold, on both sides, to
 *       notice it moving.
 * </ul>
 */
class AlertMutationTest {
  private static final YAMLMapper RULE_FILES =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Pattern CLAUSE_SEPARATOR =
      Pattern.compile("\nand(?: (?:on|ignoring) \\([^)]*\\))?\n");
  private static final Pattern TRAILING_THRESHOLD =
      Pattern.compile("(.* (?:[<>]=?|==) )(-?[0-9.]+)$", Pattern.DOTALL);

  @TempDir Path temp;

  /** A changed condition and what was changed, for the failure message. */
  private record Mutant(String description, String expr) {}

  static List<Mutant> mutants(String expr) {
    // Clauses sit on their own lines between "and" lines, which may carry on(...)/ignoring(...).
    List<String> clauses = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    Matcher separator = CLAUSE_SEPARATOR.matcher(expr);
    int start = 0;
    while (separator.find()) {
      clauses.add(expr.substring(start, separator.start()));
      separators.add(separator.group());
      start = separator.end();
    }
    clauses.add(expr.substring(start));

    List<Mutant> mutants = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      if (clauses.size() > 1) {
        List<String> keptClauses = new ArrayList<>(clauses);
        List<String> keptSeparators = new ArrayList<>(separators);
        keptClauses.remove(i);
        keptSeparators.remove(Math.max(0, i - 1));
        mutants.add(
            new Mutant(
                "without the clause '" + clauses.get(i) + "'", join(keptClauses, keptSeparators)));
      }
      Matcher threshold = TRAILING_THRESHOLD.matcher(clauses.get(i));
      if (threshold.matches()) {
        BigDecimal value = new BigDecimal(threshold.group(2));
        // A zero threshold ("any errors") cannot be scaled; it is moved by one instead.
        List<BigDecimal> movedValues =
            value.signum() == 0
                ? List.of(BigDecimal.ONE, BigDecimal.ONE.negate())
                : List.of(
                    value.multiply(new BigDecimal("1.5")), value.multiply(new BigDecimal("0.5")));
        for (BigDecimal movedValue : movedValues) {
          String moved = movedValue.stripTrailingZeros().toPlainString();
          List<String> changed = new ArrayList<>(clauses);
          changed.set(i, threshold.group(1) + moved);
          mutants.add(
              new Mutant(
                  "with the threshold " + threshold.group(2) + " moved to " + moved,
                  join(changed, separators)));
        }
      }
    }
    return mutants;
  }

  private static String join(List<String> clauses, List<String> separators) {
    StringBuilder out = new StringBuilder(clauses.get(0));
    for (int i = 1; i < clauses.size(); i++) {
      out.append(separators.get(i - 1)).append(clauses.get(i));
    }
    return out.toString();
  }

  /**
   * The test files of a rule file: {@code tests/<file>_test.yaml}, and {@code
   * tests/<file>.<interval>_test.yaml} for alerts whose scenarios are evaluated at a coarser
   * interval.
   */
  static String ruleFileOf(String testPath) {
    return testPath
        .replaceFirst("^tests/", "")
        .replaceFirst("(\\.[0-9]+[smhd])?_test\\.yaml$", ".yaml");
  }

  @Test
  void coarseTestFilesBelongToTheirRuleFile() {
    assertEquals("alerts/SLO/x_slo.yaml", ruleFileOf("tests/alerts/SLO/x_slo.1h_test.yaml"));
    assertEquals(
        "alerts/RED/gateway_red.yaml", ruleFileOf("tests/alerts/RED/gateway_red_test.yaml"));
  }

  @Test
  void everyMutantOfEveryAlertFailsItsPromtoolScenarios() throws IOException {
    Promtool promtool = Promtool.require();
    Path generated = GeneratedTrees.renderInto(temp);
    List<String> killed = new ArrayList<>();
    List<String> survivors = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    Map<String, List<Path>> testsByRuleFile = new java.util.TreeMap<>();
    try (var walk = Files.walk(generated.resolve("tests"))) {
      for (Path test : walk.filter(p -> p.toString().endsWith("_test.yaml")).sorted().toList()) {
        String relative = generated.relativize(test).toString().replace('\\', '/');
        testsByRuleFile.computeIfAbsent(ruleFileOf(relative), f -> new ArrayList<>()).add(test);
      }
    }
    for (Map.Entry<String, List<Path>> entry : testsByRuleFile.entrySet()) {
      Path rules = generated.resolve(entry.getKey());
      String original = Files.readString(rules);
      JsonNode doc = RULE_FILES.readTree(original);
      for (JsonNode group : doc.get("groups")) {
        for (JsonNode node : group.get("rules")) {
          ObjectNode rule = (ObjectNode) node;
          if (!rule.has("alert")) {
            continue;
          }
          String alert = rule.get("alert").asText();
          // Only the alert's own tests can notice its mutants: run those alone, which keeps this
          // fast.
          List<Path> ownTests = new ArrayList<>();
          for (Path test : entry.getValue()) {
            onlyTestsOf(alert, test).ifPresent(ownTests::add);
          }
          String expr = rule.get("expr").asText();
          for (Mutant mutant : mutants(expr)) {
            rule.put("expr", mutant.expr());
            Files.writeString(rules, Documents.yaml(doc));
            String name = alert + " " + mutant.description();
            // A mutant that is not valid PromQL proves nothing about the scenarios.
            if (!promtool.in(generated).checkRules(List.of(generated.relativize(rules))).ok()) {
              invalid.add(name);
              continue;
            }
            boolean failed = false;
            for (Path test : ownTests) {
              failed =
                  failed
                      || promtool
                              .in(test.getParent())
                              .testRules(List.of(test.getFileName()))
                              .exitCode()
                          != 0;
            }
            (failed ? killed : survivors).add(name);
          }
          rule.put("expr", expr);
          for (Path own : ownTests) {
            Files.delete(own);
          }
        }
      }
      Files.writeString(rules, original);
    }
    invalid.forEach(
        name -> System.err.println("WARNING: mutant is not valid PromQL, skipped: " + name));
    assertFalse(killed.isEmpty(), "no alert mutant was tried");
    assertEquals(
        List.of(),
        survivors,
        "these changed alerts still pass every promtool scenario; add scenarios close to the threshold on both sides");
  }

  /**
   * A copy of {@code test}, beside it, with only the tests that check {@code alert}; empty if none
   * do.
   */
  private static java.util.Optional<Path> onlyTestsOf(String alert, Path test) throws IOException {
    ObjectNode doc = (ObjectNode) RULE_FILES.readTree(Files.readString(test));
    com.fasterxml.jackson.databind.node.ArrayNode kept = doc.arrayNode();
    for (JsonNode t : doc.get("tests")) {
      boolean checksAlert = false;
      for (JsonNode check : t.path("alert_rule_test")) {
        checksAlert = checksAlert || check.path("alertname").asText().equals(alert);
      }
      if (checksAlert) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      return java.util.Optional.empty();
    }
    doc.set("tests", kept);
    Path own = test.resolveSibling("mutant-" + alert + "-" + test.getFileName());
    Files.writeString(own, Documents.yaml(doc));
    return java.util.Optional.of(own);
  }

  @Test
  void clausesJoinedWithOnAreMutatedToo() {
    assertEquals(
        List.of(
            "without the clause 'a > 1'|b > 2",
            "with the threshold 1 moved to 1.5|a > 1.5\nand on (job)\nb > 2",
            "with the threshold 1 moved to 0.5|a > 0.5\nand on (job)\nb > 2",
            "without the clause 'b > 2'|a > 1",
            "with the threshold 2 moved to 3|a > 1\nand on (job)\nb > 3",
            "with the threshold 2 moved to 1|a > 1\nand on (job)\nb > 1"),
        mutants("a > 1\nand on (job)\nb > 2").stream()
            .map(m -> m.description() + "|" + m.expr())
            .toList());
  }

  @Test
  void aZeroThresholdIsMovedByOne() {
    assertEquals(
        List.of(
            "with the threshold 0 moved to 1|errors > 1",
            "with the threshold 0 moved to -1|errors > -1"),
        mutants("errors > 0").stream().map(m -> m.description() + "|" + m.expr()).toList());
  }

  @Test
  void anEqualityIsMovedToo() {
    assertEquals(
        List.of(
            "with the threshold 0 moved to 1|up == 1", "with the threshold 0 moved to -1|up == -1"),
        mutants("up == 0").stream().map(m -> m.description() + "|" + m.expr()).toList());
  }

  @Test
  void mutantsOfATwoClauseCondition() {
    assertEquals(
        List.of(
            "without the clause 'a > 0.02'|b > 0.01",
            "with the threshold 0.02 moved to 0.03|a > 0.03\nand\nb > 0.01",
            "with the threshold 0.02 moved to 0.01|a > 0.01\nand\nb > 0.01",
            "without the clause 'b > 0.01'|a > 0.02",
            "with the threshold 0.01 moved to 0.015|a > 0.02\nand\nb > 0.015",
            "with the threshold 0.01 moved to 0.005|a > 0.02\nand\nb > 0.005"),
        mutants("a > 0.02\nand\nb > 0.01").stream()
            .map(m -> m.description() + "|" + m.expr())
            .toList());
  }
}
