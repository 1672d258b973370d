package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.promql.Expr;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Events drawn on every graph of the dashboard, from a Prometheus or Loki query: deploys, firing
 * alerts. Grafana's built-in annotation (its own annotations and alerts) is always there besides.
 *
 * <pre>{@code
 * Annotation.firingAlerts("ALERT_GATEWAY_.*")
 * Annotation.loki("Deploys", LogQL.stream("app", "argocd").contains("sync").query(), Color.BLUE)
 * }</pre>
 */
public record Annotation(
    String name,
    Datasource datasource,
    String query,
    Optional<Expr> expr,
    Color iconColor,
    String titleFormat,
    String textFormat,
    List<String> tagKeys,
    boolean enable) {
  public Annotation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(datasource, "datasource");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(iconColor, "iconColor");
    Objects.requireNonNull(titleFormat, "titleFormat");
    Objects.requireNonNull(textFormat, "textFormat");
    tagKeys = List.copyOf(tagKeys);
  }

  /** An event wherever a typed Prometheus query has a value. */
  public static Annotation prometheus(String name, Expr expr, Color color) {
    return new Annotation(
        name,
        Datasource.PROMETHEUS,
        expr.promql(),
        Optional.of(expr),
        color,
        "",
        "",
        List.of(),
        true);
  }

  /** A Prometheus query as text (e.g. on {@code ALERTS}, which no catalog declares); marked raw. */
  public static Annotation prometheusRaw(String name, String promql, Color color) {
    return new Annotation(
        name, Datasource.PROMETHEUS, promql, Optional.empty(), color, "", "", List.of(), true);
  }

  /** An event per matching log line, e.g. a deploy logged by the CD system. */
  public static Annotation loki(String name, LogQL query, Color color) {
    return new Annotation(
        name, Datasource.LOKI, query.text(), Optional.empty(), color, "", "", List.of(), true);
  }

  /**
   * The alerts of Prometheus whose name matches a regex, while they fire, titled by name and
   * severity.
   */
  public static Annotation firingAlerts(String alertNameRegex) {
    return prometheusRaw(
            "Firing alerts",
            "ALERTS{alertstate=\"firing\", alertname=~" + LogQL.quote(alertNameRegex) + "}",
            Color.RED)
        .titleFormat("{{alertname}}")
        .tagKeys("alertname", "severity");
  }

  /** {@code {{label}}} templates of the label values. */
  public Annotation titleFormat(String format) {
    return new Annotation(
        name, datasource, query, expr, iconColor, format, textFormat, tagKeys, enable);
  }

  public Annotation textFormat(String format) {
    return new Annotation(
        name, datasource, query, expr, iconColor, titleFormat, format, tagKeys, enable);
  }

  /** Labels that become the event's tags. */
  public Annotation tagKeys(String... keys) {
    return new Annotation(
        name,
        datasource,
        query,
        expr,
        iconColor,
        titleFormat,
        textFormat,
        Arrays.asList(keys),
        enable);
  }

  /** Shown only when the viewer switches it on. */
  public Annotation off() {
    return new Annotation(
        name, datasource, query, expr, iconColor, titleFormat, textFormat, tagKeys, false);
  }
}
