package com.carbon254.observability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carbon254.observability.dsl.render.RenderedTree;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nothing under generated/ holds a secret value: settings that carry one appear only as their
 * {@code _file} variants, and no text looks like a known kind of credential.
 */
class NoSecretsInGeneratedTest {
  private static final RenderedTree TREE = Rendering.renderAllOrThrow();

  /** Keys whose value is a credential wherever they appear (Alertmanager, Grafana, collector). */
  private static final Set<String> SECRET_KEYS =
      Set.of(
          "api_url",
          "routing_key",
          "service_key",
          "password",
          "basicAuthPassword",
          "bearer_token",
          "client_secret",
          "api_key",
          "secret",
          "token",
          "credentials",
          "auth_token",
          "webhook_url");

  /**
   * Credentials by their shape: Slack webhooks and tokens, private keys, AWS keys, URLs with a
   * password.
   */
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "hooks\\.slack\\.com/services/|xox[abpr]-[A-Za-z0-9-]+|-----BEGIN [A-Z ]*PRIVATE KEY|AKIA[0-9A-Z]{16}"
              + "|[a-z]+://[^/\\s:@]+:[^/\\s@]+@");

  @Test
  void noGeneratedFileHoldsASecretValue() throws IOException {
    List<String> found = new ArrayList<>();
    for (var file : TREE.files().entrySet()) {
      String path = file.getKey();
      var matcher = CREDENTIAL.matcher(file.getValue());
      while (matcher.find()) {
        found.add(path + ": looks like a credential: " + matcher.group());
      }
      JsonNode tree = null;
      if (path.endsWith(".yaml")) {
        tree = new YAMLMapper().readTree(file.getValue());
      } else if (path.endsWith(".json")) {
        tree = new ObjectMapper().readTree(file.getValue());
      }
      if (tree != null) {
        secretKeys(tree, path + ":$", found);
      }
    }
    assertEquals(List.of(), found);
  }

  /** The scan itself: it must see a secret where one is. */
  @Test
  void theScanFindsASecretKeyAndACredentialShapedValue() throws IOException {
    List<String> found = new ArrayList<>();
    secretKeys(
        new YAMLMapper().readTree("receivers:\n  - slack_configs:\n      - api_url: x\n"),
        "a",
        found);
    assertEquals(
        List.of(
            "a.receivers[0].slack_configs[0].api_url holds a value; read it from a file instead"),
        found);
    assertEquals(true, CREDENTIAL.matcher("url: https://user:pa55@example.org/").find());
  }

  private static void secretKeys(JsonNode node, String path, List<String> found) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        String at = path + "." + field.getKey();
        if (SECRET_KEYS.contains(field.getKey())
            && field.getValue().isValueNode()
            && !field.getValue().asText().isEmpty()) {
          found.add(at + " holds a value; read it from a file instead");
        }
        secretKeys(field.getValue(), at, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        secretKeys(node.get(i), path + "[" + i + "]", found);
      }
    }
  }
}
