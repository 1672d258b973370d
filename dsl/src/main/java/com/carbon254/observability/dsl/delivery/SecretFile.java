package com.carbon254.observability.dsl.delivery;

import java.util.regex.Pattern;

/**
 * A value kept in a Kubernetes Secret and read by its consumer from the file the Secret is mounted
 * as, so the generated configuration names where the value is and never holds it. The Secrets are
 * created outside git (k8s/README.md).
 */
public record SecretFile(String mountRoot, String secret, String key) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  public SecretFile {
    if (!mountRoot.startsWith("/") || mountRoot.endsWith("/")) {
      throw new IllegalArgumentException(
          "mount root '" + mountRoot + "' must be absolute, without a trailing '/'");
    }
    if (!NAME.matcher(secret).matches()) {
      throw new IllegalArgumentException("'" + secret + "' is not a Kubernetes Secret name");
    }
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("'" + key + "' is not a Kubernetes Secret key");
    }
  }

  /**
   * A key of a Secret that the Prometheus Operator mounts into Alertmanager, as listed in the
   * Alertmanager resource's {@code spec.secrets}.
   */
  public static SecretFile alertmanager(String secret, String key) {
    return new SecretFile("/etc/alertmanager/secrets", secret, key);
  }

  public String path() {
    return mountRoot + "/" + secret + "/" + key;
  }
}
