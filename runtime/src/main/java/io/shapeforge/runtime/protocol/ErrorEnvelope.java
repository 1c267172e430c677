package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shapeforge.runtime.error.ServiceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The awsJson1_1 error response: the status, {@code x-amzn-ErrorType: <code>} and the body {@code
 * {"__type":"<code>","message":"<message>"}}.
 *
 * <p>The message goes in lower-case {@code message}: botocore reads {@code message}, then {@code
 * Message} ({@code BaseJSONParser._do_error_parse}); the AWS SDK for Java v2 reads {@code message},
 * {@code Message}, then {@code errorMessage} ({@code SdkJsonErrorMessageParser}), so both find it.
 * {@code __type} is the bare code, not {@code namespace#Code}: both clients strip a namespace, so
 * the bare form is read the same by all of them and by hand.
 *
 * <pre>{@code
 * ProtocolResponse r = ErrorEnvelope.of(new ValidationException("..."), requestId);
 * // 400, x-amzn-ErrorType: ValidationException, {"__type":"ValidationException","message":"..."}
 * }</pre>
 */
public final class ErrorEnvelope {
  /** The code of an unexpected failure; SSM and other AWS models name their 500 this way. */
  public static final String INTERNAL_SERVER_ERROR = "InternalServerError";

  /** The only text an unexpected failure shows: never the exception's own message or stack. */
  public static final String INTERNAL_SERVER_ERROR_MESSAGE =
      "An internal error occurred; the service logged it under this request id";

  private static final JsonFactory JSON = new JsonFactory();

  private ErrorEnvelope() {}

  /** The response for a modeled error. */
  public static ProtocolResponse of(ServiceException error, String requestId) {
    return of(error.errorCode(), error.httpStatus(), error.getMessage(), requestId, Map.of());
  }

  /** The response for a modeled error, with headers such as {@code Allow}. */
  public static ProtocolResponse of(
      ServiceException error, String requestId, Map<String, String> headers) {
    return of(error.errorCode(), error.httpStatus(), error.getMessage(), requestId, headers);
  }

  /** The 500 for an unexpected failure, with a fixed message. */
  public static ProtocolResponse internalServerError(String requestId) {
    return of(INTERNAL_SERVER_ERROR, 500, INTERNAL_SERVER_ERROR_MESSAGE, requestId, Map.of());
  }

  private static ProtocolResponse of(
      String code, int status, String message, String requestId, Map<String, String> headers) {
    Map<String, String> all = new java.util.LinkedHashMap<>(headers);
    all.put(AwsJson.ERROR_TYPE_HEADER, code);
    return ProtocolResponse.of(status, all, body(code, message), requestId);
  }

  /** The body {@code {"__type":code,"message":message}}; the message is left out when null. */
  static byte[] body(String code, String message) {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(64 + (message == null ? 0 : message.length()));
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("__type", code);
      if (message != null) {
        generator.writeStringField("message", message);
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }
}
