package com.carbon254.observability.dsl.dashboard;

/** A field's data type, as the field-type override matcher reads it. */
public enum FieldType {
  NUMBER("number"),
  STRING("string"),
  TIME("time"),
  BOOLEAN("boolean"),
  OTHER("other");

  private final String json;

  FieldType(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
