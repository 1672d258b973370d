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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promtool scenarios of an alert must be able to fail: for every alert, each mutant below must
 * make at least one of its scenarios fail, or the scenarios would pass whatever that part of the
 * condition said. Every alert gets at least one mutant. The mutants are made from the rendered rule
 * files, so they do not depend on how a bundle builds its alerts.
 *
 * <ul>
 *   <li>one clause of {@code and}, {@code or} or {@code unless} removed: the clause must matter
 *       (for {@code or}, some scenario fires through that side alone);
 *   <li>a clause's threshold times 1.5 or times 0.5 (after {@code <}, {@code >}, {@code <=}, {@code
 *       >=} or {@code ==}): the scenarios sit close enough to each threshold, on both sides, to
 *       notice it moving;
 *   <li>the selector inside one {@code absent(...)} replaced by a series nobody writes: some
 *       scenario feeds the series it watches and expects quiet;
 *   <li>{@code for} doubled: some scenario expects the alert as soon as {@code for} has passed.
 * </ul>
 */
class AlertMutationTest {
  private static final YAMLMapper RULE_FILES =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Pattern CLAUSE_SEPARATOR =
      Pattern.compile("\n(?:and|or|unless)(?: (?:on|ignoring) \\([^)]*\\))?\n");
  private static final Pattern ABSENT = Pattern.compile("\\babsent\\(");
  private static final Pattern DURATION = Pattern.compile("([0-9]+)([smhdw])");

  /** A series no exporter writes and no scenario feeds. */
  static final String NOBODYS_SERIES = "mutant_series_nobody_writes";

  private static final Pattern TRAILING_THRESHOLD =
      Pattern.compile("(.* (?:[<>]=?|==) )(-?[0-9.]+)$", Pattern.DOTALL);

  @TempDir Path temp;

