package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.BinaryOp;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A promtool unit test of recording rules: input series and the values the recorded series must
 * take, so a ratio or a quantile is shown to compute what its name says.
 */
public record RecordingScenario(
    String name,
    List<TestSeries> inputs,
    List<Expectation> expectations,
    List<AlertScenario.Check> checks) {

  /**
   * {@code rule}'s series with exactly {@code labels} is {@code value} (to 1e-9 relative) at {@code
   * at}.
   */
  public record Expectation(
      Window at, RecordingRule rule, Map<String, String> labels, double value) {
    public Expectation {
      labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
  }

  public RecordingScenario(String name, List<TestSeries> inputs, List<Expectation> expectations) {
    this(name, inputs, expectations, List.of());
  }

  public RecordingScenario {
    inputs = List.copyOf(inputs);
    expectations = List.copyOf(expectations);
    checks = List.copyOf(checks);
  }

  public static Builder named(String name) {
    return new Builder(name);
  }

  public static final class Builder {
    private final String name;
    private final List<TestSeries> inputs = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<AlertScenario.Check> checks = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder input(TestSeries series) {
      inputs.add(series);
      return this;
    }

    public Builder inputs(List<TestSeries> series) {
      inputs.addAll(series);
      return this;
    }

    /**
     * At {@code at}, the series {@code rule} records with these labels (its constant labels, such
     * as {@code quantile}, are added) has the value {@code value}.
     */
    public Builder expect(String at, RecordingRule rule, Map<String, String> labels, double value) {
      if (!Double.isFinite(value)) {
        throw new DefinitionException(
            DefinitionException.name("scenario", name),
            "expects " + value + "; expected values must be finite numbers");
      }
      TestSeries.requireNoEmptyValues(name, labels);
      Map<String, String> all = new TreeMap<>(labels);
      all.putAll(rule.labels());
      Set<String> recorded = new TreeSet<>(rule.series().labels());
      if (!recorded.equals(all.keySet())) {
        throw new DefinitionException(
            DefinitionException.name("scenario", name),
            "expects "
                + rule.describe()
                + " with labels "
                + all.keySet()
                + ", but it records "
                + recorded
                + "; give a value for each recorded label");
      }
      expectations.add(new Expectation(Window.of(at), rule, all, value));
      return this;
    }

    /**
     * Claims that {@code condition}, a 0/1 comparison such as {@code abs(a - b).isBelow(1e-9)}, is
     * {@code holds} at {@code at} for the series with {@code labels}: for relations between
     * recordings and the raw series that no constant expresses.
     */
    public Builder checking(
        String at, Vector condition, Map<String, String> labels, boolean holds) {
      if (!(condition instanceof BinaryOp op) || !op.returnsBool()) {
        throw new DefinitionException(
            DefinitionException.name("scenario", name),
            "a check needs a 0/1 comparison; write it with isAbove(...) or isBelow(...)");
      }
      checks.add(new AlertScenario.Check(Window.of(at), condition, labels, holds));
      return this;
    }

    public RecordingScenario build() {
      String object = DefinitionException.name("scenario", name);
      if (inputs.isEmpty() || (expectations.isEmpty() && checks.isEmpty())) {
        throw new DefinitionException(
            object, "needs input series and at least one expect(...) or checking(...)");
      }
      for (Expectation e : expectations) {
        TestSeries.requireCovering(inputs, e.at(), object, "expects a value");
      }
      for (AlertScenario.Check c : checks) {
        TestSeries.requireCovering(inputs, c.at(), object, "checks a condition");
      }
      return new RecordingScenario(name, inputs, expectations, checks);
    }
  }
}
