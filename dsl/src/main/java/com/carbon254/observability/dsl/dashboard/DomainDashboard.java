package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Expr;
import com.carbon254.observability.dsl.rules.Runbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every domain dashboard of the platform shares, so that an on-call engineer finds the same
 * controls in the same place on each: the environment picker (the Prometheus of that environment),
 * a {@code job} filter and the domain's key label as variables; links to the domain's other
 * dashboards (by the domain tag) and to the runbooks of the alerts the dashboard is about; firing
 * alerts as annotations; and, first on the page, the alert state of the dashboard's services.
 *
 * <p>Alerts are found by their {@code service} label, which every alert of the platform carries.
 *
 * <pre>{@code
 * DashboardBuilder dashboard =
 *     DomainDashboard.of("access", "Streaming WebSocket", "access-streaming-ws")
 *         .description("...")
 *         .jobs(StreamingMetrics.ACTIVE_CONNECTIONS.select())
 *         .keyLabel("tenant_id", "Tenant", StreamingMetrics.ACTIVE_CONNECTIONS.select())
 *         .services("streaming")
 *         .runbook(StreamingRules.CHURN_RUNBOOK)
 *         .builder();
 * // then add panels whose queries match job=~"$job" and tenant_id=~"$tenant_id"
 * }</pre>
 */
public final class DomainDashboard {
  /** The variable every domain dashboard filters its queries with: {@code job=~"$job"}. */
  public static final String JOB = "job";

