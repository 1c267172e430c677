package io.shapeforge.samples.ssm.imported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.runtime.validation.Validator;
import io.shapeforge.runtime.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every constraint of AWS's SSM model, read from the committed JSON service model (not from
 * the imported spec, so an import that lost a constraint is caught), and checks the generated
 * validator of each structure that has it: a value just past each bound is refused with AWS's
 * message at AWS's path, and the bound itself is accepted (no violation of that constraint).
 *
 * <ul>
 *   <li>{@code min}/{@code max} of strings, lists, maps and blobs: lengths {@code min - 1}, {@code
 *       min}, {@code max + 1} and {@code max}; a string's full message is compared, a collection's
 *       path and constraint text (its value rendering is not AWS-documented);
 *   <li>{@code min}/{@code max} of integers: the values past and at each bound, full message;
 *   <li>{@code required}: the member left out gives {@code Value null ... Member must not be null};
 *   <li>{@code pattern}: a violating value is taken from a fixed list of candidates when one of
 *       them contains no match ({@code find()}, Smithy's semantics); a pattern every candidate
 *       matches is counted as skipped. A matching value cannot be found mechanically for every
 *       pattern, so only refusal is checked.
 * </ul>
 *
 * Error shapes are skipped: they are outputs, and have no validator.
 */
class ConstraintCrossCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Path MODEL = Path.of("src", "main", "model", "ssm-2014-11-06.c2j.json");
  private static final String MODEL_PACKAGE = "io.shapeforge.samples.ssm.imported.model.";
  private static final List<String> PATTERN_CANDIDATES =
      List.of("", " ", "!", "\n", "-", "a", "A", "0", "/", "#?%", "\u00e9", "a".repeat(3000));

  /**
   * Lengths past this are not built, and counted as skipped; SSM's largest length bound is far
   * below it.
   */
  private static final long LARGEST_BUILT = 1 << 20;

  private JsonNode shapes;
  private final List<String> mismatches = new ArrayList<>();
  private final Map<String, Integer> checked = new TreeMap<>();
  private final Map<String, Integer> skipped = new TreeMap<>();

  @Test
  void everyConstraintOfTheModelIsEnforcedAsAwsReportsIt() throws Exception {
    shapes = JSON.readTree(Files.readAllBytes(MODEL)).get("shapes");
    int structures = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = shapes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> shape = it.next();
      if (!"structure".equals(shape.getValue().path("type").asText())
          || shape.getValue().path("exception").asBoolean()) {
        continue;
      }
      structures++;
      checkStructure(shape.getKey(), shape.getValue());
    }
    int total = checked.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "SSM constraint cross-check: %d structures, %d checks %s, skipped %s, %d mismatches%n",
        structures, total, checked, skipped, mismatches.size());
    assertEquals(
        List.of(),
        mismatches.subList(0, Math.min(40, mismatches.size())),
        mismatches.size() + " mismatches");
    assertTrue(total > 2000, "checks: " + total);
  }

  private void checkStructure(String name, JsonNode shape) throws Exception {
    Class<?> model = modelClass(name);
    @SuppressWarnings("unchecked")
    Validator<Object> validator =
        (Validator<Object>)
            Class.forName(model.getName() + "Validator").getField("INSTANCE").get(null);
    for (JsonNode required : shape.path("required")) {
      String path = path(required.asText());
      List<Violation> violations = validator.violationsOf(JSON.readValue("{}", model));
      expect(
          name,
          "required",
          path,
          violations,
          "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      JsonNode target = shapes.get(member.getValue().get("shape").asText());
      String type = target.get("type").asText();
      boolean sensitive =
          target.path("sensitive").asBoolean() || member.getValue().path("sensitive").asBoolean();
      String path = path(member.getKey());
      if (target.has("min")) {
        bound(
            name,
            model,
            validator,
            member.getKey(),
            path,
            target,
            type,
            sensitive,
            target.get("min"),
            true);
      }
      if (target.has("max")) {
        bound(
            name,
            model,
            validator,
            member.getKey(),
            path,
            target,
            type,
            sensitive,
            target.get("max"),
            false);
      }
      if (target.has("pattern")) {
        pattern(
            name,
            model,
            validator,
            member.getKey(),
            path,
            target.get("pattern").asText(),
            sensitive);
      }
    }
  }

  private void bound(
      String shapeName,
      Class<?> model,
      Validator<Object> validator,
      String wire,
      String path,
      JsonNode target,
      String type,
      boolean sensitive,
      JsonNode bound,
      boolean min)
      throws Exception {
    String kind = type + (min ? ".min" : ".max");
    long at = bound.asLong();
    long past = min ? at - 1 : at + 1;
    String direction = min ? "greater" : "less";
    switch (type) {
      case "string", "list", "map", "blob" -> {
        if (at > LARGEST_BUILT) {
          count(skipped, kind + " (bound " + at + " too large to build)");
          return;
        }
        String constraint = "Member must have length " + direction + " than or equal to " + at;
        if (past >= 0) {
          List<Violation> refused =
              validator.violationsOf(
                  JSON.treeToValue(with(wire, sized(target, type, past)), model));
          if (type.equals("string")) {
            expect(
                shapeName,
                kind,
                path,
                refused,
                message(path, "a".repeat((int) past), sensitive, constraint));
          } else {
            expectConstraint(shapeName, kind, path, refused, constraint);
          }
        }
        List<Violation> accepted =
            validator.violationsOf(JSON.treeToValue(with(wire, sized(target, type, at)), model));
        expectNone(shapeName, kind, path, accepted, constraint);
      }
      case "integer", "long" -> {
        String constraint =
            "Member must have value " + direction + " than or equal to " + bound.asText();
        List<Violation> refused =
            validator.violationsOf(JSON.treeToValue(with(wire, NODES.numberNode(past)), model));
        expect(
            shapeName,
            kind,
            path,
            refused,
            message(path, Long.toString(past), sensitive, constraint));
        List<Violation> accepted =
            validator.violationsOf(JSON.treeToValue(with(wire, NODES.numberNode(at)), model));
        expectNone(shapeName, kind, path, accepted, constraint);
      }
      default -> count(skipped, kind + " (type " + type + ")");
    }
  }

  private void pattern(
      String shapeName,
      Class<?> model,
      Validator<Object> validator,
      String wire,
      String path,
      String regex,
      boolean sensitive)
      throws Exception {
    Pattern compiled = Pattern.compile(regex);
    String violating =
        PATTERN_CANDIDATES.stream()
            .filter(c -> !compiled.matcher(c).find())
            .findFirst()
            .orElse(null);
    if (violating == null) {
      count(skipped, "pattern (every candidate matches)");
      return;
    }
    List<Violation> refused =
        validator.violationsOf(JSON.treeToValue(with(wire, NODES.textNode(violating)), model));
    expect(
        shapeName,
        "pattern",
        path,
        refused,
        message(
            path,
            violating,
            sensitive,
            "Member must satisfy regular expression pattern: " + regex));
  }

  /** A value of {@code size} characters, elements, entries or bytes. */
  private JsonNode sized(JsonNode target, String type, long size) {
    int n = (int) size;
    return switch (type) {
      case "string" -> NODES.textNode("a".repeat(n));
      case "blob" -> NODES.textNode(Base64.getEncoder().encodeToString(new byte[n]));
      case "list" -> {
        ArrayNode list = NODES.arrayNode();
        JsonNode element = sample(shapes.get(target.get("member").get("shape").asText()));
        for (int i = 0; i < n; i++) {
          list.add(element);
        }
        yield list;
      }
      case "map" -> {
        ObjectNode map = NODES.objectNode();
        JsonNode value = sample(shapes.get(target.get("value").get("shape").asText()));
        for (int i = 0; i < n; i++) {
          map.set("k" + i, value);
        }
        yield map;
      }
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** Some well-typed value of a shape; it need not be valid, only decodable. */
  private JsonNode sample(JsonNode shape) {
    return switch (shape.get("type").asText()) {
      case "string" -> NODES.textNode(shape.has("enum") ? shape.get("enum").get(0).asText() : "a");
      case "integer", "long" -> NODES.numberNode(shape.path("min").asLong(0));
      case "double", "float" -> NODES.numberNode(0.0);
      case "boolean" -> NODES.booleanNode(true);
      case "timestamp" -> NODES.numberNode(0);
      case "blob" -> NODES.textNode("");
      case "list" -> NODES.arrayNode();
      default -> NODES.objectNode();
    };
  }

  private static ObjectNode with(String wire, JsonNode value) {
    ObjectNode object = NODES.objectNode();
    object.set(wire, value);
    return object;
  }

  private void expect(
      String shape, String kind, String path, List<Violation> violations, String message) {
    count(checked, kind);
    if (violations.stream().noneMatch(v -> v.path().equals(path) && v.message().equals(message))) {
      mismatches.add(
          shape
              + "."
              + path
              + " "
              + kind
              + ": expected <"
              + abbreviate(message)
              + "> among "
              + abbreviate(violations.toString()));
    }
  }

  private void expectConstraint(
      String shape, String kind, String path, List<Violation> violations, String constraint) {
    count(checked, kind);
    if (violations.stream()
        .noneMatch(v -> v.path().equals(path) && v.constraint().equals(constraint))) {
      mismatches.add(
          shape
              + "."
              + path
              + " "
              + kind
              + ": expected <"
              + constraint
              + "> among "
              + abbreviate(violations.toString()));
    }
  }

  private void expectNone(
      String shape, String kind, String path, List<Violation> violations, String constraint) {
    count(checked, kind + " (bound accepted)");
    if (violations.stream()
        .anyMatch(v -> v.path().equals(path) && v.constraint().contains(constraint))) {
      mismatches.add(
          shape
              + "."
              + path
              + " "
              + kind
              + ": the bound itself was refused: "
              + abbreviate(violations.toString()));
    }
  }

  private static String message(String path, String value, boolean sensitive, String constraint) {
    return "Value"
        + (sensitive ? "" : " '" + value + "'")
        + " at '"
        + path
        + "' failed to satisfy constraint: "
        + constraint;
  }

  /** AWS's path: the wire name with only its first letter lower-cased. */
  private static String path(String wire) {
    return Character.toLowerCase(wire.charAt(0)) + wire.substring(1);
  }

  /**
   * The generated model of a shape: its own name, or the importer's {@code Shape} suffix after a
   * clash.
   */
  private static Class<?> modelClass(String name) throws ClassNotFoundException {
    for (String candidate : List.of(name, name + "Shape", name + "Shape2")) {
      try {
        return Class.forName(MODEL_PACKAGE + candidate);
      } catch (ClassNotFoundException e) {
        // try the next
      }
    }
    throw new ClassNotFoundException(MODEL_PACKAGE + name);
  }

  private static void count(Map<String, Integer> counts, String key) {
    counts.merge(key, 1, Integer::sum);
  }

  private static String abbreviate(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "..." : text;
  }
}