  /** A changed rule: one field ({@code expr} or {@code for}) with another value. */
  private record Mutant(String description, String field, String value) {
    static Mutant ofExpr(String description, String expr) {
      return new Mutant(description, "expr", expr);
    }
  }

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
            Mutant.ofExpr(
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
              Mutant.ofExpr(
                  "with the threshold " + threshold.group(2) + " moved to " + moved,
                  join(changed, separators)));
        }
      }
    }
    mutants.addAll(absentMutants(expr));
    return mutants;
  }

  /** Each {@code absent(...)} in turn watching {@link #NOBODYS_SERIES} instead. */
  static List<Mutant> absentMutants(String expr) {
    List<Mutant> mutants = new ArrayList<>();
    Matcher absent = ABSENT.matcher(expr);
    while (absent.find()) {
      int close = closingParenthesis(expr, absent.end());
      mutants.add(
          Mutant.ofExpr(
              "with " + expr.substring(absent.start(), close + 1) + " watching nobody's series",
              expr.substring(0, absent.end()) + NOBODYS_SERIES + expr.substring(close)));
    }
    return mutants;
  }

  /** The index of the parenthesis closing the one opened before {@code from}, skipping strings. */
  private static int closingParenthesis(String expr, int from) {
    int depth = 1;
    for (int i = from; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (c == '"') {
        // A PromQL string: up to the next unescaped quote.
        for (i++; expr.charAt(i) != '"'; i++) {
          if (expr.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses in " + expr);
  }

  /** {@code for} doubled ({@code 10m} to {@code 20m}); none without a {@code for}. */
  static List<Mutant> forMutants(String pendingFor) {
    Matcher duration = DURATION.matcher(pendingFor);
    if (!duration.matches()) {
      return List.of();
    }
    String doubled = Long.parseLong(duration.group(1)) * 2 + duration.group(2);
    return List.of(new Mutant("with for " + pendingFor + " doubled to " + doubled, "for", doubled));
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

  /**
   * One mutant, ready to run on any copy of the rendered tree: the mutated rule file's text and the
   * alert's own test files, both relative to the tree.
   */
  private record Trial(
      String alert, String name, String ruleFile, String mutated, List<String> ownTests) {}

  /** What promtool made of a trial. */
  private enum Outcome {
    INVALID,
    KILLED,
    SURVIVED
  }

  /**
   * Trials are independent promtool runs, so they run side by side: a worker per processor, at
   * least two, each on its own copy of the tree because a trial rewrites a rule file.
   */
  private static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

  @Test
  void everyMutantOfEveryAlertFailsItsPromtoolScenarios() throws Exception {
    Promtool promtool = Promtool.require();
    Path generated = GeneratedTrees.renderInto(temp.resolve("rendered"));
    List<String> killed = new ArrayList<>();
    List<String> survivors = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    List<String> unmutated = new ArrayList<>();
    Map<String, List<Path>> testsByRuleFile = new java.util.TreeMap<>();
    try (var walk = Files.walk(generated.resolve("tests"))) {
      for (Path test : walk.filter(p -> p.toString().endsWith("_test.yaml")).sorted().toList()) {
        String relative = generated.relativize(test).toString().replace('\\', '/');
        testsByRuleFile.computeIfAbsent(ruleFileOf(relative), f -> new ArrayList<>()).add(test);
      }
    }
    // Every alert, in file order, each with its mutants; the trials run afterwards.
    Map<String, String> originals = new java.util.TreeMap<>();
    List<String> alerts = new ArrayList<>();
    List<Trial> trials = new ArrayList<>();
    for (Map.Entry<String, List<Path>> entry : testsByRuleFile.entrySet()) {
      String original = Files.readString(generated.resolve(entry.getKey()));
      originals.put(entry.getKey(), original);
      JsonNode doc = RULE_FILES.readTree(original);
      for (JsonNode group : doc.get("groups")) {
        for (JsonNode node : group.get("rules")) {
          ObjectNode rule = (ObjectNode) node;
          if (!rule.has("alert")) {
            continue;
          }
          String alert = rule.get("alert").asText();
          alerts.add(alert);
          // Only the alert's own tests can notice its mutants: run those alone, which keeps this
          // fast.
          List<String> ownTests = new ArrayList<>();
          for (Path test : entry.getValue()) {
            onlyTestsOf(alert, test)
                .ifPresent(
                    own -> ownTests.add(generated.relativize(own).toString().replace('\\', '/')));
          }
          String expr = rule.get("expr").asText();
          List<Mutant> mutants = new ArrayList<>(mutants(expr));
          if (rule.has("for")) {
            mutants.addAll(forMutants(rule.get("for").asText()));
          }
          for (Mutant mutant : mutants) {
            JsonNode unchanged = rule.get(mutant.field());
            rule.put(mutant.field(), mutant.value());
            trials.add(
                new Trial(
                    alert,
                    alert + " " + mutant.description(),
                    entry.getKey(),
                    Documents.yaml(doc),
                    List.copyOf(ownTests)));
            rule.set(mutant.field(), unchanged);
          }
        }
      }
    }

    // Each worker owns a copy of the tree (own tests included) and puts the rule file back after
    // each trial; results keep the trials' order.
    BlockingQueue<Path> trees = new ArrayBlockingQueue<>(WORKERS);
    trees.add(generated);
    for (int i = 1; i < WORKERS; i++) {
      trees.add(copyTree(generated, temp.resolve("worker-" + i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Trial trial : trials) {
        futures.add(
            pool.submit(
                () -> {
                  Path tree = trees.take();
                  try {
                    return run(promtool, tree, trial, originals.get(trial.ruleFile()));
                  } finally {
                    trees.add(tree);
                  }
                }));
      }
      for (Future<Outcome> future : futures) {
        try {
          outcomes.add(future.get());
        } catch (ExecutionException e) {
          // A promtool that cannot start or hangs fails the test with its own message.
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Set<String> tried = new HashSet<>();
    for (int i = 0; i < trials.size(); i++) {
      Trial trial = trials.get(i);
      switch (outcomes.get(i)) {
        case INVALID -> invalid.add(trial.name());
        case KILLED -> killed.add(trial.name());
        case SURVIVED -> survivors.add(trial.name());
      }
      if (outcomes.get(i) != Outcome.INVALID) {
        tried.add(trial.alert());
      }
    }
    alerts.stream().filter(alert -> !tried.contains(alert)).forEach(unmutated::add);
    invalid.forEach(
        name -> System.err.println("WARNING: mutant is not valid PromQL, skipped: " + name));
    assertFalse(killed.isEmpty(), "no alert mutant was tried");
    assertEquals(
        List.of(),
        unmutated,
        "these alerts yield no valid mutant, so nothing shows their scenarios can fail; teach"
            + " mutants(...) an operator for them");
    List<String> newSurvivors =
        survivors.stream().filter(name -> !KNOWN_SURVIVORS.contains(name)).toList();
    assertEquals(
        List.of(),
        newSurvivors,
        "these changed alerts still pass every promtool scenario; add scenarios close to the"
            + " threshold on both sides, and for an 'or' a scenario that fires through each side alone");
    assertEquals(
        List.of(),
        KNOWN_SURVIVORS.stream().filter(name -> !survivors.contains(name)).toList(),
        "these known survivors are killed now (or their alert changed); drop them from"
            + " KNOWN_SURVIVORS");
  }

  /**
   * Mutants the scenarios are known to miss, kept exact so the list can only shrink. Empty: a
   * mutant that survives is a scenario to add, and is listed here only while it is being added.
   */
  private static final List<String> KNOWN_SURVIVORS = List.of();

  /** Runs one trial on {@code tree}, and puts the rule file back as it was. */
  private static Outcome run(Promtool promtool, Path tree, Trial trial, String original)
      throws IOException {
    Path rules = tree.resolve(trial.ruleFile());
    Files.writeString(rules, trial.mutated());
    try {
      // A mutant that is not valid PromQL proves nothing about the scenarios.
      if (!promtool.in(tree).checkRules(List.of(tree.relativize(rules))).ok()) {
        return Outcome.INVALID;
      }
      for (String own : trial.ownTests()) {
        Path test = tree.resolve(own);
        if (promtool.in(test.getParent()).testRules(List.of(test.getFileName())).exitCode() != 0) {
          return Outcome.KILLED;
        }
      }
      return Outcome.SURVIVED;
    } finally {
      Files.writeString(rules, original);
    }
  }

  /** A copy of the rendered tree under {@code directory}, for one worker. */
  private static Path copyTree(Path tree, Path directory) throws IOException {
    Path copy = directory.resolve(tree.getFileName());
    try (var walk = Files.walk(tree)) {
      for (Path source : walk.sorted().toList()) {
        Path target = copy.resolve(tree.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return copy;
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
            .map(m -> m.description() + "|" + m.value())
            .toList());
  }

  @Test
  void aZeroThresholdIsMovedByOne() {
    assertEquals(
        List.of(
            "with the threshold 0 moved to 1|errors > 1",
            "with the threshold 0 moved to -1|errors > -1"),
        mutants("errors > 0").stream().map(m -> m.description() + "|" + m.value()).toList());
  }

  @Test
  void anEqualityIsMovedToo() {
    assertEquals(
        List.of(
            "with the threshold 0 moved to 1|up == 1", "with the threshold 0 moved to -1|up == -1"),
        mutants("up == 0").stream().map(m -> m.description() + "|" + m.value()).toList());
  }

  @Test
  void eachSideOfAnOrIsDroppedAndEachAbsentWatchesNobodysSeries() {
    assertEquals(
        List.of(
            "without the clause 'absent(up{job=\"a\"})'|absent(up{job=\"b\"})",
            "without the clause 'absent(up{job=\"b\"})'|absent(up{job=\"a\"})",
            "with absent(up{job=\"a\"}) watching nobody's series|absent("
                + NOBODYS_SERIES
                + ")\nor\nabsent(up{job=\"b\"})",
            "with absent(up{job=\"b\"}) watching nobody's series|absent(up{job=\"a\"})\nor\nabsent("
                + NOBODYS_SERIES
                + ")"),
        mutants("absent(up{job=\"a\"})\nor\nabsent(up{job=\"b\"})").stream()
            .map(m -> m.description() + "|" + m.value())
            .toList());
  }

  @Test
  void anAbsentSkipsParenthesesInStringsAndNestedCalls() {
    assertEquals(
        List.of("absent(" + NOBODYS_SERIES + ") or vector(0)"),
        absentMutants("absent(sum(rate(x{re=~\"(a|\\\")b)\"}[5m]))) or vector(0)").stream()
            .map(Mutant::value)
            .toList());
  }

  @Test
  void forIsDoubled() {
    assertEquals(
        List.of("with for 10m doubled to 20m|for|20m"),
        forMutants("10m").stream()
            .map(m -> m.description() + "|" + m.field() + "|" + m.value())
            .toList());
    assertEquals(List.of(), forMutants("1h30m"));
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
            .map(m -> m.description() + "|" + m.value())
            .toList());
  }
}
