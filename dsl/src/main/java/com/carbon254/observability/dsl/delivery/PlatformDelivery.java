package com.carbon254.observability.dsl.delivery;

import com.carbon254.observability.dsl.rules.Severity;
import java.util.List;

/**
 * How the stack delivers what the bundles define, for every domain at once: alert routing (and,
 * further on, the telemetry pipeline's policy). The values follow the seed's sections 12, 13 and
 * 17; the k8s/ stack mounts the Secrets named here.
 */
public final class PlatformDelivery {
  private PlatformDelivery() {}

  /** The Secret the Alertmanager resource lists in {@code spec.secrets}; created outside git. */
  public static final String RECEIVER_SECRET = "alertmanager-receivers";

  /** Pages the on-call person: PagerDuty's integration key of the platform's service. */
  public static final Receiver PAGER =
      Receiver.pagerDuty("pager", SecretFile.alertmanager(RECEIVER_SECRET, "pager-routing-key"));

  /** The team channel, through the seed's ALERT_ROUTING_SLACK_WEBHOOK. */
  public static final Receiver SLACK =
      Receiver.slack("slack", SecretFile.alertmanager(RECEIVER_SECRET, "slack-webhook-url"));

  /**
   * A quiet channel that people read when they look for context; a resolved info alert is not worth
   * a second message.
   */
  public static final Receiver LOW_NOISE =
      new Receiver.Slack(
          "low-noise", SecretFile.alertmanager(RECEIVER_SECRET, "low-noise-url"), false);

  /** The label that names the service an alert is about, for grouping and inhibition. */
  public static final String SERVICE_LABEL = "service";

  public static final AlertRouting ROUTING =
      AlertRouting.builder()
          .groupBy("alertname", SERVICE_LABEL)
          // A page goes out within seconds and is repeated hourly until someone resolves it.
          .route(Severity.PAGE, PAGER, AlertRouting.Timing.of("10s", "5m", "1h"))
          // Alertmanager's defaults: working-hours attention, reminded twice a day at most.
          .route(Severity.WARN, SLACK, AlertRouting.Timing.of("30s", "5m", "4h"))
          // Read as a digest: batched for minutes, reminded once a day.
          .route(Severity.INFO, LOW_NOISE, AlertRouting.Timing.of("5m", "30m", "24h"))
          // An alert without a known severity is a mistake in a rule; the team channel shows it.
          .fallback(SLACK)
          // A page already says the service is in trouble; its warn and info alerts add noise.
          // Equal on service alone: every alert names its service, while job is absent from
          // alerts aggregated past it (SLO burn rates, ratios by route), so requiring job too
          // would let those through. A page without a service inhibits nothing (the renderer
          // requires the equal labels on the source), so a rule that forgot the label cannot
          // silence every other label-less alert.
          .inhibit(Severity.PAGE, List.of(Severity.WARN, Severity.INFO), SERVICE_LABEL)
          .build();
}
