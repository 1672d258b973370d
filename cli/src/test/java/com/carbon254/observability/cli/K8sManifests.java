package com.carbon254.observability.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads multi-document Kubernetes YAML and checks the rules every workload of the stack follows:
 * the restricted security context on the pod and on every container, requests and limits, pinned
 * images, writable paths on volumes, secrets only by reference.
 *
 * <p>Each check returns its problems as sentences instead of failing at the first, so that a test
 * shows them all and a test of the checks themselves can see what a bad manifest produces.
 */
final class K8sManifests {
  private K8sManifests() {}

  static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());

  /**
   * The containers the Prometheus Operator generates for each resource kind; an entry of the same
   * name in the resource's {@code containers} or {@code initContainers} is merged into them, which
   * is the only way to set their security context and resources.
   */
  static final Map<String, List<String>> OPERATOR_CONTAINERS =
      Map.of(
          "Prometheus", List.of("prometheus", "config-reloader"),
          "Alertmanager", List.of("alertmanager", "config-reloader"));

  static final List<String> OPERATOR_INIT_CONTAINERS = List.of("init-config-reloader");

  private static final Set<String> POD_TEMPLATE_KINDS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

  /** Environment variable names whose value must come from a Secret. */
  static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|secret|token|webhook|api_?key|api_?url|credential).*");

  /** Every document of a multi-document YAML text; empty documents are left out. */
  static List<JsonNode> parseAll(String yaml) {
    List<JsonNode> documents = new ArrayList<>();
    try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
      while (values.hasNextValue()) {
        JsonNode document = values.nextValue();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("not YAML:\n" + yaml, e);
    }
    return documents;
  }

  static String kind(JsonNode document) {
    return document.path("kind").asText();
  }

  static String name(JsonNode document) {
    return document.path("metadata").path("name").asText();
  }

  /** {@code Kind/name}, the way kubectl names a resource. */
  static String id(JsonNode document) {
    return kind(document) + "/" + name(document);
  }

  static boolean isWorkload(JsonNode document) {
    return POD_TEMPLATE_KINDS.contains(kind(document))
        || kind(document).equals("CronJob")
        || OPERATOR_CONTAINERS.containsKey(kind(document));
  }

  /** The pod spec of a workload: the template's, or for Operator resources the resource's spec. */
  static JsonNode podSpec(JsonNode workload) {
    String kind = kind(workload);
    if (kind.equals("CronJob")) {
      return workload.path("spec").path("jobTemplate").path("spec").path("template").path("spec");
    }
    if (OPERATOR_CONTAINERS.containsKey(kind)) {
      return workload.path("spec");
    }
    return workload.path("spec").path("template").path("spec");
  }

  /** Containers and init containers of a workload, each as {@code (label, node)}. */
  static List<Map.Entry<String, JsonNode>> containers(JsonNode workload) {
    List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
    JsonNode pod = podSpec(workload);
    for (String field : List.of("initContainers", "containers")) {
      for (JsonNode container : pod.path(field)) {
        all.add(
            Map.entry(
                id(workload) + " " + field + "[" + container.path("name").asText() + "]",
                container));
      }
    }
    return all;
  }

  /**
   * The restricted security context and bounded resources on every pod and container of every
   * workload; for Operator resources, also that every container the operator generates is named,
   * since an unnamed one would run with the operator's defaults.
   */
  static List<String> securityProblems(List<JsonNode> documents) {
    List<String> problems = new ArrayList<>();
    for (JsonNode workload : documents) {
      if (!isWorkload(workload)) {
        continue;
      }
      JsonNode pod = podSpec(workload);
      JsonNode podContext = pod.path("securityContext");
      expect(problems, id(workload) + " pod securityContext", podContext, "runAsNonRoot", "true");
      expect(
          problems,
          id(workload) + " pod securityContext.seccompProfile",
          podContext.path("seccompProfile"),
          "type",
          "RuntimeDefault");
      List<Map.Entry<String, JsonNode>> containers = containers(workload);
      if (containers.isEmpty()) {
        problems.add(id(workload) + " has no containers");
      }
      List<String> operatorNames = OPERATOR_CONTAINERS.get(kind(workload));
      if (operatorNames != null) {
        requireNamed(problems, workload, "containers", operatorNames);
        requireNamed(problems, workload, "initContainers", OPERATOR_INIT_CONTAINERS);
      }
      for (Map.Entry<String, JsonNode> entry : containers) {
        String where = entry.getKey();
        JsonNode container = entry.getValue();
        JsonNode context = container.path("securityContext");
        expect(problems, where + " securityContext", context, "runAsNonRoot", "true");
        expect(problems, where + " securityContext", context, "readOnlyRootFilesystem", "true");
        expect(problems, where + " securityContext", context, "allowPrivilegeEscalation", "false");
        expect(
            problems,
            where + " securityContext.seccompProfile",
            context.path("seccompProfile"),
            "type",
            "RuntimeDefault");
        if (context.path("privileged").asBoolean(false)) {
          problems.add(where + " is privileged");
        }
        JsonNode drop = context.path("capabilities").path("drop");
        if (!(drop.size() == 1 && drop.get(0).asText().equals("ALL"))) {
          problems.add(
              where + " securityContext.capabilities.drop is " + drop + ", expected [ALL]");
        }
        if (context.path("capabilities").has("add")) {
          problems.add(where + " adds capabilities " + context.path("capabilities").path("add"));
        }
        for (String bound : List.of("requests", "limits")) {
          for (String resource : List.of("cpu", "memory")) {
            JsonNode value = container.path("resources").path(bound).path(resource);
            if (value.isMissingNode() || value.asText().isBlank()) {
              problems.add(where + " has no resources." + bound + "." + resource);
            }
          }
        }
      }
    }
    return problems;
  }

  /** Images with a tag that is neither missing nor {@code latest}, or a digest. */
  static List<String> imageProblems(List<JsonNode> documents) {
    List<String> problems = new ArrayList<>();
    for (JsonNode workload : documents) {
      if (!isWorkload(workload)) {
        continue;
      }
      List<Map.Entry<String, JsonNode>> images = new ArrayList<>();
      if (OPERATOR_CONTAINERS.containsKey(kind(workload))) {
        // The operator runs `image` when set and otherwise picks one for `version`; require both.
        images.add(Map.entry(id(workload) + " spec.image", workload.path("spec").path("image")));
        if (!workload.path("spec").path("version").asText().matches("v\\d+\\.\\d+\\.\\d+")) {
          problems.add(
              id(workload)
                  + " spec.version is '"
                  + workload.path("spec").path("version").asText()
                  + "', expected vX.Y.Z");
        }
      } else {
        containers(workload)
            .forEach(c -> images.add(Map.entry(c.getKey() + " image", c.getValue().path("image"))));
      }
      for (Map.Entry<String, JsonNode> image : images) {
        String reference = image.getValue().asText();
        if (!isPinned(reference)) {
          problems.add(
              image.getKey() + " '" + reference + "' is not pinned to a version tag or digest");
        }
      }
    }
    return problems;
  }

  static boolean isPinned(String reference) {
    if (reference.contains("@sha256:")) {
      return true;
    }
    int slash = reference.lastIndexOf('/');
    int colon = reference.lastIndexOf(':');
    if (colon <= slash) {
      return false; // no tag: the registry serves latest
    }
    String tag = reference.substring(colon + 1);
    return !tag.isEmpty() && !tag.equals("latest");
  }

  /**
   * Writable paths are volumes: a container mounts {@code /tmp}, every mount names a volume of its
   * pod, and no volume is a hostPath.
   */
  static List<String> volumeProblems(List<JsonNode> documents) {
    List<String> problems = new ArrayList<>();
    for (JsonNode workload : documents) {
      if (!isWorkload(workload) || OPERATOR_CONTAINERS.containsKey(kind(workload))) {
        continue; // the operator mounts the volumes of the containers it generates
      }
      JsonNode pod = podSpec(workload);
      Map<String, JsonNode> volumes = new java.util.TreeMap<>();
      pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
      volumes.forEach(
          (name, volume) -> {
            if (volume.has("hostPath")) {
              problems.add(id(workload) + " volume " + name + " is a hostPath");
            }
          });
      for (Map.Entry<String, JsonNode> entry : containers(workload)) {
        boolean tmp = false;
        for (JsonNode mount : entry.getValue().path("volumeMounts")) {
          String volumeName = mount.path("name").asText();
          JsonNode volume = volumes.get(volumeName);
          if (volume == null) {
            problems.add(
                entry.getKey() + " mounts " + volumeName + ", which is not a volume of the pod");
            continue;
          }
          if (mount.path("mountPath").asText().equals("/tmp")) {
            tmp = volume.has("emptyDir");
          }
        }
        if (!tmp) {
          problems.add(
              entry.getKey()
                  + " has no emptyDir mounted at /tmp, which a read-only root file system needs");
        }
      }
    }
    return problems;
  }

  /**
   * No Secret is created and every environment variable whose name says it holds a secret reads it
   * from a Secret.
   */
  static List<String> secretProblems(List<JsonNode> documents) {
    List<String> problems = new ArrayList<>();
    for (JsonNode document : documents) {
      if (kind(document).equals("Secret")) {
        problems.add(
            id(document) + " is a Secret in the manifests; create it outside git (k8s/README.md)");
      }
      if (!isWorkload(document)) {
        continue;
      }
      for (Map.Entry<String, JsonNode> entry : containers(document)) {
        for (JsonNode env : entry.getValue().path("env")) {
          String name = env.path("name").asText();
          if (SECRET_NAME.matcher(name).matches() && !env.path("valueFrom").has("secretKeyRef")) {
            problems.add(
                entry.getKey()
                    + " env "
                    + name
                    + " is not read from a Secret (valueFrom.secretKeyRef)");
          }
        }
      }
    }
    return problems;
  }

  /** The names of the Secrets the manifests reference: env, volumes and Operator fields. */
  static Set<String> referencedSecrets(List<JsonNode> documents) {
    Set<String> names = new java.util.TreeSet<>();
    for (JsonNode document : documents) {
      document.findValues("secretKeyRef").forEach(ref -> names.add(ref.path("name").asText()));
      document.findValues("secret").forEach(ref -> names.add(ref.path("secretName").asText()));
      if (OPERATOR_CONTAINERS.containsKey(kind(document))) {
        JsonNode spec = document.path("spec");
        if (spec.has("configSecret")) {
          names.add(spec.path("configSecret").asText());
        }
        spec.path("secrets").forEach(secret -> names.add(secret.asText()));
      }
    }
    names.remove("");
    return names;
  }

  private static void requireNamed(
      List<String> problems, JsonNode workload, String field, List<String> names) {
    Set<String> present = new java.util.TreeSet<>();
    podSpec(workload).path(field).forEach(c -> present.add(c.path("name").asText()));
    for (String name : names) {
      if (!present.contains(name)) {
        problems.add(
            id(workload)
                + " spec."
                + field
                + " does not name the operator's container "
                + name
                + ", so it runs without the security context and resources set here");
      }
    }
  }

  private static void expect(
      List<String> problems, String where, JsonNode node, String field, String expected) {
    JsonNode value = node.path(field);
    if (value instanceof MissingNode || !value.asText().equals(expected)) {
      problems.add(
          where
              + "."
              + field
              + " is "
              + (value.isMissingNode() ? "not set" : value.asText())
              + ", expected "
              + expected);
    }
  }

  static Path repositoryRoot() {
    return GeneratedTrees.committedFolder().getParent();
  }
}
