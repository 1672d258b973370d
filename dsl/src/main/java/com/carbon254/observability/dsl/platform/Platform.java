package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import com.carbon254.observability.dsl.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every bundle's content, validated together. Data flows one way: bundles declare, the platform
 * checks, {@link PlatformRenderer} turns the checked model into files.
 */
public record Platform(List<BundleContent> bundles, List<Problem> problems) {
  public Platform {
    bundles = List.copyOf(bundles);
    problems = problems.stream().sorted().distinct().toList();
  }

  /** Defines every bundle (sorted by name, so output order never depends on discovery order). */
  public static Platform define(List<? extends Bundle> bundles) {
    List<BundleContent> contents = new ArrayList<>();
    List<Problem> bundleNameProblems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Bundle bundle : bundles.stream().sorted(Comparator.comparing(Bundle::name)).toList()) {
      String name = bundle.name();
      if (names.contains(name)) {
        bundleNameProblems.add(
            new Problem(
                name, "bundle '" + name + "'", "two bundles share this name; rename one of them"));
        continue;
      }
      names.add(name);
      contents.add(define(name, bundle));
    }
    List<Problem> problems = new ArrayList<>(bundleNameProblems);
    contents.forEach(c -> problems.addAll(c.problems()));
    problems.addAll(CrossChecks.run(contents));
    return new Platform(contents, problems);
  }

  /** Runs one bundle's {@code define}, turning whatever it throws into reported problems. */
  public static BundleContent define(String name, Bundle bundle) {
    BundleDefinition definition = new BundleDefinition(name);
    definition.guard(() -> bundle.define(definition));
    return definition.content();
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
