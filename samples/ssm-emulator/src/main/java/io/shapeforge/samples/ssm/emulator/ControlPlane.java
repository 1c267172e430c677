package io.shapeforge.samples.ssm.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.server.HttpRoute;
import io.shapeforge.samples.ssm.execution.OutcomeRule;
import io.shapeforge.samples.ssm.execution.RunStatus;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulator's control plane, apart from the AWS protocol, JSON in and out:
 *
 * <ul>
 *   <li>{@code GET /_shapeforge/clock} answers {@code {"epochSeconds": T}};
 *   <li>{@code POST /_shapeforge/clock} with {@code {"advanceSeconds": N}} or {@code
 *       {"epochSeconds": T}} moves a manual clock forward (never back: 400) and answers the new
 *       time once every window due up to it has been processed; on a real clock it is a 409;
 *   <li>{@code POST /_shapeforge/outcomes} with {@code {"rules": [{"taskArn": "...", "instanceId":
 *       "...", "status": "FAILED", "statusDetails": "...", "durationSeconds": 30}]}} replaces the
 *       outcome rules and answers them; {@code GET} reads them.
 * </ul>
 *
 * <p>Errors are {@code {"error": CODE, "message": TEXT}} with a 4xx status: {@code BadRequest}
 * (400), {@code NotFound} (404), {@code MethodNotAllowed} (405, with {@code Allow}) and {@code
 * RealClock} (409).
 */
final class ControlPlane implements HttpRoute {
  /** The path prefix the control plane is served under. */
  static final String PREFIX = "/_shapeforge/";

  static final String CLOCK = PREFIX + "clock";
  static final String OUTCOMES = PREFIX + "outcomes";

  static final String REAL_CLOCK =
      "The emulator runs on the real clock, which cannot be moved; start it with"
          + " --clock manual@<ISO-8601 instant> (or SsmEmulator.Builder.clock(ManualClock))";

  private static final String JSON = "application/json";
  private static final Set<String> RULE_MEMBERS =
      Set.of("taskArn", "instanceId", "status", "statusDetails", "durationSeconds");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SsmEmulator emulator;

  ControlPlane(SsmEmulator emulator) {
    this.emulator = emulator;
  }

  @Override
  public ProtocolResponse serve(String method, String path, byte[] body) {
    try {
      if (CLOCK.equals(path)) {
        return switch (method) {
          case "GET" -> ok(time(emulator.now()));
          case "POST" -> ok(time(moveClock(object(body))));
          default -> notAllowed();
        };
      }
      if (OUTCOMES.equals(path)) {
        return switch (method) {
          case "GET" -> ok(rules(emulator.outcomes()));
          case "POST" -> {
            emulator.setOutcomes(outcomeRules(object(body)));
            yield ok(rules(emulator.outcomes()));
          }
          default -> notAllowed();
        };
      }
      return error(404, "NotFound", "No control-plane resource at " + path);
    } catch (BadRequest e) {
      return error(400, "BadRequest", e.getMessage());
    } catch (IllegalArgumentException e) {
      // A clock moved backwards, or a rule the outcome rules refuse.
      return error(400, "BadRequest", e.getMessage());
    } catch (RealClock e) {
      return error(409, "RealClock", REAL_CLOCK);
    }
  }

  private Instant moveClock(ObjectNode request) {
    if (!(emulator.clock() instanceof ManualClock)) {
      throw new RealClock();
    }
    JsonNode advance = request.get("advanceSeconds");
    JsonNode epoch = request.get("epochSeconds");
    requireOnly(request, Set.of("advanceSeconds", "epochSeconds"), "the clock request");
    if ((advance == null) == (epoch == null)) {
      throw new BadRequest("Give exactly one of advanceSeconds and epochSeconds");
    }
    if (advance != null) {
      if (!advance.isIntegralNumber() || !advance.canConvertToLong()) {
        throw new BadRequest("advanceSeconds must be a whole number of seconds");
      }
      if (advance.longValue() < 0) {
        throw new BadRequest(
            "advanceSeconds must not be negative, was "
                + advance.longValue()
                + ": the clock only moves forward");
      }
      return emulator.advanceClock(Duration.ofSeconds(advance.longValue()));
    }
    if (!epoch.isNumber()) {
      throw new BadRequest("epochSeconds must be a number");
    }
    BigDecimal millis = epoch.decimalValue().movePointRight(3);
    if (millis.abs().compareTo(BigDecimal.valueOf(Instant.MAX.getEpochSecond())) > 0) {
      throw new BadRequest("epochSeconds is out of range");
    }
    return emulator.setClock(Instant.ofEpochMilli(millis.longValue()));
  }

