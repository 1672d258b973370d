package com.carbon254.observability.dsl.slo;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.validation.DefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service level objective: {@code objective} percent of the events measured by {@code sli} are
 * good over a rolling {@code period}. It becomes SLI recordings per window, a period ratio weighted
 * by events, multi-window burn-rate alerts with generated promtool tests, and a runbook.
 *
 * @param groupBy labels with one budget each (one per route, say), kept on every recording and
 *     alert
 * @param minEvents events a page alert's long window must hold before it pages (low traffic)
 * @param alertFile the file under {@code alerts/SLO/} its alerts go to, without extension
 */
public record Slo(
    String service,
    String name,
    String description,
    BigDecimal objectivePercent,
    Window period,
    Map<String, String> labels,
    Optional<String> owner,
    Sli sli,
    List<String> groupBy,
    List<BurnAlert> alerts,
    Optional<Long> minEvents,
    String alertFile) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Pattern FILE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Labels every SLO series carries to tell SLOs apart. */
  public static final String SERVICE_LABEL = "slo_service";

  public static final String NAME_LABEL = "slo_name";
  private static final Set<String> RESERVED =
      Set.of(SERVICE_LABEL, NAME_LABEL, "severity", "alertname", "le", "__name__");

  public static final Window DEFAULT_PERIOD = Window.days(30);

  public Slo {
    labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    groupBy = List.copyOf(groupBy);
    alerts = List.copyOf(alerts);
  }

  public static Builder named(String service, String name) {
    return new Builder(service, name);
  }

  /** {@code gateway-availability}: unique across bundles. */
  public String id() {
    return service + "-" + name;
  }

  public String describe() {
    return DefinitionException.name("slo", id());
  }

  /** The allowed share of bad events, {@code 1 - objective}: 0.01 for 99 %. */
  public BigDecimal errorBudget() {
    return HUNDRED.subtract(objectivePercent).divide(HUNDRED).stripTrailingZeros();
  }

  public BigDecimal objectiveRatio() {
    return objectivePercent.divide(HUNDRED).stripTrailingZeros();
  }

  /** The constant labels of every recording of this SLO. */
  public Map<String, String> identity() {
    Map<String, String> identity = new TreeMap<>();
    identity.put(SERVICE_LABEL, service);
    identity.put(NAME_LABEL, name);
    return identity;
  }

  /** Upper-case words for alert names: {@code GATEWAY_AVAILABILITY}. */
  public String alertPrefix() {
    return "ALERT_" + (service + "_" + name).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The rule group names: {@code slo-gateway-availability}. */
  public String groupPrefix() {
    return "slo-" + id().replace('_', '-');
  }

  /** Every window an alert reads, shortest first, with 5m always (the current burn rate). */
  public List<Window> windows() {
    TreeSet<Window> all = new TreeSet<>();
    all.add(Window.minutes(5));
    for (BurnAlert a : alerts) {
      all.add(a.longWindow());
      all.add(a.shortWindow());
    }
    return List.copyOf(all);
  }

  /** The period in days, as people and Sloth name it: {@code 28d}, never {@code 4w}. */
  public String periodText() {
    return period.seconds() / 86400 + "d";
  }

  public String objectiveText() {
    return Numbers.format(objectivePercent) + "%";
  }

  /** Collects an SLO's parts; {@link #build()} refuses an impossible SLO with the fix. */
  public static final class Builder {
    private final String service;
    private final String name;
    private String description;
    private BigDecimal objective;
    private Window period = DEFAULT_PERIOD;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String owner;
    private Sli sli;
    private final List<String> groupBy = new ArrayList<>();
    private final List<BurnAlert> alerts = new ArrayList<>();
    private Long minEvents;
    private String alertFile;

    private Builder(String service, String name) {
      this.service = service;
      this.name = name;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The objective in percent, as people say it: {@code 99.9}. */
    public Builder objective(String percent) {
      try {
        this.objective = new BigDecimal(percent);
      } catch (NumberFormatException e) {
        throw new DefinitionException(
            DefinitionException.name("slo", service + "-" + name),
            "objective '" + percent + "' is not a number; write it in percent, as in '99.9'");
      }
      return this;
    }

    public Builder objective(double percent) {
      if (!Double.isFinite(percent)) {
        return objective(String.valueOf(percent));
      }
      this.objective = Numbers.decimal(percent);
      return this;
    }

    /**
     * The rolling period: {@code 30d} (the default), {@code 28d}, {@code 7d} or other whole days.
     */
    public Builder period(String window) {
      this.period = Window.of(window);
      return this;
    }

    public Builder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    /** The team that owns the objective; alerts carry it as the {@code owner} label. */
    public Builder owner(String team) {
      this.owner = team;
      return this;
    }

    public Builder sli(Sli sli) {
      this.sli = sli;
      return this;
    }

    public Builder groupBy(String... labels) {
      groupBy.addAll(List.of(labels));
      return this;
    }

    /**
     * Replaces the default SRE workbook pairs with this list; call once per pair. Factors are plain
     * multiples of the error budget.
     */
    public Builder burnAlert(
        String longWindow, String shortWindow, double factor, Severity severity) {
      alerts.add(
          new BurnAlert(
              Window.of(longWindow), Window.of(shortWindow), Numbers.decimal(factor), severity));
      return this;
    }

    public Builder burnAlerts(List<BurnAlert> pairs) {
      alerts.addAll(pairs);
      return this;
    }

    /**
     * A page alert needs this many events in its long window: a few failures of a quiet service do
     * not page.
     */
    public Builder minEvents(long events) {
      this.minEvents = events;
      return this;
    }

    /** The alert file under {@code alerts/SLO/}; {@code <service>_<name>_slo} by default. */
    public Builder alertFile(String fileName) {
      this.alertFile = fileName;
      return this;
    }

    public Slo build() {
      String id = service + "-" + name;
      String object = DefinitionException.name("slo", id);
      if (service == null
          || !NAME.matcher(service).matches()
          || name == null
          || !NAME.matcher(name).matches()) {
        throw new DefinitionException(
            object,
            "service and name must be lower-case words joined by '-' or '_', as in 'gateway' and 'availability'");
      }
      if (description == null || description.isBlank()) {
        throw new DefinitionException(
            object, "has no description; add .description(\"what users get when it is met\")");
      }
      if (objective == null) {
        throw new DefinitionException(
            object, "has no objective; add .objective(\"99.9\") (percent)");
      }
      if (objective.signum() <= 0 || objective.compareTo(HUNDRED) >= 0) {
        throw new DefinitionException(
            object,
            "objective "
                + Numbers.format(objective)
                + "% must lie strictly between 0 and 100; 100% leaves no error budget to alert on");
      }
      if (period.seconds() % 86400 != 0) {
        throw new DefinitionException(
            object,
            "period " + period + " must be a whole number of days, as in '30d', '28d' or '7d'");
      }
      if (sli == null) {
        throw new DefinitionException(
            object,
            "has no indicator; add .sli(Sli.errors(...)), Sli.good(...) or Sli.latency(...)");
      }
      List<BurnAlert> pairs = alerts.isEmpty() ? BurnAlert.sreWorkbook(period) : alerts;
      BigDecimal budget = HUNDRED.subtract(objective).divide(HUNDRED);
      for (BurnAlert a : pairs) {
        String pair = "burn-rate alert over " + a.longWindow() + " and " + a.shortWindow();
        if (a.shortWindow().seconds() % 300 != 0 || a.longWindow().seconds() % 300 != 0) {
          throw new DefinitionException(
              object,
              pair
                  + ": windows must be whole multiples of 5m, so generated tests can sample them exactly");
        }
        if (a.shortWindow().compareTo(a.longWindow()) >= 0) {
          throw new DefinitionException(
              object, pair + ": the short window must be shorter than the long one");
        }
        if (a.longWindow().compareTo(period) >= 0) {
          throw new DefinitionException(
              object,
              pair
                  + ": the window "
                  + a.longWindow()
                  + " is "
                  + (a.longWindow().equals(period) ? "as long as" : "longer than")
                  + " the period "
                  + period
                  + "; use a period longer than "
                  + a.longWindow()
                  + " or shorter alert windows");
        }
        if (a.factor().signum() <= 0) {
          throw new DefinitionException(object, pair + ": the burn-rate factor must be above 0");
        }
        if (a.factor().multiply(budget).compareTo(BigDecimal.ONE) >= 0) {
          throw new DefinitionException(
              object,
              pair
                  + ": factor "
                  + Numbers.format(a.factor())
                  + " times the error budget "
                  + Numbers.format(budget)
                  + " is "
                  + Numbers.format(a.factor().multiply(budget))
                  + ", but an error ratio never exceeds 1, so the alert could never fire; lower the factor or the objective");
        }
      }
      Set<String> available = sli.labels();
      for (String label : groupBy) {
        if (RESERVED.contains(label)) {
          throw new DefinitionException(
              object, "cannot group by '" + label + "', a label the SLO rules set themselves");
        }
        if (!available.contains(label)) {
          throw new DefinitionException(
              object,
              "groups by '"
                  + label
                  + "', which the indicator's series do not carry (they carry "
                  + available
                  + "); group by one of those");
        }
      }
      if (new TreeSet<>(groupBy).size() != groupBy.size()) {
        throw new DefinitionException(object, "names a grouping label twice in " + groupBy);
      }
      for (String key : labels.keySet()) {
        if (!LABEL.matcher(key).matches()
            || key.startsWith("__")
            || RESERVED.contains(key)
            || key.equals("owner")
            || groupBy.contains(key)) {
          throw new DefinitionException(
              object,
              "label '"
                  + key
                  + "' is reserved or not a label name; the SLO rules set slo_service, slo_name, owner and severity");
        }
      }
      if (minEvents != null
          && (minEvents <= 0 || sli.totalEvents(Window.minutes(5), List.of()).isEmpty())) {
        throw new DefinitionException(
            object,
            "minEvents needs a positive count and an indicator that counts events, not a raw error ratio");
      }
      String file =
          alertFile == null ? (service + "_" + name + "_slo").replace('-', '_') : alertFile;
      if (!FILE.matcher(file).matches()) {
        throw new DefinitionException(
            object,
            "alert file '"
                + file
                + "' must be snake_case without extension, as in 'api_latency_slo'");
      }
      return new Slo(
          service,
          name,
          description.strip(),
          objective.stripTrailingZeros(),
          period,
          labels,
          Optional.ofNullable(owner),
          sli,
          groupBy,
          pairs,
          Optional.ofNullable(minEvents),
          file);
    }
  }
}
