package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.CorrelationKeys;
import com.carbon254.observability.dsl.datasource.Datasource;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from metrics to traces and logs (section 14 of the platform design): Explore links to Tempo
 * and Loki by the stack's fixed data source uids ({@link Datasource}), which the Grafana
 * provisioning creates, so they resolve on every Grafana the folder is synced to.
 *
 * <p>Exemplars are the other way from a latency graph to a trace: a query asks for them with {@link
 * PrometheusQuery#exemplars()}, and the Prometheus data source links each exemplar's {@link
 * #EXEMPLAR_TRACE_ID_LABEL} label to {@link #EXEMPLAR_DESTINATION}.
 */
public final class Correlation {
  private Correlation() {}

  /** The exemplar label that carries the trace id: {@link CorrelationKeys#TRACE_ID}. */
  public static final String EXEMPLAR_TRACE_ID_LABEL = CorrelationKeys.TRACE_ID;

  /** Where exemplars lead: the provisioning sets Prometheus' exemplarTraceIdDestinations to it. */
  public static final Datasource EXEMPLAR_DESTINATION = Datasource.TEMPO;

  /** Recent traces of a service in Tempo, over the panel's time range. */
  public static DataLink tracesOf(String serviceName) {
    TraceQL query = TraceQL.service(serviceName).query();
    ObjectNode target = Documents.object();
    target.put("refId", "A");
    target.set("datasource", datasource(Datasource.TEMPO));
    target.put("queryType", "traceql");
    target.put("query", query.text());
    return DataLink.to("Traces of " + serviceName + " in Tempo", explore(Datasource.TEMPO, target));
  }

  /**
   * Logs of the clicked series in Loki: the stream selector {@code logs} narrowed to the series'
   * values of {@code labels} ({@code route="${__field.labels.route}"}).
   */
  public static DataLink logsOf(LogQL.Selector logs, String... labels) {
    LogQL.Selector narrowed = logs;
    for (String label : labels) {
      narrowed = narrowed.where(label, "${__field.labels." + label + "}");
    }
    return DataLink.to("Logs in Loki", explore(Datasource.LOKI, lokiTarget(narrowed.query())));
  }

  /**
   * Logs of the clicked trace: the lines of {@code logs} whose {@code trace_id} is the clicked
   * value.
   */
  public static DataLink logsOfTrace(LogQL.Selector logs) {
    LogQL query = logs.labelEquals(CorrelationKeys.TRACE_ID, "${__value.raw}").query();
    return DataLink.to("Logs of this trace in Loki", explore(Datasource.LOKI, lokiTarget(query)));
  }

  private static ObjectNode lokiTarget(LogQL query) {
    ObjectNode target = Documents.object();
    target.put("refId", "A");
    target.set("datasource", datasource(Datasource.LOKI));
    target.put("expr", query.text());
    return target;
  }

  private static ObjectNode datasource(Datasource datasource) {
    return Documents.object().put("type", datasource.type()).put("uid", datasource.uid());
  }

  /** Grafana's Explore URL (schema 1, one pane), over the time range of the dashboard. */
  private static String explore(Datasource datasource, ObjectNode target) {
    ObjectNode pane = Documents.object();
    pane.put("datasource", datasource.uid());
    pane.putArray("queries").add(target);
    pane.putObject("range").put("from", "${__from}").put("to", "${__to}");
    ObjectNode panes = Documents.object();
    panes.set("a", pane);
    return "/explore?schemaVersion=1&orgId=1&panes=" + encode(panes.toString());
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*\\}");

  /**
   * Percent-encodes a query parameter, leaving {@code ${...}} variables as they are: Grafana
   * replaces them in the URL when the link is clicked.
   */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = VARIABLE.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(percentEncode(text.substring(last, m.start()))).append(m.group());
      last = m.end();
    }
    return out.append(percentEncode(text.substring(last))).toString();
  }

  private static String percentEncode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
