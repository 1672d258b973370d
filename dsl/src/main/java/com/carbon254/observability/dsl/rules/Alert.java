package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.validation.DefinitionException;
import com.carbon254.observability.dsl.validation.UnderConstruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An alerting rule named {@code ALERT_<SERVICE>_<CONDITION>}. It is only complete with a severity,
 * a summary, a description, a runbook and promtool scenarios that show it firing above its
 * threshold and staying quiet below it.
 */
public record Alert(
    String name,
    Vector expr,
    Optional<Window> pendingFor,
    Severity severity,
    Map<String, String> extraLabels,
    String summary,
    String description,
    Runbook runbook,
    List<AlertScenario> scenarios,
    Optional<DashboardRef> dashboard)
    implements Rule {

  private static final Pattern NAME = Pattern.compile("ALERT_[A-Z0-9]+(_[A-Z0-9]+)+");
  private static final Set<String> RESERVED_LABELS = Set.of("alertname", "severity", "__name__");

  /**
   * Alertmanager groups notifications by {@code alertname, service} and inhibits warnings while the
   * same service pages, so every alert names its service, in snake_case.
   */
  public static final String SERVICE = "service";

  private static final Pattern SERVICE_VALUE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  public Alert {
    extraLabels = java.util.Collections.unmodifiableMap(new TreeMap<>(extraLabels));
    scenarios = List.copyOf(scenarios);
    java.util.Objects.requireNonNull(dashboard, "dashboard");
  }

  /** An alert that links no dashboard. */
  public Alert(
      String name,
      Vector expr,
      Optional<Window> pendingFor,
      Severity severity,
      Map<String, String> extraLabels,
      String summary,
      String description,
      Runbook runbook,
      List<AlertScenario> scenarios) {
    this(
        name,
        expr,
        pendingFor,
        severity,
        extraLabels,
        summary,
        description,
        runbook,
        scenarios,
        Optional.empty());
  }

  public static Builder named(String name) {
    UnderConstruction.begin(DefinitionException.name("alert", name));
    return new Builder(name);
  }

  @Override
  public String describe() {
    return DefinitionException.name("alert", name);
  }

  /**
   * The static {@code service} label; empty when the query's result carries the target's {@code
   * service} label instead (a target-down alert on {@code up}).
   */
  public Optional<String> service() {
    return Optional.ofNullable(extraLabels.get(SERVICE));
  }

  /**
   * The labels the rule sets itself (severity and extra labels); the query's result labels come on
   * top.
   */
  public Map<String, String> staticLabels() {
    Map<String, String> labels = new TreeMap<>(extraLabels);
    labels.put("severity", severity.label());
    return labels;
  }

  /** Annotations in the order Alertmanager templates and people read them. */
  public Map<String, String> annotations(RunbookSite site) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", summary);
    annotations.put("description", description);
    annotations.put("runbook_url", site.url(runbook));
    dashboard.ifPresent(d -> annotations.put("dashboard", d.url(site)));
    return annotations;
  }

  /** Collects the alert's parts; {@link #build()} refuses an incomplete alert with the fix. */
  public static final class Builder {
    private final String name;
    private Vector expr;
    private Window pendingFor;
    private Severity severity;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String summary;
    private String description;
    private Runbook runbook;
    private DashboardRef dashboard;
    private final List<AlertScenario> scenarios = new ArrayList<>();
    private final List<Vector> measuring = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The condition: series it returns are firing (once they stayed for {@link #pendingFor}). */
    public Builder when(Vector condition) {
      this.expr = condition;
      return this;
    }

    /** How long the condition must hold before the alert fires. */
    public Builder pendingFor(String window) {
      this.pendingFor = Window.of(window);
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * The service the alert is about, as on-call reads it: {@code gateway}, {@code model_serving},
     * {@code node}. Required, unless the query's result already carries {@code service}.
     */
    public Builder service(String service) {
      this.labels.put(SERVICE, service);
      return this;
    }

    /** A constant label; {@code label("service", x)} is {@link #service(String) service(x)}. */
    public Builder label(String key, String value) {
      this.labels.put(key, value);
      return this;
    }

    /**
     * What each condition measures, in order, where the default (the left-hand side of a comparison
     * with a number) does not exist: for {@code absent(up{job="x"})}, say, {@code
     * count(up{job="x"})}, the targets present. Give one query per condition of the alert.
     */
    public Builder measuring(Vector... perCondition) {
      this.measuring.clear();
      this.measuring.addAll(List.of(perCondition));
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder runbook(Runbook runbook) {
      this.runbook = runbook;
      return this;
    }

    /**
     * The Grafana dashboard to open when it fires: the {@code dashboard} annotation carries its
     * URL.
     */
    public Builder dashboard(DashboardRef dashboard) {
      this.dashboard = dashboard;
      return this;
    }

    /** A promtool scenario: input series and whether the alert fires or stays quiet. */
    public Builder scenario(AlertScenario scenario) {
      this.scenarios.add(scenario);
      return this;
    }

    public Alert build() {
      String object = DefinitionException.name("alert", name);
      if (name == null || !NAME.matcher(name).matches()) {
        throw new DefinitionException(
            object,
            "name must read ALERT_<SERVICE>_<CONDITION> in upper case, as in 'ALERT_GATEWAY_HIGH_ERROR_RATE'");
      }
      if (expr == null) {
        throw new DefinitionException(object, "has no condition; pass the query to .when(...)");
      }
      if (severity == null) {
        throw new DefinitionException(
            object, "has no severity; add .severity(Severity.PAGE|WARN|INFO)");
      }
      if (summary == null || summary.isBlank()) {
        throw new DefinitionException(
            object, "has no summary; add .summary(\"what is wrong, in one sentence\")");
      }
      if (description == null || description.isBlank()) {
        throw new DefinitionException(
            object, "has no description; add .description(\"impact and first thing to check\")");
      }
      if (runbook == null) {
        throw new DefinitionException(
            object,
            "has no runbook_url; add .runbook(Runbook.fromResource(getClass(), \"<slug>\")) with src/main/resources/runbooks/<slug>.md");
      }
      checkService(object);
      RuleLabels.check(
          object, labels, expr.labels(), RESERVED_LABELS, "use .severity(...) for severity");
      AnnotationTemplate.check(object, "summary", summary, expr.labels());
      AnnotationTemplate.check(object, "description", description, expr.labels());
      boolean fires = scenarios.stream().anyMatch(AlertScenario::expectsFiring);
      boolean quiet = scenarios.stream().anyMatch(s -> !s.expectsFiring());
      if (!fires || !quiet) {
        throw new DefinitionException(
            object,
            "needs promtool scenarios that show it "
                + (fires ? "" : "firing above its threshold")
                + (!fires && !quiet ? " and " : "")
                + (quiet ? "" : "staying quiet below it")
                + "; add .scenario(AlertScenario.named(...)...)");
      }
      List<Vector> measured = AlertConditions.measured(object, expr, measuring);
      List<AlertScenario> checked = new ArrayList<>();
      for (AlertScenario scenario : scenarios) {
        checked.add(scenario.checkAgainst(name, expr, measured));
      }
      UnderConstruction.end(object);
      return new Alert(
          name,
          expr,
          Optional.ofNullable(pendingFor),
          severity,
          labels,
          summary,
          description,
          runbook,
          checked,
          Optional.ofNullable(dashboard));
    }

    private void checkService(String object) {
      String service = labels.get(SERVICE);
      if (expr.labels().contains(SERVICE)) {
        if (service != null) {
          throw new DefinitionException(
              object,
              "sets service '"
                  + service
                  + "' but its query's result already carries the target label 'service'; either"
                  + " aggregate it away (sum without (service) (...), or by the labels to keep) or"
                  + " remove .service(...) and let the target's service label name the service");
        }
        return;
      }
      if (service == null) {
        throw new DefinitionException(
            object,
            "has no service label; add .service(\"<service>\") naming what on-call reads as the"
                + " service (gateway, model_serving, node...): Alertmanager groups and inhibits by"
                + " it");
      }
      if (!SERVICE_VALUE.matcher(service).matches()) {
        throw new DefinitionException(
            object, "service '" + service + "' is not snake_case; write it as in 'model_serving'");
      }
    }
  }
}