  private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z0-9_]*");

  /** A static service label (snake_case) or a Kubernetes Service name (kebab-case). */
  private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9_-]*");

  private final String domain;
  private final String title;
  private final String uid;
  private String description = "";
  private final List<String> tags = new ArrayList<>();
  private Expr jobs;
  private final Map<String, Variable> keyLabels = new LinkedHashMap<>();
  private final List<String> services = new ArrayList<>();
  private final Map<String, Runbook> runbooks = new LinkedHashMap<>();

  private DomainDashboard(String domain, String title, String uid) {
    this.domain = Objects.requireNonNull(domain, "domain");
    this.title = Objects.requireNonNull(title, "title");
    this.uid = Objects.requireNonNull(uid, "uid");
    if (!DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException(
          "domain '" + domain + "' must be snake_case, as the bundle and folder names are");
    }
  }

  /**
   * @param domain the dashboard folder and tag, e.g. {@code access}
   * @param uid the stable uid links and provisioning use
   */
  public static DomainDashboard of(String domain, String title, String uid) {
    return new DomainDashboard(domain, title, uid);
  }

  public DomainDashboard description(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /** Tags besides the domain, e.g. the service and the method (red, use). */
  public DomainDashboard tags(String... tags) {
    this.tags.addAll(List.of(tags));
    return this;
  }

  /**
   * The {@code job} variable: the jobs among the series this selector reads, all selected by
   * default. Queries of the dashboard match {@code job=~"$job"}.
   */
  public DomainDashboard jobs(Expr selector) {
    this.jobs = Objects.requireNonNull(selector, "selector");
    return this;
  }

  /**
   * A variable over the domain's key label (route, tenant, connector, market, model version...),
   * all selected by default, narrowed to the chosen jobs. Queries match {@code label=~"$label"}.
   */
  public DomainDashboard keyLabel(String label, String display, Expr selector) {
    Objects.requireNonNull(label, "label");
    if (keyLabels.containsKey(label)) {
      throw new IllegalArgumentException(
          "dashboard '" + title + "': key label '" + label + "' is declared twice");
    }
    keyLabels.put(
        label,
        QueryVariable.labelValues(label, selector, label)
            .label(Objects.requireNonNull(display, "display"))
            .multi()
            .includeAll());
    return this;
  }

  /**
   * The services whose alerts the dashboard shows (the alerts' {@code service} label): their alert
   * state first on the page, and their firing alerts as annotations on every panel.
   */
  public DomainDashboard services(String... services) {
    for (String service : services) {
      if (!SERVICE.matcher(service).matches()) {
        throw new IllegalArgumentException(
            "dashboard '" + title + "': service '" + service + "' is not a service label value");
      }
      this.services.add(service);
    }
    return this;
  }

  /** Links the runbook of an alert the dashboard is about; the link reads the runbook's title. */
  public DomainDashboard runbook(Runbook runbook) {
    runbooks.putIfAbsent(runbook.slug(), runbook);
    return this;
  }

  /**
   * A dashboard builder with the shared header: tags, variables, links, annotations and the alert
   * state row. Add the dashboard's own rows and panels to it.
   */
  public DashboardBuilder builder() {
    if (jobs == null) {
      throw new IllegalStateException(
          "dashboard '" + title + "': call jobs(selector) so the dashboard can filter by job");
    }
    if (services.isEmpty()) {
      throw new IllegalStateException(
          "dashboard '"
              + title
              + "': call services(...) with the service labels of the alerts it is about");
    }
    List<String> allTags = new ArrayList<>(List.of(domain));
    allTags.addAll(tags);
    DashboardBuilder dashboard =
        new DashboardBuilder(title)
            .uid(uid)
            .description(description)
            .tags(allTags.toArray(String[]::new))
            .time("now-6h", "now")
            .refresh("1m")
            .withVariable(
                QueryVariable.labelValues(JOB, jobs, JOB).label("Job").multi().includeAll());
    keyLabels.values().forEach(dashboard::withVariable);
    dashboard.withLink(
        DashboardLink.dashboardsTagged(capitalized(domain) + " dashboards", domain)
            .tooltip("The other dashboards of the " + domain + " domain"));
    runbooks
        .values()
        .forEach(r -> dashboard.withLink(DashboardLink.runbook("Runbook: " + r.title(), r)));
    dashboard.withAnnotation(
        Annotation.prometheusRaw("Firing alerts", alerts("firing"), Color.RED)
            .titleFormat("{{alertname}}")
            .tagKeys("alertname", "severity"));
    return dashboard.withElements(alertState());
  }

  private List<DashboardElement> alertState() {
    String matcher = serviceMatcher();
    return List.of(
        new RowBuilder("Alerts").build(),
        new AlertListPanelBuilder("Alerts now")
            .description(
                "Firing and pending alerts of "
                    + String.join(", ", services)
                    + ", most severe first. Each links to its rule and runbook.")
            .labelFilter("{" + matcher + "}")
            .sortOrder(AlertListSortOrder.IMPORTANCE)
            .span(8)
            .build(),
        new StateTimelinePanelBuilder("Alert history")
            .description(
                "When the alerts of "
                    + String.join(", ", services)
                    + " were pending (orange) or firing (red), from Prometheus' ALERTS series.")
            // 2 while firing, 1 while pending: one row per alert whose colour tells the state.
            .withTarget(
                PrometheusQuery.raw(
                        "max by (alertname) (2 * "
                            + alerts("firing")
                            + " or "
                            + alerts("pending")
                            + ")")
                    .legend("{{alertname}}"))
            .mappings(
                ValueMapping.value("2", ValueMapping.MappingResult.text("firing").color(Color.RED)),
                ValueMapping.value(
                    "1", ValueMapping.MappingResult.text("pending").color(Color.ORANGE)),
                ValueMapping.special(
                    SpecialValue.NULL, ValueMapping.MappingResult.text("ok").color(Color.GREEN)))
            .noValue("no alert fired in this time range")
            .span(16)
            .build());
  }

  private String alerts(String state) {
    return "ALERTS{alertstate=\"" + state + "\", " + serviceMatcher() + "}";
  }

  private String serviceMatcher() {
    return services.size() == 1
        ? "service=\"" + services.get(0) + "\""
        : "service=~\"" + String.join("|", services) + "\"";
  }

  /** "Access", "Data processing"; an acronym-length name is an acronym: "ML". */
  private static String capitalized(String domain) {
    if (domain.length() <= 2) {
      return domain.toUpperCase(java.util.Locale.ROOT);
    }
    String words = domain.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
