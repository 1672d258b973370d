package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.validation.DefinitionErrors;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How Alertmanager routes the alerts of every bundle: one receiver per {@link Severity}, each with
 * its own pace, alerts grouped by the same labels, and inhibitions that keep a page from being
 * buried under the lesser alerts of the same service.
 */
public record AlertRouting(
    List<String> groupBy,
    List<SeverityRoute> routes,
    Receiver fallback,
    List<Inhibition> inhibitions) {

  /**
   * How often a group of alerts is notified: {@code groupWait} after its first alert (to batch
   * alerts that start together), then at most every {@code groupInterval} when it changes, and
   * again every {@code repeatInterval} while it keeps firing unchanged.
   */
  public record Timing(Window groupWait, Window groupInterval, Window repeatInterval) {
    public static Timing of(String groupWait, String groupInterval, String repeatInterval) {
      return new Timing(Window.of(groupWait), Window.of(groupInterval), Window.of(repeatInterval));
    }
  }

  /** Alerts of one severity, to one receiver, at one pace. */
  public record SeverityRoute(Severity severity, Receiver receiver, Timing timing) {}

  /**
   * While an alert of {@code source} severity fires, alerts of the {@code targets} severities are
   * not notified when they have the same values of the {@code equal} labels.
   */
  public record Inhibition(Severity source, List<Severity> targets, List<String> equal) {
    public Inhibition {
      targets = List.copyOf(targets);
      equal = List.copyOf(equal);
    }
  }

  public AlertRouting {
    groupBy = List.copyOf(groupBy);
    routes = List.copyOf(routes);
    inhibitions = List.copyOf(inhibitions);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every receiver, once, in the order routes name them, the fallback last if it is new. */
  public List<Receiver> receivers() {
    Map<String, Receiver> receivers = new LinkedHashMap<>();
    routes.forEach(r -> receivers.putIfAbsent(r.receiver().name(), r.receiver()));
    receivers.putIfAbsent(fallback.name(), fallback);
    return List.copyOf(receivers.values());
  }

  public static final class Builder {
    private final List<String> groupBy = new ArrayList<>();
    private final Map<Severity, SeverityRoute> routes = new EnumMap<>(Severity.class);
    private Receiver fallback;
    private final List<Inhibition> inhibitions = new ArrayList<>();
    private final List<DefinitionException> errors = new ArrayList<>();

    private Builder() {}

    /** Alerts with the same values of these labels are notified together. */
    public Builder groupBy(String... labels) {
      groupBy.addAll(List.of(labels));
      return this;
    }

    public Builder route(Severity severity, Receiver receiver, Timing timing) {
      if (routes.putIfAbsent(severity, new SeverityRoute(severity, receiver, timing)) != null) {
        errors.add(
            new DefinitionException(
                "route '" + severity.label() + "'",
                "is routed twice; keep one route per severity"));
      }
      return this;
    }

    /**
     * Where an alert without a known severity goes: somewhere people look, so a mistake is seen.
     */
    public Builder fallback(Receiver receiver) {
      this.fallback = receiver;
      return this;
    }

    public Builder inhibit(Severity source, List<Severity> targets, String... equal) {
      inhibitions.add(new Inhibition(source, targets, List.of(equal)));
      return this;
    }

    public AlertRouting build() {
      List<DefinitionException> all = new ArrayList<>(errors);
      for (Severity severity : Severity.values()) {
        if (!routes.containsKey(severity)) {
          all.add(
              new DefinitionException(
                  "route '" + severity.label() + "'",
                  "severity "
                      + severity.label()
                      + " has no route; add .route(Severity."
                      + severity
                      + ", receiver, timing)"));
        }
      }
      if (groupBy.isEmpty() || new TreeSet<>(groupBy).size() != groupBy.size()) {
        all.add(
            new DefinitionException(
                "alert routing", "group_by must list distinct labels, as in alertname, service"));
      }
      if (fallback == null) {
        all.add(
            new DefinitionException(
                "alert routing", "has no fallback receiver; add .fallback(receiver)"));
      }
      Map<String, Receiver> byName = new LinkedHashMap<>();
      List<Receiver> named =
          new ArrayList<>(routes.values().stream().map(SeverityRoute::receiver).toList());
      if (fallback != null) {
        named.add(fallback);
      }
      for (Receiver receiver : named) {
        Receiver previous = byName.putIfAbsent(receiver.name(), receiver);
        if (previous != null && !previous.equals(receiver)) {
          all.add(
              new DefinitionException(
                  "receiver '" + receiver.name() + "'",
                  "two different receivers share this name; rename one"));
        }
      }
      for (SeverityRoute route : routes.values()) {
        Timing t = route.timing();
        String object = "route '" + route.severity().label() + "'";
        if (t.groupInterval().compareTo(t.groupWait()) < 0) {
          all.add(
              new DefinitionException(
                  object,
                  "group_interval "
                      + t.groupInterval()
                      + " is shorter than group_wait "
                      + t.groupWait()
                      + "; a group's updates should not come faster than its first notification"));
        }
        if (t.repeatInterval().compareTo(t.groupInterval()) < 0) {
          all.add(
              new DefinitionException(
                  object,
                  "repeat_interval "
                      + t.repeatInterval()
                      + " is shorter than group_interval "
                      + t.groupInterval()
                      + "; Alertmanager repeats only at group_interval boundaries"));
        }
      }
      for (Inhibition inhibition : inhibitions) {
        String object = "inhibition of " + inhibition.targets() + " by " + inhibition.source();
        if (inhibition.targets().isEmpty() || inhibition.targets().contains(inhibition.source())) {
          all.add(
              new DefinitionException(
                  object,
                  "must silence other severities than its source; an alert would silence itself"));
        }
        if (inhibition.equal().isEmpty()) {
          all.add(
              new DefinitionException(
                  object,
                  "names no equal labels, so any page would silence every other alert; add e.g. \"service\""));
        }
      }
      DefinitionErrors.throwIfAny(all);
      return new AlertRouting(groupBy, List.copyOf(routes.values()), fallback, inhibitions);
    }
  }
}
