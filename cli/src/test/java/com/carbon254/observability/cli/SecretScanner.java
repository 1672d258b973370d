package com.carbon254.observability.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds secret values written into files: a Secret manifest or secretGenerator, a field or
 * environment variable named like a password, token or webhook with a literal value, a webhook URL
 * of a chat or paging service, a URL with a password in it. References (a Secret's name, a {@code
 * *_file} path, {@code secretKeyRef}) are what the files should hold instead.
 */
final class SecretScanner {
  private SecretScanner() {}

  /** Field names that hold a secret value when their value is a literal string. */
  static final Pattern SECRET_FIELD =
      Pattern.compile(
          "(?i).*(password|passwd|webhook|token|api_?url|api_?key|credential|client_?secret|secret_?key).*");

  /** Field names that hold a reference to a secret, never the value. */
  private static final Pattern REFERENCE_FIELD =
      Pattern.compile("(?i).*(_file|file|ref|name|names)$");

  private static final Pattern WEBHOOK_URL =
      Pattern.compile(
          "(?i)https?://(hooks\\.slack\\.com/|events\\.pagerduty\\.com/|[a-z.]*discord(app)?\\.com/api/webhooks|[a-z.]*office\\.com/webhook)\\S*");

  /**
   * A URL with user:password@ in it; a {@code $VARIABLE} in the password is a template, not a
   * value.
   */
  private static final Pattern URL_PASSWORD = Pattern.compile("[a-z]+://[^/\\s:@$]+:[^/\\s@$]+@");

  /** Every finding in the files under {@code root} (or {@code root} itself), as "path: what". */
  static List<String> scan(Path root) {
    List<String> findings = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      String where = root.relativize(file).toString();
      if (where.isEmpty()) {
        where = file.getFileName().toString();
      }
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      scanText(where, text, findings);
      String name = file.getFileName().toString();
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        for (JsonNode document : K8sManifests.parseAll(text)) {
          scanDocument(where, document, findings);
        }
      } else if (name.endsWith(".env")) {
        for (String line : text.split("\n", -1)) {
          String key = line.split("=", 2)[0].trim();
          if (!key.startsWith("#") && SECRET_FIELD.matcher(key).matches()) {
            findings.add(where + ": " + key + " is a secret value in a settings file");
          }
        }
      }
    }
    return findings;
  }

  private static void scanText(String where, String text, List<String> findings) {
    Matcher webhook = WEBHOOK_URL.matcher(text);
    while (webhook.find()) {
      findings.add(where + ": a webhook URL " + webhook.group());
    }
    Matcher password = URL_PASSWORD.matcher(text);
    while (password.find()) {
      findings.add(where + ": a URL with a password " + password.group());
    }
  }

  private static void scanDocument(String where, JsonNode document, List<String> findings) {
    if (K8sManifests.kind(document).equals("Secret")) {
      findings.add(
          where
              + ": "
              + K8sManifests.id(document)
              + " is a Secret; create it with kubectl (k8s/README.md)");
    }
    if (document.has("secretGenerator")) {
      findings.add(where + ": a secretGenerator puts secret values in git");
    }
    scanNode(where, document, findings);
  }

  private static void scanNode(String where, JsonNode node, List<String> findings) {
    if (node.isArray()) {
      node.forEach(element -> scanNode(where, element, findings));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    // An environment variable or similar {name, value} pair named like a secret.
    if (node.path("name").isTextual()
        && node.path("value").isTextual()
        && SECRET_FIELD.matcher(node.path("name").asText()).matches()
        && !node.path("value").asText().isEmpty()) {
      findings.add(where + ": " + node.path("name").asText() + " has a literal value");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (value.isTextual()
          && !value.asText().isEmpty()
          && SECRET_FIELD.matcher(key).matches()
          && !REFERENCE_FIELD.matcher(key).matches()) {
        findings.add(where + ": " + key + " has a literal value");
      }
      scanNode(where, value, findings);
    }
  }
}
