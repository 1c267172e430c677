package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.protocol.JsonLimits;
import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource limit can be set, and the answer at the HTTP level names the limit that was set.
 * The defaults are covered, with their exact messages, by {@link BadInputCatalogTest}.
 *
 * <p>The body limit and the JSON limits ({@link JsonLimits}) are both {@link SsmEmulator.Builder}
 * settings.
 */
class ConfiguredLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = SsmTestData.BUSY;
  private static final JsonLimits SMALL = new JsonLimits(4, 64, 32, 10, 3);

  private static LoopbackSsm small;

  @BeforeAll
  static void startWithSmallJsonLimits() {
    small = LoopbackSsm.start(SsmEmulator.builder().jsonLimits(SMALL).maxBodyBytes(4096));
  }

  @AfterAll
  static void stop() {
    small.close();
  }

  @Test
  void bodyLimitOfTheEmulatorBuilder() throws Exception {
    try (LoopbackSsm ssm = LoopbackSsm.start(SsmEmulator.builder().maxBodyBytes(2048))) {
      String body = "{\"WindowExecutionId\":\"" + ID + "\",\"Pad\":\"" + "x".repeat(2048) + "\"}";
      assertAnswer(
          ssm,
          body,
          413,
          "RequestEntityTooLargeException",
          "Request body is larger than the limit of 2048 bytes");
      assertAnswer(
          ssm,
          "{\"WindowExecutionId\":\"" + ID + "\",\"Pad\":\"" + "x".repeat(1900) + "\"}",
          200,
          null,
          null);
    }
  }

  @Test
  void aMillionFiltersUnderARaisedBodyLimitStopAtTheArrayLimit() throws Exception {
    try (LoopbackSsm ssm =
        LoopbackSsm.start(SsmEmulator.builder().maxBodyBytes(8L * 1024 * 1024))) {
      String body =
          "{\"WindowExecutionId\":\"" + ID + "\",\"Filters\":[" + "{},".repeat(999_999) + "{}]}";
      assertAnswer(
          ssm,
          body,
          400,
          "SerializationException",
          "JSON array has more than the limit of 10000 elements at '$.Filters'");
    }
  }

  @Test
  void nestingDepth() throws Exception {
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\"" + ID + "\",\"X\":[[[[1]]]]}",
        400,
        "SerializationException",
        "JSON nesting is deeper than the limit of 4 at '$.X[0][0][0]'");
    assertAnswer(small, "{\"WindowExecutionId\":\"" + ID + "\",\"X\":[[[1]]]}", 200, null, null);
  }

  @Test
  void stringLength() throws Exception {
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\"" + ID + "\",\"NextToken\":\"" + "A".repeat(65) + "\"}",
        400,
        "SerializationException",
        "JSON string is longer than the limit of 64 characters at '$.NextToken'");
  }

  @Test
  void memberNameLength() throws Exception {
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\"" + ID + "\",\"" + "N".repeat(33) + "\":1}",
        400,
        "SerializationException",
        "JSON member name is longer than the limit of 32 characters at '$'");
  }

  @Test
  void numberLength() throws Exception {
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\"" + ID + "\",\"MaxResults\":12345678901}",
        400,
        "SerializationException",
        "JSON number is longer than the limit of 10 characters at '$.MaxResults'");
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\"" + ID + "\",\"MaxResults\":10.000000000}",
        400,
        "SerializationException",
        "JSON number is longer than the limit of 10 characters at '$.MaxResults'");
  }

  @Test
  void arrayElements() throws Exception {
    String filter = "{\"Key\":\"STATUS\",\"Values\":[\"SUCCESS\"]}";
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\""
            + ID
            + "\",\"Filters\":["
            + filter
            + ","
            + filter
            + ","
            + filter
            + ","
            + filter
            + "]}",
        400,
        "SerializationException",
        "JSON array has more than the limit of 3 elements at '$.Filters'");
    assertAnswer(
        small,
        "{\"WindowExecutionId\":\""
            + ID
            + "\",\"Filters\":["
            + filter
            + ","
            + filter
            + ","
            + filter
            + "]}",
        200,
        null,
        null);
  }

  private static void assertAnswer(
      LoopbackSsm ssm, String body, int status, String type, String message) throws Exception {
    HttpResponse<byte[]> response =
        ssm.send("POST", "/", CatalogCase.SSM_TARGET, body.getBytes(StandardCharsets.UTF_8));
    JsonNode json = JSON.readTree(response.body());
    assertEquals(status, response.statusCode(), json::toString);
    if (type != null) {
      assertEquals(type, json.path("__type").asText(null));
      assertEquals(message, json.path("message").asText(null));
    }
  }
}
