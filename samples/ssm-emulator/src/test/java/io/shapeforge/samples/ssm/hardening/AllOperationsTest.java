package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of AWS's SSM model, read from the committed model itself (not from the generated
 * code, so an operation the build dropped would be caught), over loopback HTTP with an empty input:
 * never a 5xx and never the unknown-operation error. An operation with required members answers
 * exactly the null violations of those members (nothing else is wrong with {@code {}}); one without
 * answers, after validation, {@code NotImplemented} naming it.
 */
class AllOperationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path MODEL = Path.of("src", "main", "model", "ssm-2014-11-06.c2j.json");
  private static final Pattern NULL_VIOLATION =
      Pattern.compile(
          "Value null at '([^']+)' failed to satisfy constraint: Member must not be null");

  /**
   * Measured when the test was written; a body builder or validator change that lowers it fails.
   */
  private static final int MINIMAL_BODIES_REACHING_THE_HANDLER = 100;

  /**
   * Operations with behaviour whose input has no required member: an empty input reaches their
   * behaviour, which answers (200, or its own 4xx) instead of NotImplemented.
   */
  private static final Pattern VALIDATOR_MESSAGE =
      Pattern.compile("\\d+ validation errors? detected: ");

  private static final java.util.Set<String> WITH_BEHAVIOUR_AND_NO_REQUIRED_MEMBER =
      java.util.Set.of("DescribeMaintenanceWindows", "DescribeMaintenanceWindowSchedule");

  private static LoopbackSsm ssm;

  @BeforeAll
  static void start() {
    ssm = LoopbackSsm.start();
  }

  @AfterAll
  static void stop() {
    ssm.close();
  }

  @Test
  void everySsmOperationAnswersAnEmptyInputWithoutA5xx() throws Exception {
    JsonNode model = JSON.readTree(Files.readAllBytes(MODEL));
    JsonNode operations = model.get("operations");
    assertEquals(146, operations.size(), "operations in the committed SSM model");
    List<String> problems = new ArrayList<>();
    int notImplemented = 0;
    int validated = 0;
    TreeSet<String> names = new TreeSet<>();
    operations.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      HttpResponse<byte[]> response =
          ssm.send("POST", "/", "AmazonSSM." + name, "{}".getBytes(StandardCharsets.UTF_8));
      JsonNode body = JSON.readTree(response.body());
      String type = body.path("__type").asText();
      TreeSet<String> required = requiredPaths(model, operations.get(name));
      if (response.statusCode() >= 500) {
        problems.add(name + ": " + response.statusCode() + " " + body);
      } else if (!required.isEmpty()) {
        validated++;
        if (response.statusCode() != 400
            || !type.equals("ValidationException")
            || !required.equals(nullViolations(body.path("message").asText()))) {
          problems.add(
              name
                  + ": expected null violations at "
                  + required
                  + ", got "
                  + response.statusCode()
                  + " "
                  + body);
        }
      } else if (WITH_BEHAVIOUR_AND_NO_REQUIRED_MEMBER.contains(name)) {
        validated++;
        if (response.statusCode() != 200 && type.equals("NotImplemented")) {
          problems.add(name + ": has behaviour, got " + response.statusCode() + " " + body);
        }
      } else {
        notImplemented++;
        String expected =
            "Operation "
                + name
                + " is not implemented by this service; the request was valid, but no"
                + " behaviour is supplied for it";
        if (response.statusCode() != 400
            || !type.equals("NotImplemented")
            || !expected.equals(body.path("message").asText())
            || !"NotImplemented"
                .equals(response.headers().firstValue("x-amzn-ErrorType").orElse(null))) {
          problems.add(
              name + ": expected NotImplemented, got " + response.statusCode() + " " + body);
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(146, validated + notImplemented);
    assertTrue(
        validated > 0 && notImplemented > 0,
        validated + " validated, " + notImplemented + " not implemented");
  }

  /**
   * A minimal body per operation, built mechanically from the model: only the required members,
   * each the smallest value its constraints allow (an enum's first value; a string of the minimum
   * length, from a few candidates the first that matches its pattern). A body the builder gets
   * wrong is refused with AWS's ValidationException, one it gets right reaches the handler: either
   * way no 5xx. How many reach the handler is printed; at least the floor measured when this test
   * was written must.
   */
  @Test
  void everySsmOperationAnswersAMinimalBodyWithoutA5xx() throws Exception {
    JsonNode model = JSON.readTree(Files.readAllBytes(MODEL));
    JsonNode shapes = model.get("shapes");
    TreeSet<String> names = new TreeSet<>();
    model.get("operations").fieldNames().forEachRemaining(names::add);
    List<String> problems = new ArrayList<>();
    java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
    int rejectedByTheValidator = 0;
    for (String name : names) {
      JsonNode input =
          shapes.get(model.get("operations").get(name).get("input").get("shape").asText());
      byte[] body = JSON.writeValueAsBytes(minimal(shapes, input, 0));
      HttpResponse<byte[]> response = ssm.send("POST", "/", "AmazonSSM." + name, body);
      JsonNode answer = JSON.readTree(response.body());
      String type = response.statusCode() == 200 ? "200" : answer.path("__type").asText();
      answers.merge(type, 1, Integer::sum);
      // The generated validators answer in AWS's counted form; behaviour's own checks do not.
      if (type.equals("ValidationException")
          && VALIDATOR_MESSAGE.matcher(answer.path("message").asText()).lookingAt()) {
        rejectedByTheValidator++;
      }
      if (response.statusCode() >= 500
          || !List.of("200", "NotImplemented", "ValidationException", "DoesNotExistException")
              .contains(type)) {
        problems.add(
            name
                + ": "
                + response.statusCode()
                + " "
                + answer
                + " for "
                + new String(body, StandardCharsets.UTF_8));
      }
    }
    System.out.println("SSM minimal bodies: " + answers);
    assertEquals(List.of(), problems);
    int reachedTheHandler = names.size() - rejectedByTheValidator;
    assertTrue(reachedTheHandler >= MINIMAL_BODIES_REACHING_THE_HANDLER, answers::toString);
  }

  private static final List<String> STRING_CANDIDATES =
      List.of("a", "A", "0", "1", "i-", "mw-", "arn:aws:ssm:us-east-1:123456789012:a/a", "/a");

  private static JsonNode minimal(JsonNode shapes, JsonNode shape, int depth) {
    com.fasterxml.jackson.databind.node.JsonNodeFactory nodes =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    switch (shape.get("type").asText()) {
      case "string":
        {
          if (shape.has("enum")) {
            return nodes.textNode(shape.get("enum").get(0).asText());
          }
          int length = (int) Math.max(1, shape.path("min").asLong(1));
          Pattern pattern =
              shape.has("pattern") ? Pattern.compile(shape.get("pattern").asText()) : null;
          for (String candidate : STRING_CANDIDATES) {
            String value =
                candidate.length() >= length
                    ? candidate
                    : candidate
                        + candidate
                            .substring(candidate.length() - 1)
                            .repeat(length - candidate.length());
            if ((pattern == null || pattern.matcher(value).find())
                && value.length() <= shape.path("max").asLong(Long.MAX_VALUE)) {
              return nodes.textNode(value);
            }
          }
          return nodes.textNode("a".repeat(length));
        }
      case "integer":
      case "long":
        return nodes.numberNode(shape.path("min").asLong(Math.min(0, shape.path("max").asLong(0))));
      case "double":
      case "float":
        return nodes.numberNode(shape.path("min").asDouble(0));
      case "boolean":
        return nodes.booleanNode(false);
      case "timestamp":
        return nodes.numberNode(0);
      case "blob":
        return nodes.textNode(
            java.util.Base64.getEncoder()
                .encodeToString(new byte[(int) shape.path("min").asLong(0)]));
      case "list":
        {
          com.fasterxml.jackson.databind.node.ArrayNode list = nodes.arrayNode();
          for (long i = 0; i < shape.path("min").asLong(0) && depth < 6; i++) {
            list.add(
                minimal(shapes, shapes.get(shape.get("member").get("shape").asText()), depth + 1));
          }
          return list;
        }
      case "map":
        {
          com.fasterxml.jackson.databind.node.ObjectNode map = nodes.objectNode();
          for (long i = 0; i < shape.path("min").asLong(0) && depth < 6; i++) {
            map.set(
                minimal(shapes, shapes.get(shape.get("key").get("shape").asText()), depth + 1)
                        .asText()
                    + i,
                minimal(shapes, shapes.get(shape.get("value").get("shape").asText()), depth + 1));
          }
          return map;
        }
      default:
        {
          com.fasterxml.jackson.databind.node.ObjectNode object = nodes.objectNode();
          java.util.Iterator<String> union = shape.path("members").fieldNames();
          if (shape.path("union").asBoolean() && union.hasNext()) {
            String member = union.next();
            object.set(
                member,
                minimal(
                    shapes,
                    shapes.get(shape.get("members").get(member).get("shape").asText()),
                    depth + 1));
            return object;
          }
          for (JsonNode required : shape.path("required")) {
            String member = required.asText();
            object.set(
                member,
                minimal(
                    shapes,
                    shapes.get(shape.get("members").get(member).get("shape").asText()),
                    depth + 1));
          }
          return object;
        }
    }
  }

  /** The AWS paths of the input's required members ({@code name}, from wire name {@code Name}). */
  private static TreeSet<String> requiredPaths(JsonNode model, JsonNode operation) {
    TreeSet<String> paths = new TreeSet<>();
    JsonNode input = operation.path("input").path("shape");
    if (input.isMissingNode()) {
      return paths;
    }
    for (JsonNode member : model.get("shapes").get(input.asText()).path("required")) {
      String wire = member.asText();
      paths.add(Character.toLowerCase(wire.charAt(0)) + wire.substring(1));
    }
    return paths;
  }

  private static TreeSet<String> nullViolations(String message) {
    TreeSet<String> paths = new TreeSet<>();
    Matcher matcher = NULL_VIOLATION.matcher(message);
    while (matcher.find()) {
      paths.add(matcher.group(1));
    }
    int count = Integer.parseInt(message.substring(0, message.indexOf(' ')));
    if (count != paths.size()) {
      paths.add("(" + count + " violations in all: " + message + ")");
    }
    return paths;
  }
}
