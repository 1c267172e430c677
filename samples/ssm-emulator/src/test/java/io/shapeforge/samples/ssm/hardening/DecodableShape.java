package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonLimits;
import io.shapeforge.runtime.protocol.JsonWritable;
import io.shapeforge.runtime.protocol.SerializationException;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.runtime.validation.Validator;
import io.shapeforge.runtime.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One generated SSM structure with its generated validator, and the property every body must keep
 * when it is read as that structure: it is refused with a clean {@link SerializationException}, or
 * it decodes, validates without throwing anything but {@link ValidationException}, the generated
 * writer writes it byte for byte as Jackson databind does, and the decoded object survives a trip
 * through the wire format unchanged. Either way the generated reader and Jackson databind (the
 * reference, which reads the same model from its annotations) agree: the same value, or the same
 * message.
 *
 * @param <T> the model class
 */
record DecodableShape<T>(Class<T> type, Validator<T> validator) {
  /** Writes with Jackson databind: the generated writer must give its very bytes. */
  private static final JsonCodec DATABIND_WRITER =
      JsonCodec.builder().generatedCodecs(false).build();

  /** Reads with Jackson databind, one per limits: the generated reader must agree with it. */
  private static final Map<JsonLimits, JsonCodec> DATABIND_READERS = new ConcurrentHashMap<>();

  /** Checks the property for {@code body}; any other outcome is an assertion error or escapes. */
  void check(JsonCodec codec, byte[] body) {
    JsonCodec databind =
        DATABIND_READERS.computeIfAbsent(
            codec.limits(),
            limits -> JsonCodec.builder().limits(limits).generatedCodecs(false).build());
    T value;
    try {
      value = codec.decode(body, type);
    } catch (SerializationException refused) {
      ResponseText.assertClean(refused.getMessage(), body);
      SerializationException reference =
          assertThrows(
              SerializationException.class,
              () -> databind.decode(body, type),
              () -> type.getSimpleName() + ": databind reads what the generated reader refuses");
      assertEquals(
          reference.getMessage(),
          refused.getMessage(),
          () -> type.getSimpleName() + ": the generated reader and databind refuse differently");
      return;
    }
    assertEquals(
        databind.decode(body, type),
        value,
        () -> type.getSimpleName() + ": the generated reader and databind read differently");
    List<Violation> violations = validator.violationsOf(value);
    if (violations.isEmpty()) {
      validator.check(value);
    } else {
      ValidationException thrown =
          assertThrows(ValidationException.class, () -> validator.check(value));
      ResponseText.assertClean(thrown.getMessage(), body);
    }
    byte[] encoded = codec.encode(value);
    assertInstanceOf(JsonWritable.class, value, "a generated model writes itself");
    assertArrayEquals(
        DATABIND_WRITER.encode(value),
        encoded,
        () -> type.getSimpleName() + ": the generated writer and databind disagree");
    T again = codec.decode(encoded, type);
    assertEquals(value, again, () -> type.getSimpleName() + " changed on a round trip");
    assertEquals(value.hashCode(), again.hashCode());
    assertEquals(violations, validator.violationsOf(again));
    assertArrayEquals(encoded, codec.encode(again));
  }

  /** Whether {@code body} decodes into a value without a single violation. */
  boolean isValid(JsonCodec codec, byte[] body) {
    try {
      return validator.violationsOf(codec.decode(body, type)).isEmpty();
    } catch (SerializationException refused) {
      return false;
    }
  }

  String name() {
    return type.getSimpleName();
  }
}
