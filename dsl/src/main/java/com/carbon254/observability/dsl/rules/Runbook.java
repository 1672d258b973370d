package com.carbon254.observability.dsl.rules;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A runbook a bundle ships as {@code src/main/resources/runbooks/<slug>.md}. Alerts link to it by
 * object, so an alert cannot point at a runbook that does not exist.
 */
public record Runbook(String slug, String title, String markdown) {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Runbook {
    String object = DefinitionException.name("runbook", slug);
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw new DefinitionException(object, "slug must be kebab-case, as in 'high-api-error-rate'");
    }
    if (markdown != null) {
      // Editors leave a byte-order mark or CR line ends; generated text has neither.
      markdown = markdown.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
    }
    if (markdown == null || !markdown.startsWith("# ")) {
      throw new DefinitionException(object, "runbook text must start with a '# Title' line");
    }
    if (!markdown.endsWith("\n")) {
      markdown = markdown + "\n";
    }
  }

  /** Loads {@code runbooks/<slug>.md} from the classpath of {@code anchor}'s module. */
  public static Runbook fromResource(Class<?> anchor, String slug) {
    String path = "/runbooks/" + slug + ".md";
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new DefinitionException(
            DefinitionException.name("runbook", slug),
            "no file src/main/resources"
                + path
                + " in the module of "
                + anchor.getSimpleName()
                + "; write the runbook there");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      String title = text.lines().findFirst().orElse("").replaceFirst("^# ", "").strip();
      return new Runbook(slug, title, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Path of the published runbook inside {@code generated/}. */
  public String generatedPath() {
    return "docs/runbooks/" + slug + ".md";
  }
}
