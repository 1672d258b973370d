package com.carbon254.observability.dsl.promql;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The seed's naming and cardinality conventions, enforced in one place when a metric is declared.
 */
public final class MetricRules {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /**
   * Prometheus' own metric name syntax without the colon, which belongs to recording rules.
   * Exporters use it with upper case: node_exporter's {@code node_memory_MemAvailable_bytes},
   * ClickHouse's {@code ClickHouseMetrics_Query}.
   */
  private static final Pattern EXPORTER_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private static final int MIN_NAME_PARTS = 3;

  /** Non-base units and the base unit to use instead. */
  private static final Map<String, String> NON_BASE_UNITS =
      Map.ofEntries(
          Map.entry("ms", "seconds"),
          Map.entry("msec", "seconds"),
          Map.entry("msecs", "seconds"),
          Map.entry("sec", "seconds"),
          Map.entry("secs", "seconds"),
          Map.entry("mins", "seconds"),
          Map.entry("hrs", "seconds"),
          Map.entry("kib", "bytes"),
          Map.entry("mib", "bytes"),
          Map.entry("gib", "bytes"),
          Map.entry("pct", "ratio"),
          Map.entry("millis", "seconds"),
          Map.entry("milliseconds", "seconds"),
          Map.entry("us", "seconds"),
          Map.entry("microseconds", "seconds"),
          Map.entry("ns", "seconds"),
          Map.entry("nanoseconds", "seconds"),
          Map.entry("minutes", "seconds"),
          Map.entry("hours", "seconds"),
          Map.entry("days", "seconds"),
          Map.entry("kb", "bytes"),
          Map.entry("kilobytes", "bytes"),
          Map.entry("mb", "bytes"),
          Map.entry("megabytes", "bytes"),
          Map.entry("gb", "bytes"),
          Map.entry("gigabytes", "bytes"),
          Map.entry("bits", "bytes"),
          Map.entry("percent", "ratio"));

  private static final List<String> HISTOGRAM_SERIES_SUFFIXES =
      List.of("_bucket", "_count", "_sum");

  /** Labels whose raw values are unbounded identifiers; allowed only when declared hashed. */
  private static final Set<String> HASH_OR_DROP =
      Set.of(
          "instrument_id",
          "user_id",
          "account_id",
          "order_id",
          "customer_id",
          "client_id",
          "email",
          "ip",
          "ip_address",
          "client_ip",
          "user_agent",
          "url",
          "path",
          "query_string");

  /** Labels with a value per request: no hashing makes them bounded. */
  private static final Set<String> PER_REQUEST =
      Set.of("trace_id", "span_id", "request_id", "session_id");

  /** Labels Prometheus gives a meaning of its own. */
  private static final Set<String> RESERVED = Set.of("le", "quantile", "__name__");

  private MetricRules() {}

  static void checkName(MetricType type, String name, boolean external) {
    String object = DefinitionException.name("metric", name);
    if (external) {
      // An exporter's names are its own; we select them as they are, if Prometheus can.
      if (name == null || !EXPORTER_NAME.matcher(name).matches()) {
        throw new DefinitionException(
            DefinitionException.name("metric", String.valueOf(name)),
            "is not a Prometheus metric name; copy the exporter's name exactly as its /metrics page prints it"
                + " (letters, digits and '_')");
      }
      return;
    }
    if (name == null || !SNAKE_CASE.matcher(name).matches()) {
      throw new DefinitionException(
          DefinitionException.name("metric", String.valueOf(name)),
          "name is not snake_case; use lower-case words joined by '_', as in 'gateway_http_requests_total'");
    }
    boolean endsInTotal = name.endsWith("_total");
    if (type == MetricType.COUNTER && !endsInTotal) {
      throw new DefinitionException(
          object, "a counter's name must end in '_total'; rename it to '" + name + "_total'");
    }
    if (type != MetricType.COUNTER && endsInTotal) {
      throw new DefinitionException(
          object,
          "only counters end in '_total', this is a "
              + type.word()
              + "; drop the suffix or declare it with Counter.named(...)");
    }
    for (String suffix : HISTOGRAM_SERIES_SUFFIXES) {
      if (name.endsWith(suffix)) {
        throw new DefinitionException(
            object,
            "'"
                + suffix
                + "' is the suffix of a histogram's own series; name the metric without it");
      }
    }
    String[] parts =
        (endsInTotal ? name.substring(0, name.length() - "_total".length()) : name).split("_");
    for (String part : parts) {
      String base = NON_BASE_UNITS.get(part);
      if (base != null) {
        throw new DefinitionException(
            object,
            "'"
                + part
                + "' is not a base unit; record "
                + base
                + " and name it '"
                + renamed(name, part, base)
                + "'");
      }
    }
    if (parts.length < MIN_NAME_PARTS) {
      throw new DefinitionException(
          object,
          "name must read <service>_<area>_<metric>, as in 'gateway_http_requests_total'; add the service and area");
    }
  }

  /** {@code name} with every word equal to {@code from} replaced by {@code to}. */
  private static String renamed(String name, String from, String to) {
    String[] words = name.split("_");
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(from)) {
        words[i] = to;
      }
    }
    return String.join("_", words);
  }

  static void checkLabels(String metricName, List<Label> labels) {
    String object = DefinitionException.name("metric", metricName);
    Set<String> seen = new HashSet<>();
    for (Label label : labels) {
      String name = label.name();
      if (name == null || !SNAKE_CASE.matcher(name).matches()) {
        throw new DefinitionException(
            object, "label '" + name + "' is not snake_case; use lower-case words joined by '_'");
      }
      if (!seen.add(name)) {
        throw new DefinitionException(
            object, "label '" + name + "' is declared twice; declare it once");
      }
      if (RESERVED.contains(name)) {
        throw new DefinitionException(
            object, "label '" + name + "' is reserved by Prometheus; choose another name");
      }
      if (TargetLabels.ALL.contains(name)) {
        throw new DefinitionException(
            object,
            "label '"
                + name
                + "' is attached by the scrape target; do not declare it on the metric");
      }
      if (PER_REQUEST.contains(name)) {
        throw new DefinitionException(
            object,
            "label '"
                + name
                + "' takes a new value on every request and would create a series per request; carry it in exemplars or logs instead");
      }
      if (HASH_OR_DROP.contains(name) && !label.hashed()) {
        throw new DefinitionException(
            object,
            "label '"
                + name
                + "' is high-cardinality; declare it with .hashedLabel(\""
                + name
                + "\") so its values are a bounded set of hash buckets, or drop it");
      }
    }
  }

  static void checkHelp(String metricName, String help) {
    if (help == null || help.isBlank()) {
      throw new DefinitionException(
          DefinitionException.name("metric", metricName),
          "help text is empty; say what the metric counts or measures, in its unit");
    }
  }
}
