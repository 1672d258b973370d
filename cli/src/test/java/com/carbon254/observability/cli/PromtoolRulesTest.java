package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real promtool on what the builders render now (not on the committed folder, which the
 * package phase refreshes only after the tests).
 */
class PromtoolRulesTest {
  @TempDir static Path temp;
  static Path generated;

  @BeforeAll
  static void render() throws IOException {
    generated = GeneratedTrees.renderInto(temp);
  }

  @Test
  void everyRuleFilePassesPromtoolCheckRules() throws IOException {
    List<Path> ruleFiles = yamlUnder("alerts", "k8s/prometheus/rules");
    assertFalse(ruleFiles.isEmpty(), "no rule files rendered");
    Promtool.require().in(generated).checkRules(ruleFiles).assertOk();
  }

  @Test
  void everyAlertPassesItsPromtoolUnitTests() throws IOException {
    List<Path> tests = yamlUnder("tests");
    assertFalse(tests.isEmpty(), "no promtool tests rendered");
    Promtool.require().in(generated).testRules(tests).assertOk();
  }

  private static List<Path> yamlUnder(String... folders) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (String folder : folders) {
      Path root = generated.resolve(folder);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".yaml"))
            .sorted()
            .forEach(p -> files.add(generated.relativize(p)));
      }
    }
    return files;
  }
}
