package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzzes the SSM handler entry point: the {@code X-Amz-Target} value and the body bytes go through
 * the generated SSM dispatcher over {@link SsmTestData}, as every transport sends them.
 *
 * <p>An input is {@code <target>\n<body>}; without a newline there is no target header and the
 * whole input is the body. The property ({@link ResponseCheck}): a 200 whose body is a valid
 * result, or a 4xx with a modeled {@code __type} that the {@code x-amzn-ErrorType} header repeats;
 * never a 5xx; the body is always one JSON object; no message leaks Java internals. When a page
 * carries a NextToken, the next page is fetched too and must not repeat a task.
 */
class HandlerFuzzTest {
  private static final AwsJsonDispatcher DISPATCHER = SsmTestData.dispatcher(SsmTestData.store());

  @FuzzTest(maxDuration = "10m")
  void dispatch(byte[] input) {
    int newline = indexOf(input, (byte) '\n');
    String target = newline < 0 ? null : new String(input, 0, newline, StandardCharsets.UTF_8);
    byte[] body = newline < 0 ? input : Arrays.copyOfRange(input, newline + 1, input.length);

    ProtocolResponse response = DISPATCHER.dispatch(target, body);
    JsonNode json = ResponseCheck.assertModeled(response, target, body);
    if (response.status() == 200 && json.hasNonNull("NextToken")) {
      assertNextPageDoesNotRepeat(target, body, json);
    }
  }

  private static void assertNextPageDoesNotRepeat(String target, byte[] body, JsonNode firstPage) {
    ObjectNode request = ResponseCheck.requestObject(body);
    request.put("NextToken", firstPage.get("NextToken").asText());
    byte[] nextBody = ResponseCheck.toBytes(request);
    ProtocolResponse next = DISPATCHER.dispatch(target, nextBody);
    JsonNode secondPage = ResponseCheck.assertModeled(next, target, nextBody);
    assertEquals(200, next.status(), secondPage::toString);
    Set<String> seen = new HashSet<>();
    firstPage
        .get("WindowExecutionTaskIdentities")
        .forEach(task -> seen.add(task.get("TaskExecutionId").asText()));
    for (JsonNode task : secondPage.get("WindowExecutionTaskIdentities")) {
      assertTrue(
          seen.add(task.get("TaskExecutionId").asText()),
          () -> "repeated on the next page: " + task);
    }
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
