package com.carbon254.observability.dsl.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grafana's ids of panel options, override properties, field matchers and value mappings, read from
 * their {@link GrafanaId}.
 */
class GrafanaIdTest {

  /** The simple names of the variants of {@code sealed} that carry no id. */
  private static List<String> withoutId(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses())
        .filter(variant -> !variant.isAnnotationPresent(GrafanaId.class))
        .map(Class::getSimpleName)
        .toList();
  }

  @Test
  void everyVariantHasAnId() {
    assertEquals(List.of(), withoutId(PanelOptions.class));
    assertEquals(List.of(), withoutId(OverrideProperty.class));
    assertEquals(List.of(), withoutId(FieldMatcher.class));
    assertEquals(List.of(), withoutId(ValueMapping.class));
  }

  @Test
  void idsAreGrafanas() {
    assertEquals("traces", new PanelOptions.Traces().type());
    assertEquals("unit", new OverrideProperty.UnitProperty("s").id());
    assertEquals("custom.lineWidth", new OverrideProperty.LineWidth(2).id());
    assertEquals("custom.transform", new OverrideProperty.NegativeY().id());
    assertEquals("byFrameRefID", new FieldMatcher.ByQuery("A").id());
    assertEquals("byName", new FieldMatcher.ByName("5xx").id());
    assertEquals(
        "special",
        ValueMapping.special(SpecialValue.NULL, ValueMapping.MappingResult.text("none")).type());
  }
}
