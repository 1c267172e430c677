package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.orders.model.CreateOrderInput;
import com.example.orders.model.CreateOrderInputValidator;
import com.example.orders.model.CustomerNotFound;
import io.shapeforge.runtime.protocol.ErrorEnvelope;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the client sees: the model's documented error and a failed validation, each as the
 * awsJson1_1 error response ({@code x-amzn-ErrorType} and {@code {"__type", "message"}}).
 */
class ErrorAnswerTest {

  @Test
  void theDocumentedErrorAnswersWithItsCodeAndHttpStatus() {
    ProtocolResponse response =
        ErrorEnvelope.of(new CustomerNotFound("Customer c-7f does not exist"), "req-1");

    assertEquals(404, response.status());
    assertEquals("CustomerNotFound", response.headers().get("x-amzn-ErrorType"));
    assertEquals(
        "{\"__type\":\"CustomerNotFound\",\"message\":\"Customer c-7f does not exist\"}",
        new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aFailedValidationAnswers400WithEveryViolation() {
    CreateOrderInput input =
        JsonCodec.defaults()
            .decode(
                "{\"CustomerId\":\"c-7f\",\"Lines\":[],\"Payment\":{}}"
                    .getBytes(StandardCharsets.UTF_8),
                CreateOrderInput.class);
    ValidationException refused =
        assertThrows(
            ValidationException.class, () -> CreateOrderInputValidator.INSTANCE.check(input));

    ProtocolResponse response = ErrorEnvelope.of(refused, "req-2");

    assertEquals(400, response.status());
    assertEquals(
        "{\"__type\":\"ValidationException\",\"message\":\"2 validation errors detected: "
            + "Value '[]' at 'lines' failed to satisfy constraint: Member must have length greater than or equal to 1; "
            + "Value '[]' at 'payment' failed to satisfy constraint: Member must have exactly one member set\"}",
        new String(response.body(), StandardCharsets.UTF_8));
  }
}
