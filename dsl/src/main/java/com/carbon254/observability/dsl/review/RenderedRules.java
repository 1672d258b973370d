package com.carbon254.observability.dsl.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rule groups, alerts and recordings of rendered Prometheus rule files. */
public final class RenderedRules {
  private RenderedRules() {}

  /** Prometheus's default when a group sets no interval. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

  /** A rule group as a rule file declares it. */
  public record Group(
      String file, String name, String interval, List<Alert> alerts, List<Recording> recordings) {
    public Group {
      alerts = List.copyOf(alerts);
      recordings = List.copyOf(recordings);
    }

    /** How often the group runs; the default when it says nothing or something unreadable. */
    public Duration every() {
      return PromDuration.parse(interval).orElse(DEFAULT_INTERVAL);
    }
  }

  public record Alert(
      String file,
      String group,
      String name,
      String expr,
      PromExpr query,
      String pendingFor,
      Map<String, String> labels,
      Map<String, String> annotations) {
    public Alert {
      labels = new TreeMap<>(labels);
      annotations = new TreeMap<>(annotations);
    }

    /** The {@code for} duration; zero when the alert has none. */
    public Duration forDuration() {
      return PromDuration.parse(pendingFor).orElse(Duration.ZERO);
    }

    public Optional<String> severity() {
      return Optional.ofNullable(labels.get("severity"));
    }
  }

  public record Recording(
      String file,
      String group,
      String name,
      String expr,
      PromExpr query,
      Map<String, String> labels) {
    public Recording {
      labels = new TreeMap<>(labels);
    }

    /**
     * The series it produces: its name and its static labels, e.g. {@code
     * x:rate5m{quantile="0.5"}}.
     */
    public String series() {
      if (labels.isEmpty()) {
        return name;
      }
      StringBuilder s = new StringBuilder(name).append('{');
      labels.forEach(
          (k, v) ->
              s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ")
                  .append(k)
                  .append("=\"")
                  .append(v)
                  .append('"'));
      return s.append('}').toString();
    }
  }
}
