package com.carbon254.observability.dsl.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What every Kubernetes manifest of {@code generated/} shares: the namespace it is synced into, the
 * labels Prometheus' and Grafana's selectors match, and the one way a fabric8 object becomes a
 * Jackson tree for {@link com.carbon254.observability.dsl.render.RenderedTree#addYaml}.
 */
public final class Manifests {
  private Manifests() {}

  /** The seed's namespace (section 18); the k8s/ stack runs Prometheus and Grafana there. */
  public static final String NAMESPACE = "observability";

  /**
   * Every generated resource carries it; the Prometheus ruleSelector and serviceMonitorSelector
   * match it.
   */
  public static final String PART_OF_LABEL = "app.kubernetes.io/part-of";

  public static final String PART_OF = "254carbon-observability";

  /**
   * The functional domain (the bundle) a resource belongs to, so Prometheus can be sharded by
   * domain (seed section 19) with a selector on this label alone.
   */
  public static final String DOMAIN_LABEL = "observability.254carbon.io/domain";

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  /**
   * fabric8 orders each object's fields by its own {@code @JsonPropertyOrder} and leaves out unset
   * fields; maps (labels, annotations, data) are sorted here so that their order never depends on
   * the map a builder was handed. Numbers stay exact, as {@code Documents} requires.
   */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  /** The manifest as a Jackson tree, ready for {@code RenderedTree.addYaml}. */
  public static JsonNode tree(HasMetadata resource) {
    return MAPPER.valueToTree(resource);
  }

  private static final YAMLMapper YAML_READER = YAMLMapper.builder().build();

  /**
   * Reads a manifest back into its fabric8 type, refusing any field the type does not know: fabric8
   * keeps unknown fields aside instead of failing, so a misspelt field would otherwise pass.
   */
  public static <T extends HasMetadata> T parse(String yaml, Class<T> type) {
    T resource;
    try {
      resource = YAML_READER.readValue(yaml, type);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
    List<String> unknown = new ArrayList<>();
    unknownFields(resource, "$", unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
    if (!unknown.isEmpty()) {
      Collections.sort(unknown); // getMethods() has no fixed order
      throw new IllegalArgumentException(
          type.getSimpleName() + " has fields its type does not know: " + unknown);
    }
    return resource;
  }

  private static void unknownFields(
      Object value, String path, List<String> unknown, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        unknownFields(list.get(i), path + "[" + i + "]", unknown, seen);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object field;
      try {
        field = getter.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + path + " through " + getter, e);
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        ((Map<?, ?>) field).keySet().forEach(key -> unknown.add(path + "." + key));
      } else {
        unknownFields(field, path + "." + getter.getName().substring(3), unknown, seen);
      }
    }
  }

  /** Metadata of a resource of {@code domain}: name, namespace and the stack's selector labels. */
  static ObjectMetaBuilder metadata(String name, String domain) {
    requireName(name);
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(NAMESPACE)
        .withLabels(new TreeMap<>(Map.of(PART_OF_LABEL, PART_OF, DOMAIN_LABEL, domain)));
  }

  /** Bundle and folder names are snake_case; Kubernetes names are DNS labels. */
  static String kubernetesName(String... parts) {
    String name = String.join("-", parts).replace('_', '-').toLowerCase(Locale.ROOT);
    requireName(name);
    return name;
  }

  private static void requireName(String name) {
    // Names come from validated bundle, job and dashboard names: a failure here is a renderer bug.
    if (!DNS_LABEL.matcher(name).matches()) {
      throw new IllegalStateException("'" + name + "' is not a Kubernetes name (a DNS-1123 label)");
    }
  }

  static ObjectMeta meta(String name, String domain) {
    return metadata(name, domain).build();
  }
}
