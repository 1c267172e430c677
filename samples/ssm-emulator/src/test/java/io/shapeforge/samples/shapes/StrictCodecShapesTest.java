package io.shapeforge.samples.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.SerializationException;
import io.shapeforge.samples.shapes.model.Order;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The new kinds through the strict {@link JsonCodec} that the protocol uses: what a plain mapper
 * reads, it reads too, and it refuses the wrong JSON type for each kind.
 */
class StrictCodecShapesTest {

  private static final JsonCodec CODEC = JsonCodec.defaults();

  private static Order decode(String json) {
    return CODEC.decode(json.getBytes(StandardCharsets.UTF_8), Order.class);
  }

  @Test
  void readsEveryNewKindInItsWireForm() {
    Order order =
        decode(
            "{\"ClientToken\":\"t\",\"Score\":\"NaN\",\"Weight\":\"-Infinity\",\"Price\":0.10,"
                + "\"Serial\":12345678901234567890123,\"Signature\":\"aGk=\",\"Metadata\":{\"a\":[1,\"x\",null]},"
                + "\"ShippedAt\":\"2021-08-04T18:35:35Z\",\"DeliveredAt\":\"Wed, 04 Aug 2021 18:35:35 GMT\","
                + "\"Payment\":{\"Iban\":\"DE89\"},\"Tags\":{\"k\":\"v\"},\"Matrix\":[[\"a\"]],\"Priority\":2}");
    assertEquals(Double.NaN, order.score());
    assertEquals(Float.NEGATIVE_INFINITY, order.weight());
    assertEquals(new BigDecimal("0.10"), order.price());
    assertEquals(2, order.signature().size());
    assertEquals("DE89", order.payment().iban());
  }

  @Test
  void refusesTheWrongJsonTypeForEachKind() {
    for (String body :
        new String[] {
          "{\"Score\":\"1.5\"}",
          "{\"Price\":\"0.10\"}",
          "{\"Signature\":5}",
          "{\"Signature\":\"***\"}",
          "{\"ShippedAt\":5}",
          "{\"Tags\":[\"k\"]}",
          "{\"Matrix\":[\"a\"]}",
          "{\"Payment\":\"DE89\"}",
          "{\"Priority\":\"2\"}",
        }) {
      assertThrows(SerializationException.class, () -> decode(body), body);
    }
  }
}
