package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** Builds a text panel: markdown (default), HTML or code. It has no queries. */
public final class TextPanelBuilder extends PanelBuilder<TextPanelBuilder> {
  private TextMode mode = TextMode.MARKDOWN;
  private String content = "";

  public TextPanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public TextPanelBuilder markdown(String markdown) {
    this.mode = TextMode.MARKDOWN;
    this.content = Objects.requireNonNull(markdown, "markdown");
    return this;
  }

  public TextPanelBuilder content(TextMode mode, String content) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.content = Objects.requireNonNull(content, "content");
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Text(mode, content);
  }
}
