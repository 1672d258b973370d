package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.carbon254.observability.dsl.render.Doc;
import com.carbon254.observability.dsl.render.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Every condition of a multi-condition alert must earn its place: with any one of its
 * {@code and} clauses removed, some promtool scenario of the alert must fail. Otherwise the
 * scenarios would pass whatever that clause said, and could not catch a wrong threshold in it.
 */
class AlertClauseMutationTest {
  private static final String CLAUSE_SEPARATOR = "\nand\n";

  @TempDir Path temp;

  @Test
  @SuppressWarnings("unchecked")
  void removingAnyClauseOfAnAlertMakesItsPromtoolTestsFail() throws IOException {
    Promtool promtool = Promtool.require();
    Path generated = GeneratedTrees.renderInto(temp);
    List<String> mutations = new ArrayList<>();
    try (var walk = Files.walk(generated.resolve("tests"))) {
      for (Path test : walk.filter(p -> p.toString().endsWith("_test.yaml")).sorted().toList()) {
        String ruleFile = generated.relativize(test).toString().replaceFirst("^tests/", "").replaceFirst("_test\\.yaml$", ".yaml");
        Path rules = generated.resolve(ruleFile);
        String original = Files.readString(rules);
        Map<String, Object> doc = new Yaml().load(original);
        for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
          for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
            String expr = (String) rule.get("expr");
            if (!rule.containsKey("alert") || !expr.contains(CLAUSE_SEPARATOR)) {
              continue;
            }
            String[] clauses = expr.split(CLAUSE_SEPARATOR);
            for (int dropped = 0; dropped < clauses.length; dropped++) {
              List<String> kept = new ArrayList<>(List.of(clauses));
              kept.remove(dropped);
              rule.put("expr", String.join(CLAUSE_SEPARATOR, kept));
              Files.writeString(rules, YamlWriter.write(toDoc(doc)));
              var result = promtool.in(test.getParent()).testRules(List.of(test.getFileName()));
              mutations.add(rule.get("alert") + " without clause " + (dropped + 1));
              assertNotEquals(
                  0,
                  result.exitCode(),
                  rule.get("alert") + " without its clause '" + clauses[dropped]
                      + "' still passes every promtool scenario; add a scenario that needs this clause");
            }
            rule.put("expr", expr);
          }
        }
        Files.writeString(rules, original);
      }
    }
    assertFalse(mutations.isEmpty(), "no alert with more than one condition to mutate");
  }

  /** SnakeYAML's maps back into a Doc, so the mutated file is written like the real one. */
  @SuppressWarnings("unchecked")
  private static Doc toDoc(Object value) {
    if (value instanceof Map<?, ?> map) {
      Doc.MapBuilder builder = Doc.map();
      ((Map<String, Object>) map).forEach((k, v) -> builder.put(k, toDoc(v)));
      return builder.build();
    }
    if (value instanceof List<?> list) {
      return Doc.list(list.stream().map(AlertClauseMutationTest::toDoc).toList());
    }
    if (value instanceof Number n) {
      return Doc.of(n.doubleValue());
    }
    if (value instanceof Boolean b) {
      return Doc.of(b);
    }
    return Doc.of(String.valueOf(value));
  }
}
