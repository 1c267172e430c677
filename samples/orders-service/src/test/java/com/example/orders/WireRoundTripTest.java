package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.orders.model.CreateOrderInput;
import com.example.orders.model.CreateOrderInputValidator;
import com.example.orders.model.CreateOrderOutput;
import com.example.orders.model.CreateOrderOutputValidator;
import com.example.orders.model.ListOrdersInput;
import com.example.orders.model.ListOrdersInputValidator;
import com.example.orders.model.OrderStatus;
import com.example.orders.model.Payment;
import com.example.orders.model.Priority;
import io.shapeforge.runtime.protocol.JsonCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A valid payload, with every member of the model set, goes through the generated models and comes
 * out as the same bytes: nothing is lost, reordered, reformatted or added on the way (a decimal
 * keeps its trailing zero, a timestamp its fraction, a {@code @sparse} map its null value).
 */
class WireRoundTripTest {
  private static final JsonCodec CODEC = JsonCodec.defaults();

  private static <T> T decode(String json, Class<T> type) {
    return CODEC.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static String encode(Object model) {
    return new String(CODEC.encode(model), StandardCharsets.UTF_8);
  }

  @Test
  void aFullCreateOrderRequestRoundTripsByteForByte() {
    String body =
        "{\"CustomerId\":\"c-7f\","
            + "\"Lines\":[{\"Sku\":\"BOX-1\",\"Quantity\":1,\"UnitPrice\":24.50,"
            + "\"Components\":[{\"Sku\":\"TEA-1\",\"Quantity\":2,\"UnitPrice\":0.01}]}],"
            + "\"Payment\":{\"InvoiceAccount\":{\"AccountId\":\"ACME-1\",\"PaymentTermDays\":60}},"
            + "\"Deliveries\":{\"home\":{\"Line1\":\"1 Tea Street\",\"PostalCode\":\"AB1 2CD\",\"Country\":\"GB\"}},"
            + "\"Shipping\":\"express\","
            + "\"Priority\":3,"
            + "\"Tags\":[\"gift\",\"fragile\"],"
            + "\"Notes\":{\"ops\":null,\"billing\":\"net 60\"},"
            + "\"GiftMessage\":\"Happy birthday\","
            + "\"ClientToken\":\"retry-1\"}";

    CreateOrderInput input = decode(body, CreateOrderInput.class);

    assertEquals(List.of(), CreateOrderInputValidator.INSTANCE.violationsOf(input));
    assertEquals(Payment.Type.INVOICE_ACCOUNT, input.payment().type());
    assertEquals(new BigDecimal("24.50"), input.lines().get(0).unitPrice());
    assertEquals(Priority.URGENT, input.priority());
    assertEquals(body, encode(input));
  }

  @Test
  void aCreateOrderAnswerRoundTripsByteForByte() {
    String body =
        "{\"Order\":{\"OrderId\":\"o-1a\",\"CustomerId\":\"c-7f\",\"Status\":\"PENDING\","
            + "\"Lines\":[{\"Sku\":\"TEA-1\",\"Quantity\":2,\"UnitPrice\":3.10}],"
            + "\"Total\":6.20,"
            + "\"PlacedAt\":1764547200.125}}";

    CreateOrderOutput output = decode(body, CreateOrderOutput.class);

    assertEquals(List.of(), CreateOrderOutputValidator.INSTANCE.violationsOf(output));
    assertEquals(OrderStatus.PENDING, output.order().status());
    assertEquals(Instant.parse("2025-12-01T00:00:00.125Z"), output.order().placedAt());
    assertEquals(body, encode(output));
  }

  @Test
  void aListOrdersRequestRoundTripsByteForByte() {
    String body =
        "{\"CustomerId\":\"c-7f\",\"Statuses\":[\"PENDING\",\"SHIPPED\"],\"MaxResults\":50,"
            + "\"NextToken\":\"abc\"}";

    ListOrdersInput input = decode(body, ListOrdersInput.class);

    assertEquals(List.of(), ListOrdersInputValidator.INSTANCE.violationsOf(input));
    assertEquals(body, encode(input));
  }
}
