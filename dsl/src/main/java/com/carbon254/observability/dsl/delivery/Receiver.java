package com.carbon254.observability.dsl.delivery;

import java.util.regex.Pattern;

/**
 * Where Alertmanager sends a notification. Every credential or URL that grants access is a {@link
 * SecretFile}: Alertmanager reads it from the mounted Secret, the generated file holds its path.
 *
 * <p>The pager is PagerDuty's Events API v2, whose integration key is read from a file; a plain
 * webhook's URL can only be read from a file from Alertmanager 0.26 on, and the Alertmanager and
 * amtool that check this configuration here (Debian's) are 0.25.
 */
public sealed interface Receiver {
  Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  String name();

  /** Whether people are told when the alert stops firing. */
  boolean sendResolved();

  /** PagerDuty Events API v2: pages the on-call person of the service the key belongs to. */
  record PagerDuty(String name, SecretFile routingKey, boolean sendResolved) implements Receiver {
    public PagerDuty {
      requireName(name);
    }
  }

  /** A Slack incoming webhook: posts into the channel the webhook was created for. */
  record Slack(String name, SecretFile webhookUrl, boolean sendResolved) implements Receiver {
    public Slack {
      requireName(name);
    }
  }

  static PagerDuty pagerDuty(String name, SecretFile routingKey) {
    return new PagerDuty(name, routingKey, true);
  }

  static Slack slack(String name, SecretFile webhookUrl) {
    return new Slack(name, webhookUrl, true);
  }

  private static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "receiver name '" + name + "' must be lower-case words joined by '-', as in 'low-noise'");
    }
  }
}
