package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Prometheus rule group: rules evaluated together, in order, every {@code interval}. Groups that
 * alerts read keep a short interval, since another group's recording lags by up to one interval.
 */
public record RuleGroup(
    String name, Window interval, List<Rule> rules, List<RecordingScenario> scenarios) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  public static final Window DEFAULT_INTERVAL = Window.minutes(1);

  public RuleGroup {
    rules = List.copyOf(rules);
    scenarios = List.copyOf(scenarios);
    String object = DefinitionException.name("rule group", name);
    if (name == null || !NAME.matcher(name).matches()) {
      throw new DefinitionException(
          object, "name must be lower-case words joined by '-' or '.', as in 'gateway-red'");
    }
    if (rules.isEmpty()) {
      throw new DefinitionException(object, "has no rules; add .rule(...) or drop the group");
    }
  }

  public static Builder named(String name) {
    return new Builder(name);
  }

  public List<Alert> alerts() {
    return rules.stream().filter(Alert.class::isInstance).map(Alert.class::cast).toList();
  }

  public List<RecordingRule> recordings() {
    return rules.stream()
        .filter(RecordingRule.class::isInstance)
        .map(RecordingRule.class::cast)
        .toList();
  }

  public static final class Builder {
    private final String name;
    private Window interval = DEFAULT_INTERVAL;
    private final List<Rule> rules = new ArrayList<>();
    private final List<DefinitionException> errors = new ArrayList<>();
    private final List<RecordingScenario> scenarios = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder interval(String window) {
      this.interval = Window.of(window);
      return this;
    }

    public Builder rule(RecordingRule rule) {
      rules.add(rule);
      return this;
    }

    /** Builds the alert now but keeps going on error, so every broken alert is reported. */
    public Builder rule(Alert.Builder alert) {
      DefinitionErrors.collect(errors, () -> rules.add(alert.build()));
      return this;
    }

    public Builder rule(Alert alert) {
      rules.add(alert);
      return this;
    }

    /** A promtool test of this group's recordings. */
    public Builder scenario(RecordingScenario.Builder scenario) {
      DefinitionErrors.collect(errors, () -> scenarios.add(scenario.build()));
      return this;
    }

    public RuleGroup build() {
      DefinitionErrors.throwIfAny(errors);
      return new RuleGroup(name, interval, rules, scenarios);
    }

    /**
     * The errors of the rules that did not build, and the group of those that did (if any), so the
     * valid ones still take part in the checks across bundles (duplicate names, metrics).
     */
    public Outcome tryBuild() {
      if (rules.isEmpty() && !errors.isEmpty()) {
        return new Outcome(Optional.empty(), errors);
      }
      List<DefinitionException> all = new ArrayList<>(errors);
      Optional<RuleGroup> group = Optional.empty();
      try {
        group = Optional.of(new RuleGroup(name, interval, rules, scenarios));
      } catch (DefinitionException e) {
        all.add(e);
      }
      return new Outcome(group, all);
    }
  }

  /** What {@link Builder#tryBuild()} could build and what it could not. */
  public record Outcome(Optional<RuleGroup> group, List<DefinitionException> errors) {
    public Outcome {
      errors = List.copyOf(errors);
    }
  }
}
