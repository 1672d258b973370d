package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a rule group is published: the seed's {@code alerts/RED|USE|SLO|ml/<file>.yaml}, plus the
 * rule files of {@code k8s/prometheus/rules/}.
 */
public record RuleFile(String path) implements Comparable<RuleFile> {
  private static final Pattern FILE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

  /** The alert classes of the seed's {@code alerts/} folder. */
  public enum AlertClass {
    RED("RED"),
    USE("USE"),
    SLO("SLO"),
    ML("ml");

    private final String folder;

    AlertClass(String folder) {
      this.folder = folder;
    }
  }

  public static RuleFile of(AlertClass alertClass, String fileName) {
    if (fileName == null || !FILE.matcher(fileName).matches()) {
      throw new DefinitionException(
          DefinitionException.name("rule file", String.valueOf(fileName)),
          "file name must be snake_case without extension, as in 'gateway_red'");
    }
    return new RuleFile("alerts/" + alertClass.folder + "/" + fileName + ".yaml");
  }

  /**
   * {@code k8s/prometheus/rules/general-rules.yaml}: recordings of the infrastructure and across
   * domains (node, pod, ClickHouse and Kafka KPIs), apart from the domains' own KPIs.
   */
  public static final RuleFile GENERAL = new RuleFile("k8s/prometheus/rules/general-rules.yaml");

  /** {@code k8s/prometheus/rules/slo-burn-rules.yaml}: burn-rate alerts of every SLO. */
  public static final RuleFile SLO_BURN = new RuleFile("k8s/prometheus/rules/slo-burn-rules.yaml");

  /** {@code k8s/prometheus/rules/recording-rules.yaml}: the recordings of the domains' KPIs. */
  public static final RuleFile RECORDING =
      new RuleFile("k8s/prometheus/rules/recording-rules.yaml");

  /**
   * The files that may hold recordings, in the order tests load them: before every other file, so
   * alerts (and general recordings reading domain ones) see this evaluation's values.
   */
  public static final List<RuleFile> RECORDING_FILES = List.of(RECORDING, GENERAL);

  /** Whether recording rules may be published in this file (the SLO file holds the SLIs' own). */
  public boolean holdsRecordings() {
    return RECORDING_FILES.contains(this) || equals(SLO_BURN);
  }

  /** Where the promtool unit tests of this file's alerts go. */
  public String testPath() {
    return "tests/" + path.substring(0, path.length() - ".yaml".length()) + "_test.yaml";
  }

  @Override
  public int compareTo(RuleFile other) {
    return path.compareTo(other.path);
  }
}
