package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.promql.Window;
import java.util.List;

/**
 * How long each signal is kept and which traces are kept at all (seed sections 13 and 17): one
 * policy from which the collector, Tempo and Loki configurations and the published {@code
 * retention-policy.yaml} and {@code sampling-strategy.yaml} are rendered, so they cannot disagree.
 * The latency targets come from the bundles.
 */
public record TelemetryPolicy(
    Window metricsRetention,
    Window tracesRetention,
    Window logsRetention,
    boolean keepErrorTraces,
    int baselinePercent,
    Window decisionWait,
    List<LatencyTarget> latencyTargets) {

  public TelemetryPolicy {
    latencyTargets = List.copyOf(latencyTargets);
    if (baselinePercent < 0 || baselinePercent > 100) {
      throw new IllegalArgumentException(
          "baseline sampling must be a percentage, not " + baselinePercent);
    }
  }

  /**
   * The seed's values: PROM_RETENTION 15d, TEMPO_RETENTION 48h, LOKI_RETENTION 72h, 10 % baseline.
   */
  public static TelemetryPolicy seed(List<LatencyTarget> latencyTargets) {
    return new TelemetryPolicy(
        Window.days(15),
        Window.hours(48),
        Window.hours(72),
        true,
        10,
        // A trace's spans arrive within seconds of its root span ending; 10 s holds nearly all of
        // them, and every trace held costs collector memory for that long.
        Window.seconds(10),
        latencyTargets);
  }

  /**
   * Go's {@code time.ParseDuration} (Tempo, the collector) knows no days: durations are written in
   * hours, minutes or seconds, e.g. {@code 48h}.
   */
  static String goDuration(Window window) {
    long seconds = window.seconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
