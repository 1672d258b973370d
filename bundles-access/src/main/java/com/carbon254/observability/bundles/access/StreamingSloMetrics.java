package com.carbon254.observability.bundles.access;

import com.carbon254.observability.dsl.promql.Counter;

/**
 * The two streaming counters the delivery SLO divides. They belong in the streaming catalog; they
 * are declared here, with the streaming catalog's names, labels and help, until that catalog is on
 * main, and then this file goes and {@link AccessSlos} imports them from there.
 */
public final class StreamingSloMetrics {
  private StreamingSloMetrics() {}

  /**
   * One per message per subscriber: the denominator of the delivery SLO. A message fanned out to
   * 40 subscribers counts 40, so that delivered over published is a share of deliveries owed.
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
}
