package com.carbon254.observability.dsl.platform;

import com.carbon254.observability.dsl.bundle.BundleContent;
import com.carbon254.observability.dsl.bundle.LintSilence;
import com.carbon254.observability.dsl.lint.Lint;
import com.carbon254.observability.dsl.lint.LintConfig;
import com.carbon254.observability.dsl.lint.LintReport;
import com.carbon254.observability.dsl.render.RenderedTree;
import com.carbon254.observability.dsl.review.RenderedSnapshot;
import com.carbon254.observability.dsl.rules.RunbookSite;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lints a validated platform: what it renders, with the silences its bundles declare. The lint
 * itself reads rendered files only; this is where the platform's bundles hand it their silences.
 */
public final class PlatformLint {
  private PlatformLint() {}

  public static LintReport run(Platform platform, RunbookSite site) {
    return run(platform, PlatformRenderer.render(platform, site), LintConfig.DEFAULT);
  }

  /** Lints a tree already rendered from {@code platform}, so a command renders only once. */
  public static LintReport run(Platform platform, RenderedTree rendered, LintConfig config) {
    Map<String, List<LintSilence>> silences = new TreeMap<>();
    for (BundleContent bundle : platform.bundles()) {
      if (!bundle.lintSilences().isEmpty()) {
        silences.put(bundle.bundle(), bundle.lintSilences());
      }
    }
    return Lint.run(RenderedSnapshot.read(rendered.files()), config, silences);
  }
}
