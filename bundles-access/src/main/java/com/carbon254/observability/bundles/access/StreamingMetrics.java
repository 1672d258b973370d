package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.promql.Counter;
import com.carbon254.observability.dsl.promql.Gauge;
import com.carbon254.observability.dsl.promql.Histogram;

/**
 * The streaming service's metrics: WebSocket connections and the messages fanned out over them.
 * {@code streaming_active_ws_connections{tenant_id}} is the seed's taxonomy entry (section 8); the
 * rest follow its conventions (section 7). tenant_id is a bounded label here (one value per
 * customer organisation, not per user), so the cardinality rules accept it as a plain label.
 */
public final class StreamingMetrics {
  private StreamingMetrics() {}

  public static final Gauge ACTIVE_CONNECTIONS =
      Gauge.named("streaming_active_ws_connections")
          .help("WebSocket connections open on this streaming instance now, by tenant.")
          .labels("tenant_id");

  public static final Counter CONNECTIONS_OPENED =
      Counter.named("streaming_ws_connections_opened_total")
          .help(
              "WebSocket connections accepted (handshake completed and authenticated), by tenant.")
          .labels("tenant_id");

  /** Values of the {@code reason} label of {@link #CONNECTIONS_CLOSED}. */
  public static final class CloseReason {
    private CloseReason() {}

    /** The client sent a close frame: the user left or the app went to the background. */
    public static final String CLIENT_CLOSED = "client_closed";

    /**
     * The instance is shutting down gracefully (rollout, scale-in) and asked clients to reconnect.
     */
    public static final String SERVER_DRAINING = "server_draining";

    /** The client's token expired; it re-authenticates and reconnects by design. */
    public static final String AUTH_EXPIRED = "auth_expired";

    /** No pong within the keep-alive timeout: the network or the client went away. */
    public static final String IDLE_TIMEOUT = "idle_timeout";

    /** The client read too slowly and its send buffer filled; the server cut it off. */
    public static final String SLOW_CONSUMER = "slow_consumer";

    /** A protocol or internal error ended the connection. */
    public static final String ERROR = "error";

    /**
     * Closes someone planned: everything else (the three above and any reason added later) counts
     * as a drop, so a new failure mode is noticed rather than ignored.
     */
    public static final String PLANNED = CLIENT_CLOSED + "|" + SERVER_DRAINING + "|" + AUTH_EXPIRED;
  }

  public static final Counter CONNECTIONS_CLOSED =
      Counter.named("streaming_ws_connections_closed_total")
          .help(
              "WebSocket connections ended, by tenant and close reason (client_closed, server_draining,"
                  + " auth_expired, idle_timeout, slow_consumer, error).")
          .labels("tenant_id", "reason");

  /**
   * One per message per subscriber: the denominator of the delivery SLO. A message fanned out to 40
   * subscribers counts 40, so that delivered over published is a share of deliveries owed.
   */
  public static final Counter MESSAGES_PUBLISHED =
      Counter.named("streaming_messages_published_total")
          .help(
              "Messages queued for delivery to a subscriber, one per message and subscriber (the fan-out),"
                  + " by channel.")
          .labels("channel");

  /**
   * One per message written to a subscriber's socket: the numerator of the delivery SLO. It only
   * counts messages that {@link #MESSAGES_PUBLISHED} counted, so the ratio stays within 0 and 1.
   */
  public static final Counter MESSAGES_DELIVERED =
      Counter.named("streaming_messages_delivered_total")
          .help(
              "Messages written to a subscriber's WebSocket, one per message and subscriber, by channel;"
                  + " queued messages dropped for a slow or gone subscriber are not counted.")
          .labels("channel");

  /**
   * From the moment the message was queued for a subscriber to the moment it was written to the
   * socket. Healthy fan-out takes a few milliseconds; 250 ms is the latency-spike threshold, so it
   * is a bound, and the tail up to 5 s shows a stuck subscriber queue.
   */
  public static final Histogram DELIVERY_LATENCY =
      Histogram.named("streaming_delivery_latency_seconds")
          .help(
              "Time from a message queued for a subscriber to it written to the socket, in seconds, by channel.")
          .buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
          .labels("channel");
}
