package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.runtime.protocol.AwsJson;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResultValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every SSM response must be, whatever the request: a 200 with a valid result, or a 4xx
 * modeled error envelope; never a 5xx, always one JSON object, never Java internals in a message.
 */
final class ResponseCheck {
  /** Every error the SSM dispatcher may answer a client fault with. */
  static final Set<String> MODELED_CLIENT_ERRORS =
      Set.of(
          "SerializationException",
          "ValidationException",
          "DoesNotExistException",
          "InvalidNextToken",
          "UnknownOperationException",
          // any other SSM operation, after its input validated
          "NotImplemented");

  private static final Pattern UNKNOWN_OPERATION =
      Pattern.compile(
          "Missing X-Amz-Target header|Operation '[^\\p{Cntrl}]{0,128}(\\.\\.\\.)?' is not served; expected AmazonSSM\\.<Operation>",
          Pattern.DOTALL);

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private ResponseCheck() {}

  /**
   * Asserts the property and returns the parsed body.
   *
   * @param target the target header sent, or null
   * @param body the body sent, whose strings a message may echo
   */
  static JsonNode assertModeled(ProtocolResponse response, String target, byte[] body) {
    int status = response.status();
    JsonNode json = parse(response.body());
    assertTrue(json.isObject(), () -> "body is not a JSON object: " + json);
    assertEquals(AwsJson.CONTENT_TYPE, response.headers().get("Content-Type"));
    assertEquals(response.requestId(), response.headers().get(AwsJson.REQUEST_ID_HEADER));
    if (status == 200) {
      DescribeMaintenanceWindowExecutionTasksResult result =
          JsonCodec.defaults()
              .decode(response.body(), DescribeMaintenanceWindowExecutionTasksResult.class);
      assertEquals(
          List.of(),
          DescribeMaintenanceWindowExecutionTasksResultValidator.INSTANCE.violationsOf(result),
          "a 200 must carry a valid result");
      return json;
    }
    assertTrue(
        status >= 400 && status < 500,
        () -> "status " + status + " for target " + target + ": " + json);
    String type = json.path("__type").asText(null);
    assertTrue(MODELED_CLIENT_ERRORS.contains(type), () -> "unmodeled __type: " + json);
    assertEquals(
        type,
        response.headers().get(AwsJson.ERROR_TYPE_HEADER),
        "x-amzn-ErrorType and __type differ");
    String message = json.path("message").asText(null);
    if ("UnknownOperationException".equals(type)) {
      assertTrue(
          message != null && UNKNOWN_OPERATION.matcher(message).matches(),
          () -> "message: " + message);
    } else {
      ResponseText.assertClean(message, body);
    }
    return json;
  }

  static JsonNode parse(byte[] json) {
    try {
      return STRICT.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not one valid JSON document: " + e.getMessage(), e);
    }
  }

  /** A request body the dispatcher accepted, as an object to edit; an empty body is {@code {}}. */
  static ObjectNode requestObject(byte[] body) {
    JsonNode parsed = body.length == 0 ? null : parse(body);
    return parsed != null && parsed.isObject() ? (ObjectNode) parsed : STRICT.createObjectNode();
  }

  static byte[] toBytes(JsonNode json) {
    try {
      return STRICT.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
