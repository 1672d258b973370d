package com.carbon254.observability.dsl.dashboard;

import java.util.Objects;

/** A free text the viewer types, e.g. a trace id or a tenant to filter on. */
public record TextBoxVariable(String name, String label, String defaultValue) implements Variable {
  public TextBoxVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }

  public static TextBoxVariable of(String name, String defaultValue) {
    return new TextBoxVariable(name, "", defaultValue);
  }

  @Override
  public String type() {
    return "textbox";
  }

  public TextBoxVariable label(String label) {
    return new TextBoxVariable(name, label, defaultValue);
  }
}
