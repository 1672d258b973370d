package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Renders field config: standard options, thresholds, mappings, links, colors and overrides. */
final class FieldConfigRenderer {
  private FieldConfigRenderer() {}

  static ObjectNode standard(PanelCore core) {
    StandardOptions standard = core.standard();
    ObjectNode defaults = Documents.object();
    defaults.put("unit", standard.unit());
    standard.min().ifPresent(min -> defaults.put("min", Numbers.decimal(min)));
    standard.max().ifPresent(max -> defaults.put("max", Numbers.decimal(max)));
    standard.decimals().ifPresent(decimals -> defaults.put("decimals", decimals));
    standard.displayName().ifPresent(name -> defaults.put("displayName", name));
    standard.noValue().ifPresent(text -> defaults.put("noValue", text));
    defaults.set("thresholds", thresholds(core.thresholds()));
    defaults.set("color", color(standard.color()));
    defaults.set("mappings", mappings(core.mappings()));
    if (!core.links().isEmpty()) {
      defaults.set("links", links(core.links()));
    }
    return defaults;
  }

  // The base step has no value: Grafana reads null as minus infinity, which JSON cannot write.
  static ObjectNode thresholds(Thresholds thresholds) {
    ObjectNode json = Documents.object();
    json.put("mode", thresholds.mode().json());
    ArrayNode steps = json.putArray("steps");
    steps.addObject().put("color", thresholds.base().value()).putNull("value");
    for (Thresholds.Step step : thresholds.steps()) {
      steps
          .addObject()
          .put("color", step.color().value())
          .put("value", Numbers.decimal(step.value()));
    }
    return json;
  }

  static ObjectNode color(FieldColor color) {
    ObjectNode json = Documents.object().put("mode", color.mode().json());
    color.fixedColor().ifPresent(c -> json.put("fixedColor", c.value()));
    color.seriesBy().ifPresent(by -> json.put("seriesBy", by.json()));
    return json;
  }

  /** Grafana numbers the results of all mappings of a field in order ({@code index}). */
  static ArrayNode mappings(List<ValueMapping> mappings) {
    ArrayNode json = Documents.array();
    int index = 0;
    for (ValueMapping mapping : mappings) {
      ObjectNode item = json.addObject();
      item.put("type", mapping.type());
      ObjectNode options = item.putObject("options");
      ObjectNode result = result(mapping.result(), index++);
      if (mapping instanceof ValueMapping.Value value) {
        options.set(value.value(), result);
      } else if (mapping instanceof ValueMapping.Range range) {
        bound(options, "from", range.from());
        bound(options, "to", range.to());
        options.set("result", result);
      } else if (mapping instanceof ValueMapping.Regex regex) {
        options.put("pattern", regex.pattern());
        options.set("result", result);
      } else if (mapping instanceof ValueMapping.Special special) {
        options.put("match", special.match().json());
        options.set("result", result);
      }
    }
    return json;
  }

  // An open end of a range is null, as Grafana's editor stores an empty bound.
  private static void bound(ObjectNode options, String key, java.util.OptionalDouble bound) {
    if (bound.isPresent()) {
      options.put(key, Numbers.decimal(bound.getAsDouble()));
    } else {
      options.putNull(key);
    }
  }

  private static ObjectNode result(ValueMapping.MappingResult result, int index) {
    ObjectNode json = Documents.object();
    result.text().ifPresent(text -> json.put("text", text));
    result.color().ifPresent(color -> json.put("color", color.value()));
    json.put("index", index);
    return json;
  }

  /**
   * Data links in the shape of the foundation SDK's schema, which types field links as dashboard
   * links; Grafana reads title, url and targetBlank and ignores the rest.
   */
  static ArrayNode links(List<DataLink> links) {
    ArrayNode json = Documents.array();
    for (DataLink link : links) {
      ObjectNode item = json.addObject();
      item.put("title", link.title());
      item.put("type", "link");
      item.put("icon", LinkIcon.EXTERNAL_LINK.json());
      item.put("tooltip", "");
      item.put("url", link.url());
      item.putArray("tags");
      item.put("asDropdown", false);
      item.put("targetBlank", link.targetBlank());
      item.put("includeVars", false);
      item.put("keepTime", false);
    }
    return json;
  }

  static ArrayNode overrides(List<FieldOverride> overrides) {
    ArrayNode json = Documents.array();
    for (FieldOverride override : overrides) {
      ObjectNode item = json.addObject();
      item.putObject("matcher")
          .put("id", override.matcher().id())
          .put("options", override.matcher().option());
      ArrayNode properties = item.putArray("properties");
      for (OverrideProperty property : override.properties()) {
        properties.addObject().put("id", property.id()).set("value", value(property));
      }
    }
    return json;
  }

  private static JsonNode value(OverrideProperty property) {
    ObjectNode nodes = Documents.object();
    if (property instanceof OverrideProperty.UnitProperty unit) {
      return nodes.textNode(unit.unit());
    } else if (property instanceof OverrideProperty.Min min) {
      return nodes.numberNode(Numbers.decimal(min.value()));
    } else if (property instanceof OverrideProperty.Max max) {
      return nodes.numberNode(Numbers.decimal(max.value()));
    } else if (property instanceof OverrideProperty.Decimals decimals) {
      return nodes.numberNode(decimals.value());
    } else if (property instanceof OverrideProperty.DisplayName name) {
      return nodes.textNode(name.value());
    } else if (property instanceof OverrideProperty.NoValue noValue) {
      return nodes.textNode(noValue.value());
    } else if (property instanceof OverrideProperty.ColorProperty color) {
      return color(color.color());
    } else if (property instanceof OverrideProperty.ThresholdsProperty thresholds) {
      return thresholds(thresholds.thresholds());
    } else if (property instanceof OverrideProperty.Mappings mappings) {
      return mappings(mappings.mappings());
    } else if (property instanceof OverrideProperty.Links links) {
      return links(links.links());
    } else if (property instanceof OverrideProperty.LineWidth width) {
      return nodes.numberNode(width.value());
    } else if (property instanceof OverrideProperty.FillOpacity opacity) {
      return nodes.numberNode(opacity.value());
    } else if (property instanceof OverrideProperty.DrawStyle style) {
      return nodes.textNode(style.value().json());
    } else if (property instanceof OverrideProperty.Axis axis) {
      return nodes.textNode(axis.value().json());
    } else if (property instanceof OverrideProperty.Stacking stacking) {
      return Documents.object().put("group", "A").put("mode", stacking.value().json());
    } else if (property instanceof OverrideProperty.NegativeY) {
      return nodes.textNode("negative-Y");
    } else if (property instanceof OverrideProperty.HideFrom hide) {
      return Documents.object()
          .put("legend", hide.legend())
          .put("tooltip", hide.tooltip())
          .put("viz", hide.viz());
    } else if (property instanceof OverrideProperty.CellType cell) {
      return Documents.object().put("type", cell.value().json());
    } else if (property instanceof OverrideProperty.ColumnWidth width) {
      return nodes.numberNode(width.pixels());
    }
    throw new IllegalStateException("no renderer for override property " + property.id());
  }
}
