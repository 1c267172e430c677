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
      Pattern.compile("Value null at '([^']+)' failed to satisfy constraint: Member must not be null");
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
      HttpResponse<byte[]> response = ssm.send("POST", "/", "AmazonSSM." + name, "{}".getBytes(StandardCharsets.UTF_8));
      JsonNode body = JSON.readTree(response.body());
      String type = body.path("__type").asText();
      TreeSet<String> required = requiredPaths(model, operations.get(name));
      if (response.statusCode() >= 500) {
        problems.add(name + ": " + response.statusCode() + " " + body);
      } else if (!required.isEmpty()) {
        validated++;
        if (response.statusCode() != 400 || !type.equals("ValidationException")
            || !required.equals(nullViolations(body.path("message").asText()))) {
          problems.add(name + ": expected null violations at " + required + ", got " + response.statusCode() + " " + body);
        }
      } else {
        notImplemented++;
        String expected = "Operation " + name + " is not implemented by this service; the request was valid, but no"
            + " behaviour is supplied for it";
        if (response.statusCode() != 400 || !type.equals("NotImplemented")
            || !expected.equals(body.path("message").asText())
            || !"NotImplemented".equals(response.headers().firstValue("x-amzn-ErrorType").orElse(null))) {
          problems.add(name + ": expected NotImplemented, got " + response.statusCode() + " " + body);
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(146, validated + notImplemented);
    assertTrue(validated > 0 && notImplemented > 0, validated + " validated, " + notImplemented + " not implemented");
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
