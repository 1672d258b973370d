package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.BinaryOp;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A promtool unit test of one alert: input series, a time to evaluate at, and either the labels of
 * the alert that must fire then or the promise that none does.
 */
public record AlertScenario(
    String name,
    List<TestSeries> inputs,
    Window evalAt,
    Optional<Map<String, String>> firingWith,
    List<Check> checks,
    Optional<Observation> observation,
    Window inputInterval,
    List<Window> alsoQuietAt) {

  /**
   * What the scenario shows a reader: at the checked time, each condition of the alert measures
   * these values for the series with these labels (the error ratio 0.015 against its 0.02, say).
   * The generated test asserts each one, so the distance to the threshold is checked, not claimed.
   *
   * @param labels the series observed; each query is asserted on the labels its result keeps
   * @param measured one value per condition, {@link #NO_SERIES} where its query returns nothing
   * @param queries what each condition measures, filled in when the alert is built
   */
  public record Observation(
      Map<String, String> labels, List<Double> measured, List<Vector> queries) {
    public Observation {
      labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
      measured = List.copyOf(measured);
      queries = List.copyOf(queries);
    }

    /** The labels query {@code i}'s result keeps: {@code count(...)} keeps none. */
    public Map<String, String> labelsOf(int i) {
      Map<String, String> kept = new TreeMap<>(labels);
      kept.keySet().retainAll(queries.get(i).labels());
      return kept;
    }
  }

  /**
   * An observed value meaning "the condition's query returns no series" (no target present, say);
   * the test then asserts an empty result.
   */
  public static final double NO_SERIES = Double.NaN;

  /**
   * A side condition the scenario claims, checked by promtool too, so a "stays quiet" scenario
   * cannot pass just because its input never came near the threshold.
   *
   * @param condition a {@code bool} comparison, e.g. {@code ratio.isAbove(0.02)}
   * @param holds whether it evaluates to 1 (true) or 0 (false)
   */
  public record Check(Window at, Vector condition, Map<String, String> labels, boolean holds) {
    public Check {
      labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
  }

  /** Input series are sampled every minute unless a scenario says otherwise. */
  public static final Window ONE_MINUTE = Window.minutes(1);

  public AlertScenario {
    alsoQuietAt = List.copyOf(alsoQuietAt);
    inputs = List.copyOf(inputs);
    checks = List.copyOf(checks);
    firingWith = firingWith.map(m -> java.util.Collections.unmodifiableMap(new TreeMap<>(m)));
  }

  /**
   * A scenario sampled every minute, checked once, without an observation of the measured values.
   */
  public AlertScenario(
      String name,
      List<TestSeries> inputs,
      Window evalAt,
      Optional<Map<String, String>> firingWith,
      List<Check> checks) {
    this(name, inputs, evalAt, firingWith, checks, Optional.empty(), ONE_MINUTE, List.of());
  }

  public static Builder named(String name) {
    return new Builder(name);
  }

  public boolean expectsFiring() {
    return firingWith.isPresent();
  }

  /**
   * Checks the scenario against its alert and returns it with the measured queries filled in.
   *
   * @param measured what each condition measures, null where it has no numeric left-hand side
   */
  AlertScenario checkAgainst(String alertName, Vector expr, List<Vector> measured) {
    Set<String> resultLabels = expr.labels();
    String object = DefinitionException.name("alert", alertName);
    TestSeries.requireCovering(
        inputs, inputInterval, evalAt, object, "scenario '" + name + "' evaluates");
    for (Window at : alsoQuietAt) {
      TestSeries.requireCovering(
          inputs, inputInterval, at, object, "scenario '" + name + "' evaluates");
    }
    for (Check check : checks) {
      TestSeries.requireCovering(
          inputs, inputInterval, check.at(), object, "scenario '" + name + "' checks a condition");
    }
    if (firingWith.isPresent() && !resultLabels.containsAll(firingWith.get().keySet())) {
      Set<String> unknown = new TreeSet<>(firingWith.get().keySet());
      unknown.removeAll(resultLabels);
      throw new DefinitionException(
          object,
          "scenario '"
              + name
              + "' expects labels "
              + unknown
              + " that the alert's query does not return (it returns "
              + new TreeSet<>(resultLabels)
              + ")");
    }
    Optional<Observation> resolved = Optional.empty();
    if (observation.isEmpty()) {
      throw new DefinitionException(
          object,
          "scenario '"
              + name
              + "' states no measured values; add .observing("
              + (expectsFiring() ? "" : "Map.of(<labels of the series>), ")
              + "<value>, ...) before ."
              + (expectsFiring() ? "firesAt" : "quietAt")
              + "(...) with, in order, the value at "
              + evalAt
              + " of "
              + describe(AlertConditions.of(expr), measured)
              + ", so the test shows how far from each threshold the scenario stands");
    }
    if (observation.isPresent()) {
      Observation observed = observation.get();
      String unmeasured = AlertConditions.unmeasured(expr, measured);
      if (unmeasured != null) {
        throw new DefinitionException(
            object,
            "scenario '"
                + name
                + "' observes values, but condition '"
                + unmeasured
                + "' has no numeric left-hand side; say what it measures with"
                + " .measuring(...) on the alert (for absent(x): count(x), the series present)");
      }
      if (observed.measured().size() != measured.size()) {
        throw new DefinitionException(
            object,
            "scenario '"
                + name
                + "' observes "
                + observed.measured().size()
                + " values but the alert has "
                + measured.size()
                + " conditions; give one measured value per condition, in order");
      }
      Map<String, String> labels = observed.labels();
      if (labels.isEmpty() && firingWith.isPresent()) {
        labels = firingWith.get();
      }
      if (!resultLabels.containsAll(labels.keySet())) {
        throw new DefinitionException(
            object,
            "scenario '"
                + name
                + "' observes labels "
                + labels.keySet()
                + " that the alert's query does not return (it returns "
                + new TreeSet<>(resultLabels)
                + ")");
      }
      resolved = Optional.of(new Observation(labels, observed.measured(), measured));
    }
    return new AlertScenario(
        name, inputs, evalAt, firingWith, checks, resolved, inputInterval, alsoQuietAt);
  }

  private static String describe(List<Vector> conditions, List<Vector> measured) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      parts.add(
          measured.get(i) != null
              ? measured.get(i).promql()
              : conditions.get(i).promql()
                  + " (no numeric left-hand side: give the alert .measuring(...) too)");
    }
    return String.join("; ", parts);
  }

  public static final class Builder {
    private final String name;
    private final List<TestSeries> inputs = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private Observation observation;
    private Window inputInterval = ONE_MINUTE;
    private final List<Window> alsoQuietAt = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Input samples every {@code interval} instead of every minute: one step of each series is one
     * interval. Days-long scenarios stay fast; rules are still evaluated every minute.
     */
    public Builder sampledEvery(Window interval) {
      this.inputInterval = interval;
      return this;
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
     * Claims that {@code condition} (a {@code bool} comparison such as {@code ratio.isAbove(0.02)})
     * is {@code holds} at {@code at} for the series with {@code labels}.
     */
    public Builder checking(
        String at, Vector condition, Map<String, String> labels, boolean holds) {
      if (!(condition instanceof BinaryOp op) || !op.returnsBool()) {
        throw new DefinitionException(
            DefinitionException.name("scenario", name),
            "a check needs a 0/1 comparison; write it with isAbove(...) or isBelow(...)");
      }
      checks.add(new Check(Window.of(at), condition, labels, holds));
      return this;
    }

    /**
     * At the checked time, the series with {@code labels} measures {@code measured} on each
     * condition of the alert, in order: for {@code ratio5m > 0.02 and ratio15m > 0.01}, the two
     * ratios. The generated test asserts each value (within a relative 1e-9); {@link #NO_SERIES}
     * asserts that the condition's query returns nothing.
     */
    public Builder observing(Map<String, String> labels, double... measured) {
      TestSeries.requireNoEmptyValues(name, labels);
      List<Double> values = new ArrayList<>();
      for (double value : measured) {
        if (Double.isInfinite(value)) {
          throw new DefinitionException(
              DefinitionException.name("scenario", name),
              "observes " + value + "; a measured value must be finite");
        }
        values.add(value);
      }
      this.observation = new Observation(labels, values, List.of());
      return this;
    }

    /** As {@link #observing(Map, double...)}, on the series the scenario expects to fire. */
    public Builder observing(double... measured) {
      return observing(Map.of(), measured);
    }

    /**
     * The alert must also be quiet at {@code at}, on the same input: one promtool run shows that a
     * burn is not detected a step too early, detected on time, and forgotten after recovery.
     */
    public Builder alsoQuietAt(String at) {
      alsoQuietAt.add(Window.of(at));
      return this;
    }

    /** The alert must be firing at {@code at}, with these labels from the query's result. */
    public AlertScenario firesAt(String at, Map<String, String> resultLabels) {
      TestSeries.requireNoEmptyValues(name, resultLabels);
      return new AlertScenario(
          name,
          checkedInputs(),
          Window.of(at),
          Optional.of(resultLabels),
          checks,
          Optional.ofNullable(observation),
          inputInterval,
          alsoQuietAt);
    }

    /** The alert must not be firing at {@code at} (promtool compares firing alerts only). */
    public AlertScenario quietAt(String at) {
      return new AlertScenario(
          name,
          checkedInputs(),
          Window.of(at),
          Optional.empty(),
          checks,
          Optional.ofNullable(observation),
          inputInterval,
          alsoQuietAt);
    }

    private List<TestSeries> checkedInputs() {
      if (inputs.isEmpty()) {
        throw new DefinitionException(
            DefinitionException.name("scenario", name),
            "has no input series; add .input(TestSeries.of(...))");
      }
      return inputs;
    }
  }
}
