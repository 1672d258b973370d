package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret value anywhere under k8s/ or in the Makefile: Secrets are created outside git. */
class NoLiteralSecretsTest {
  @Test
  void k8sAndTheMakefileHoldNoSecretValue() {
    Path root = K8sManifests.repositoryRoot();
    List<String> findings = new java.util.ArrayList<>(SecretScanner.scan(root.resolve("k8s")));
    findings.addAll(SecretScanner.scan(root.resolve("Makefile")));
    assertTrue(findings.isEmpty(), "secret values in git:\n  " + String.join("\n  ", findings));
  }

  /** The scan can fail: each kind of leak in a file is found. */
  @Test
  void theScanFindsEveryKindOfLeak(@TempDir Path temp) throws IOException {
    Files.writeString(
        temp.resolve("leaks.yaml"),
        """
        apiVersion: v1
        kind: Secret
        metadata: {name: grafana-admin}
        stringData:
          admin-password: hunter2
        ---
        global:
          slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
        receivers:
          - name: pager
            webhook_configs:
              - url: https://user:hunter2@pager.example.com/hook
        env:
          - name: GF_SECURITY_ADMIN_PASSWORD
            value: hunter2
        ---
        secretGenerator:
          - name: x
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        temp.resolve("settings.env"),
        "PROM_RETENTION=15d\nSLACK_WEBHOOK=x\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        temp.resolve("fine.yaml"),
        """
        configSecret: alertmanager-config
        automountServiceAccountToken: false
        webhook_configs:
          - url_file: /etc/alertmanager/secrets/alertmanager-receivers/pager-url
        env:
          - name: GF_SECURITY_ADMIN_PASSWORD
            valueFrom: {secretKeyRef: {name: grafana-admin, key: admin-password}}
        """,
        StandardCharsets.UTF_8);
    List<String> findings = SecretScanner.scan(temp);
    assertEquals(
        List.of(
            "leaks.yaml: a webhook URL https://hooks.slack.com/services/T000/B000/XXXX",
            "leaks.yaml: a URL with a password https://user:hunter2@",
            "leaks.yaml: Secret/grafana-admin is a Secret; create it with kubectl (k8s/README.md)",
            "leaks.yaml: admin-password has a literal value",
            "leaks.yaml: slack_api_url has a literal value",
            "leaks.yaml: GF_SECURITY_ADMIN_PASSWORD has a literal value",
            "leaks.yaml: a secretGenerator puts secret values in git",
            "settings.env: SLACK_WEBHOOK is a secret value in a settings file"),
        findings);
  }
}
