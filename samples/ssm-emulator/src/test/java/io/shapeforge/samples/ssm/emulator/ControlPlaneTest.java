package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.samples.ssm.execution.RunStatus;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The control plane over raw HTTP, exactly as DESIGN.md's contract writes it: {@code GET/POST
 * /_shapeforge/clock} and {@code POST /_shapeforge/outcomes}, JSON in and out, errors as JSON with
 * a 4xx, and served on loopback only unless turned on.
 */
class ControlPlaneTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2027-01-04T00:00:00Z");

  private final HttpClient client = HttpClient.newHttpClient();
  private SsmEmulator emulator;

  @AfterEach
  void close() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private URI start(SsmEmulator.Builder builder) {
    emulator = builder.port(0).build().start();
    return emulator.endpoint();
  }

  private URI startManual() {
    return start(SsmEmulator.builder().clock(ManualClock.startingAt(START)));
  }

  private HttpResponse<String> send(URI endpoint, String method, String path, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(20))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
    return JSON.readTree(response.body());
  }

  private static void assertError(int status, String code, HttpResponse<String> response)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = json(response);
    assertEquals(code, body.path("error").asText(), response.body());
    assertFalse(body.path("message").asText().isEmpty(), response.body());
  }

  @Test
  void getClockAnswersTheTimeInEpochSeconds() throws Exception {
    URI endpoint = startManual();
    HttpResponse<String> response = send(endpoint, "GET", "/_shapeforge/clock", null);
    assertEquals(200, response.statusCode());
    assertEquals("{\"epochSeconds\":" + START.getEpochSecond() + "}", response.body());
  }

  @Test
  void postClockMovesForwardByAnAmountOrToATime() throws Exception {
    URI endpoint = startManual();
    HttpResponse<String> advanced =
        send(endpoint, "POST", "/_shapeforge/clock", "{\"advanceSeconds\": 3600}");
    assertEquals(200, advanced.statusCode(), advanced.body());
    assertEquals(START.getEpochSecond() + 3600, json(advanced).get("epochSeconds").longValue());

    long target = START.getEpochSecond() + 86_400;
    HttpResponse<String> set =
        send(endpoint, "POST", "/_shapeforge/clock", "{\"epochSeconds\": " + target + ".25}");
    assertEquals(200, set.statusCode(), set.body());
    assertEquals("{\"epochSeconds\":" + target + ".25}", set.body());
    assertEquals(Instant.ofEpochSecond(target, 250_000_000), emulator.now());

    // Zero is allowed: it processes without moving.
    HttpResponse<String> still =
        send(endpoint, "POST", "/_shapeforge/clock", "{\"advanceSeconds\": 0}");
    assertEquals(200, still.statusCode(), still.body());
  }

  @Test
  void theClockNeverMovesBackwards() throws Exception {
    URI endpoint = startManual();
    HttpResponse<String> back =
        send(
            endpoint,
            "POST",
            "/_shapeforge/clock",
            "{\"epochSeconds\": " + (START.getEpochSecond() - 1) + "}");
    assertError(400, "BadRequest", back);
    assertError(
        400,
        "BadRequest",
        send(endpoint, "POST", "/_shapeforge/clock", "{\"advanceSeconds\": -5}"));
    assertEquals(START, emulator.now());
  }

  @Test
  void malformedClockRequestsAre400s() throws Exception {
    URI endpoint = startManual();
    for (String body :
        new String[] {
          "",
          "{",
          "[]",
          "{}",
          "{\"advanceSeconds\": 1, \"epochSeconds\": 2}",
          "{\"advanceSeconds\": 1.5}",
          "{\"advanceSeconds\": \"60\"}",
          "{\"epochSeconds\": \"soon\"}",
          "{\"seconds\": 60}"
        }) {
      assertError(400, "BadRequest", send(endpoint, "POST", "/_shapeforge/clock", body));
    }
    assertEquals(START, emulator.now());
  }

  @Test
  void unknownPathsAndMethodsAreRefusedAsJson() throws Exception {
    URI endpoint = startManual();
    assertError(404, "NotFound", send(endpoint, "GET", "/_shapeforge/nothing", null));
    HttpResponse<String> put = send(endpoint, "PUT", "/_shapeforge/clock", "{}");
    assertError(405, "MethodNotAllowed", put);
    assertEquals("GET, POST", put.headers().firstValue("Allow").orElse(null));
  }

  @Test
  void aRealClockCannotBeMovedButCanBeRead() throws Exception {
    URI endpoint = start(SsmEmulator.builder().clock(Clock.systemUTC()));
    assertError(
        409, "RealClock", send(endpoint, "POST", "/_shapeforge/clock", "{\"advanceSeconds\": 60}"));
    HttpResponse<String> now = send(endpoint, "GET", "/_shapeforge/clock", null);
    assertEquals(200, now.statusCode());
    double seconds = json(now).get("epochSeconds").asDouble();
    assertTrue(Math.abs(seconds - Instant.now().getEpochSecond()) < 60, now.body());
  }

  @Test
  void outcomesReplaceEarlierRulesAndAreEchoed() throws Exception {
    URI endpoint = startManual();
    String rules =
        "{\"rules\": [{\"taskArn\": \"AWS-RunShellScript\", \"instanceId\": \"i-1\","
            + " \"status\": \"FAILED\", \"statusDetails\": \"exit 1\", \"durationSeconds\": 30},"
            + " {\"status\": \"TIMED_OUT\"}]}";
    HttpResponse<String> set = send(endpoint, "POST", "/_shapeforge/outcomes", rules);
    assertEquals(200, set.statusCode(), set.body());
    assertEquals(JSON.readTree(rules).get("rules").get(0), json(set).get("rules").get(0));
    assertEquals(2, emulator.outcomes().size());
    assertEquals(RunStatus.TIMED_OUT, emulator.outcomes().get(1).status());

    HttpResponse<String> replaced =
        send(endpoint, "POST", "/_shapeforge/outcomes", "{\"rules\": []}");
    assertEquals("{\"rules\":[]}", replaced.body());
    assertEquals(0, emulator.outcomes().size());
  }

  @Test
  void badOutcomeRulesAre400sAndChangeNothing() throws Exception {
    URI endpoint = startManual();
    for (String body :
        new String[] {
          "{}",
          "{\"rules\": {}}",
          "{\"rules\": [{\"status\": \"DONE\"}]}",
          "{\"rules\": [{\"status\": \"IN_PROGRESS\"}]}",
          "{\"rules\": [{}]}",
          "{\"rules\": [{\"status\": \"FAILED\", \"durationSeconds\": -1}]}",
          "{\"rules\": [{\"status\": \"FAILED\", \"colour\": \"red\"}]}",
          "{\"rules\": [{\"status\": \"FAILED\", \"statusDetails\": \"" + "x".repeat(251) + "\"}]}"
        }) {
      assertError(400, "BadRequest", send(endpoint, "POST", "/_shapeforge/outcomes", body));
    }
    assertEquals(0, emulator.outcomes().size());
  }

  @Test
  void offOnANonLoopbackAddressUnlessTurnedOn() throws Exception {
    // The wildcard address is not loopback, and it still answers on 127.0.0.1 for this test.
    URI off = start(SsmEmulator.builder().host("0.0.0.0"));
    assertFalse(emulator.servesControlPlane());
    URI local = URI.create("http://127.0.0.1:" + off.getPort());
    HttpResponse<String> refused = send(local, "GET", "/_shapeforge/clock", null);
    assertEquals(404, refused.statusCode());
    assertEquals(
        "UnknownOperationException", refused.headers().firstValue("x-amzn-ErrorType").orElse(null));
    emulator.close();

    URI on = start(SsmEmulator.builder().host("0.0.0.0").controlPlane(true));
    assertTrue(emulator.servesControlPlane());
    HttpResponse<String> served =
        send(URI.create("http://127.0.0.1:" + on.getPort()), "GET", "/_shapeforge/clock", null);
    assertEquals(200, served.statusCode());
  }

  @Test
  void onByDefaultOnLoopback() {
    startManual();
    assertTrue(emulator.servesControlPlane());
  }
}
