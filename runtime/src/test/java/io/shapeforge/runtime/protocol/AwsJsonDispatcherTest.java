package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.error.ServiceException;
import io.shapeforge.runtime.validation.NumberConstraint;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.runtime.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsJsonDispatcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A modeled client error, as generated error shapes are. */
  static final class DoesNotExistException extends ServiceException {
    private static final long serialVersionUID = 1L;

    DoesNotExistException(String message) {
      super("DoesNotExistException", 400, message);
    }
  }

  /** The output of the echo operation. */
  public static final class EchoResult {
    public final String id;
    public final Integer maxResults;

    EchoResult(String id, Integer maxResults) {
      this.id = id;
      this.maxResults = maxResults;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("Id")
    public String id() {
      return id;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("MaxResults")
    public Integer maxResults() {
      return maxResults;
    }
  }

  /** Checks MaxResults like a generated validator does. */
  private static final Validator<SampleRequest> VALIDATOR =
      (request, violations) ->
          violations.check(
              "maxResults", request.maxResults, NumberConstraint.integral().min(10).max(100));

  private final AtomicInteger handled = new AtomicInteger();

  private final AwsJsonDispatcher dispatcher =
      AwsJsonDispatcher.builder("Sample")
          .operation(
              "Echo",
              SampleRequest.class,
              VALIDATOR,
              r -> {
                handled.incrementAndGet();
                return new EchoResult(r.id, r.maxResults);
              })
          .operation(
              "Missing",
              SampleRequest.class,
              r -> {
                throw new DoesNotExistException("Thing " + r.id + " does not exist");
              })
          .operation(
              "Broken",
              SampleRequest.class,
              r -> {
                throw new IllegalStateException("secret-db-password=hunter2 at com.example.Foo");
              })
          .operation("Overflow", SampleRequest.class, r -> recurse(1))
          .operation("Nothing", SampleRequest.class, r -> null)
          .operation(
              "Unwritable",
              SampleRequest.class,
              r ->
                  new Object() {
                    public String getValue() {
                      throw new IllegalArgumentException("secret getter text");
                    }
                  })
          .build();

  // Deliberate: the dispatcher must turn a StackOverflowError into a plain 500.
  @SuppressWarnings("InfiniteRecursion")
  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  private ProtocolResponse dispatch(String target, String body) {
    return dispatcher.dispatch(target, body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode body(ProtocolResponse response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** Asserts the envelope, that header and body agree, and returns the message. */
  private static String assertError(ProtocolResponse response, int status, String code)
      throws IOException {
    assertEquals(status, response.status());
    assertEquals(code, response.headers().get("x-amzn-ErrorType"));
    assertEquals(AwsJson.CONTENT_TYPE, response.headers().get("Content-Type"));
    JsonNode body = body(response);
    assertEquals(code, body.get("__type").asText());
    assertEquals(2, body.size(), body.toString());
    return body.get("message").asText();
  }

  @Test
  void aFallbackServesWhatThisDispatcherHasNotAndOnlyThat() throws IOException {
    AwsJsonDispatcher whole =
        AwsJsonDispatcher.builder("Sample")
            .operation("Echo", SampleRequest.class, r -> new EchoResult("from the fallback", null))
            .operation(
                "Later",
                SampleRequest.class,
                VALIDATOR,
                r -> {
                  throw new io.shapeforge.runtime.error.OperationNotImplementedException("Later");
                })
            .build();
    AwsJsonDispatcher front =
        AwsJsonDispatcher.builder("Sample")
            .operation(
                "Echo", SampleRequest.class, VALIDATOR, r -> new EchoResult(r.id, r.maxResults))
            .fallback(whole)
            .build();

    ProtocolResponse echoed =
        front.dispatch("Sample.Echo", "{\"Id\":\"a\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals("{\"Id\":\"a\"}", new String(echoed.body(), StandardCharsets.UTF_8));
    // The fallback validates first, then its handler answers NotImplemented, naming the operation.
    assertEquals(
        "1 validation error detected: Value '5' at 'maxResults' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 10",
        assertError(
            front.dispatch("Sample.Later", "{\"MaxResults\":5}".getBytes(StandardCharsets.UTF_8)),
            400,
            "ValidationException"));
    assertEquals(
        "Operation Later is not implemented by this service; the request was valid, but no behaviour"
            + " is supplied for it",
        assertError(
            front.dispatch("Sample.Later", "{}".getBytes(StandardCharsets.UTF_8)),
            400,
            "NotImplemented"));
    assertError(front.dispatch("Sample.Unknown", new byte[0]), 400, "UnknownOperationException");
    assertError(front.dispatch("Other.Echo", new byte[0]), 400, "UnknownOperationException");
    assertEquals(Set.of("Echo"), front.operationNames());
  }

  @Test
  void servesAnOperation() throws IOException {
    ProtocolResponse response = dispatch("Sample.Echo", "{\"Id\":\"a\",\"MaxResults\":10}");
    assertEquals(200, response.status());
    assertEquals(AwsJson.CONTENT_TYPE, response.headers().get("Content-Type"));
    assertEquals(response.requestId(), response.headers().get("x-amzn-RequestId"));
    assertEquals(response.requestId(), UUID.fromString(response.requestId()).toString());
    assertFalse(response.headers().containsKey("x-amzn-ErrorType"));
    assertEquals(
        "{\"Id\":\"a\",\"MaxResults\":10}", new String(response.body(), StandardCharsets.UTF_8));
  }

  /**
   * The transport's path: the answer in the thread's reused buffer, the same bytes as a new array,
   * through a fallback too; an error keeps its own array and leaves the buffer alone.
   */
  @Test
  void anAnswerInACallersBufferHasTheBytesOfANewArray() throws IOException {
    ResponseBuffer buffer = new ResponseBuffer();
    byte[] request = "{\"Id\":\"a\",\"MaxResults\":10}".getBytes(StandardCharsets.UTF_8);
    ProtocolResponse fresh = dispatcher.dispatch("Sample.Echo", request);
    ProtocolResponse buffered = dispatcher.dispatch("Sample.Echo", request, buffer);
    assertEquals(200, buffered.status());
    assertArrayEquals(fresh.body(), buffered.body());
    assertEquals(fresh.body().length, buffered.bodyLength());
    assertEquals(buffered.bodyLength(), buffer.size());
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    buffered.writeBody(written);
    assertArrayEquals(fresh.body(), written.toByteArray());

    // Reset between answers: the second is not appended to the first.
    ProtocolResponse empty = dispatcher.dispatch("Sample.Nothing", new byte[0], buffer);
    assertEquals("{}", new String(empty.body(), StandardCharsets.UTF_8));
    assertEquals(2, buffer.size());

    ProtocolResponse missing = dispatcher.dispatch("Sample.Missing", new byte[0], buffer);
    assertEquals("Thing null does not exist", assertError(missing, 400, "DoesNotExistException"));
    assertEquals(missing.body().length, missing.bodyLength());

    AwsJsonDispatcher front =
        AwsJsonDispatcher.builder("Sample")
            .operation("Other", SampleRequest.class, r -> null)
            .fallback(dispatcher)
            .build();
    assertArrayEquals(fresh.body(), front.dispatch("Sample.Echo", request, buffer).body());
  }

  @Test
  void emptyBodyIsAnEmptyInputAndNullOutputAnEmptyObject() {
    ProtocolResponse response = dispatch("Sample.Nothing", "");
    assertEquals(200, response.status());
    assertEquals("{}", new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void everyResponseHasItsOwnRequestId() {
    ProtocolResponse first = dispatch("Sample.Nothing", "");
    ProtocolResponse second = dispatch("Nope", "");
    assertNotEquals(first.requestId(), second.requestId());
    assertEquals(
        second.requestId(), UUID.fromString(second.headers().get("x-amzn-RequestId")).toString());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void missingTargetIsUnknownOperation(String target) throws IOException {
    assertEquals(
        "Missing X-Amz-Target header",
        assertError(dispatcher.dispatch(target, new byte[0]), 400, "UnknownOperationException"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sample.Nope",
        "Other.Echo",
        "Sample",
        "Sample.",
        "SampleEcho",
        "sample.Echo",
        "Sample.Echo.Extra",
        ".Echo",
        "Samples.Echo"
      })
  void targetNotServedIsUnknownOperation(String target) throws IOException {
    assertEquals(
        "Operation '" + target + "' is not served; expected Sample.<Operation>",
        assertError(dispatch(target, "{}"), 400, "UnknownOperationException"));
    assertEquals(0, handled.get());
  }

  @Test
  void hostileTargetIsCutAndCleanedInTheMessage() throws IOException {
    String message =
        assertError(
            dispatch("X\n\u0000" + "y".repeat(10_000), "{}"), 400, "UnknownOperationException");
    assertEquals(
        "Operation 'X??" + "y".repeat(125) + "...' is not served; expected Sample.<Operation>",
        message);
  }

  @Test
  void malformedBodyIsSerializationException() throws IOException {
    assertEquals(
        "Expected a 32-bit integer but found a string at '$.MaxResults'",
        assertError(
            dispatch("Sample.Echo", "{\"MaxResults\":\"10\"}"), 400, "SerializationException"));
    assertEquals(0, handled.get());
  }

  @Test
  void validatorRunsBeforeTheHandler() throws IOException {
    assertEquals(
        "1 validation error detected: Value '5' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 10",
        assertError(
            dispatch("Sample.Echo", "{\"MaxResults\":5}"), 400, ValidationException.ERROR_CODE));
    assertEquals(0, handled.get());
  }

  @Test
  void serviceExceptionKeepsItsCodeStatusAndMessage() throws IOException {
    assertEquals(
        "Thing x does not exist",
        assertError(dispatch("Sample.Missing", "{\"Id\":\"x\"}"), 400, "DoesNotExistException"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sample.Broken", "Sample.Overflow", "Sample.Unwritable"})
  void unexpectedFailureIsA500WithoutDetail(String target) throws IOException {
    ProtocolResponse response = dispatch(target, "{}");
    assertEquals(
        ErrorEnvelope.INTERNAL_SERVER_ERROR_MESSAGE,
        assertError(response, 500, "InternalServerError"));
    String raw = new String(response.body(), StandardCharsets.UTF_8);
    for (String leak :
        List.of("secret", "hunter2", "Exception", "Error:", "at ", "java", "com.example")) {
      assertFalse(raw.contains(leak), raw);
    }
    assertTrue(response.headers().values().stream().noneMatch(v -> v.contains("secret")));
  }

  @Test
  void lazyOperationsAreBoundOnTheirFirstCallOnly() throws IOException {
    List<String> bound = new java.util.ArrayList<>();
    AwsJsonDispatcher lazy =
        AwsJsonDispatcher.builder("Sample")
            .lazyOperations(
                List.of("Echo", "Nothing"),
                name -> {
                  bound.add(name);
                  return name.equals("Echo")
                      ? AwsJsonDispatcher.Operation.of(
                          SampleRequest.class, VALIDATOR, r -> new EchoResult(r.id, r.maxResults))
                      : AwsJsonDispatcher.Operation.of(
                          SampleRequest.class, (r, violations) -> {}, r -> null);
                })
            .build();
    assertEquals(List.of("Echo", "Nothing"), List.copyOf(lazy.operationNames()));
    assertEquals(List.of(), bound, "nothing is bound at build time");

    byte[] valid = "{\"Id\":\"a\",\"MaxResults\":10}".getBytes(StandardCharsets.UTF_8);
    assertEquals(200, lazy.dispatch("Sample.Echo", valid).status());
    assertEquals(200, lazy.dispatch("Sample.Echo", valid).status());
    assertEquals(List.of("Echo"), bound, "bound once, on the first call, and only that name");

    // A bound operation validates as an eagerly registered one does.
    assertError(
        lazy.dispatch("Sample.Echo", "{\"MaxResults\":1}".getBytes(StandardCharsets.UTF_8)),
        400,
        "ValidationException");
    // An unregistered name is unknown, as before, and never reaches the binder.
    assertEquals(
        "Operation 'Sample.Unknown' is not served; expected Sample.<Operation>",
        assertError(lazy.dispatch("Sample.Unknown", valid), 400, "UnknownOperationException"));
    assertEquals(List.of("Echo"), bound);
  }

  @Test
  void aBinderThatFindsNothingIsAnInternalErrorNotALeak() throws IOException {
    AwsJsonDispatcher lazy =
        AwsJsonDispatcher.builder("Sample").lazyOperations(List.of("Lost"), name -> null).build();
    assertError(lazy.dispatch("Sample.Lost", new byte[0]), 500, "InternalServerError");
  }

  @Test
  void lazyAndEagerNamesShareOneNamespace() {
    AwsJsonDispatcher.Builder builder =
        AwsJsonDispatcher.builder("S").operation("A", SampleRequest.class, r -> r);
    assertThrows(
        IllegalArgumentException.class, () -> builder.lazyOperations(List.of("A"), name -> null));
    assertThrows(
        IllegalArgumentException.class, () -> builder.lazyOperations(List.of("B.C"), name -> null));
  }

  @Test
  void registrationIsChecked() {
    AwsJsonDispatcher.Builder builder =
        AwsJsonDispatcher.builder("S").operation("A", SampleRequest.class, r -> r);
    assertThrows(
        IllegalArgumentException.class, () -> builder.operation("A", SampleRequest.class, r -> r));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.operation("A.B", SampleRequest.class, r -> r));
    assertThrows(IllegalArgumentException.class, () -> AwsJsonDispatcher.builder("A.B"));
    assertEquals(List.of("A"), List.copyOf(builder.build().operationNames()));
  }

  @Test
  void errorBodyEscapesItsMessage() throws IOException {
    ProtocolResponse response =
        ErrorEnvelope.of(
            new SerializationException("quote \" backslash \\ newline \n end"), "id", Map.of());
    assertEquals("quote \" backslash \\ newline \n end", body(response).get("message").asText());
  }
}