  private static List<OutcomeRule> outcomeRules(ObjectNode request) {
    requireOnly(request, Set.of("rules"), "the outcomes request");
    JsonNode rules = request.get("rules");
    if (rules == null || !rules.isArray()) {
      throw new BadRequest("rules must be an array");
    }
    List<OutcomeRule> parsed = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      parsed.add(rule(rules.get(i), "rules[" + i + "]"));
    }
    return parsed;
  }

  private static OutcomeRule rule(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new BadRequest(where + " must be an object");
    }
    requireOnly((ObjectNode) node, RULE_MEMBERS, where);
    String status = text(node, "status", where);
    if (status == null) {
      throw new BadRequest(where + ".status is required");
    }
    RunStatus parsed;
    try {
      parsed = RunStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(where + ".status: unknown status " + status);
    }
    JsonNode duration = node.get("durationSeconds");
    if (duration != null
        && !duration.isNull()
        && (!duration.isIntegralNumber() || !duration.canConvertToLong())) {
      throw new BadRequest(where + ".durationSeconds must be a whole number of seconds");
    }
    try {
      return new OutcomeRule(
          text(node, "taskArn", where),
          text(node, "instanceId", where),
          parsed,
          text(node, "statusDetails", where),
          duration == null || duration.isNull() ? null : duration.longValue());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(where + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String member, String where) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadRequest(where + "." + member + " must be a string");
    }
    return value.asText();
  }

  private static void requireOnly(ObjectNode node, Set<String> members, String where) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!members.contains(name)) {
        throw new BadRequest(where + " has an unknown member " + name);
      }
    }
  }

  private static ObjectNode object(byte[] body) {
    JsonNode node;
    try {
      node = body.length == 0 ? null : MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest("The body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequest("The body is not JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadRequest("The body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** {@code {"epochSeconds": T}}, with the milliseconds as a fraction when there are any. */
  private static ObjectNode time(Instant time) {
    ObjectNode node = MAPPER.createObjectNode();
    BigDecimal seconds = BigDecimal.valueOf(time.toEpochMilli(), 3);
    node.put(
        "epochSeconds",
        seconds.signum() == 0 || seconds.stripTrailingZeros().scale() <= 0
            ? new BigDecimal(seconds.toBigInteger())
            : seconds.stripTrailingZeros());
    return node;
  }

  private static ObjectNode rules(List<OutcomeRule> rules) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("rules", MAPPER.valueToTree(rules));
    return node;
  }

  private static ProtocolResponse ok(JsonNode body) {
    return respond(200, Map.of(), body);
  }

  private static ProtocolResponse notAllowed() {
    return respond(
        405,
        Map.of("Allow", "GET, POST"),
        errorBody("MethodNotAllowed", "Only GET and POST are served here"));
  }

  private static ProtocolResponse error(int status, String code, String message) {
    return respond(status, Map.of(), errorBody(code, message));
  }

  private static ObjectNode errorBody(String code, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("error", code);
    node.put("message", message);
    return node;
  }

  private static ProtocolResponse respond(int status, Map<String, String> headers, JsonNode body) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", JSON);
    try {
      return ProtocolResponse.of(
          status,
          all,
          MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
          AwsJsonDispatcher.newRequestId());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a control-plane answer", e);
    }
  }

  /** A request to move a clock that moves by itself: a 409. */
  private static final class RealClock extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A request the control plane refuses with a 400. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
