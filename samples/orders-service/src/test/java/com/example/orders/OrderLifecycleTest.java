package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.model.CreateOrderInput;
import com.example.orders.model.Order;
import com.example.orders.model.OrderLine;
import com.example.orders.model.OrderStatus;
import com.example.orders.model.OrdersResources;
import com.example.orders.model.OrdersService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.store.InMemoryStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CreateOrder and GetOrder served by the handlers the processor generated from {@code
 * OrderBehaviour}'s {@code @Resource}, driven through the generated dispatcher, bytes in and out.
 * Only what storage cannot know is written by hand here: an order's status, total and time.
 */
class OrderLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:15:30.250Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The one piece of hand-written behaviour: members CreateOrder's input does not carry. */
  static final class Shop extends OrdersResources {
    Shop() {
      super(new InMemoryStore(), NextTokenCodec.withRandomKey());
    }

    @Override
    protected Order newOrder(CreateOrderInput request, String orderId) {
      BigDecimal total = BigDecimal.ZERO;
      for (OrderLine line : request.lines()) {
        total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
      }
      return super.newOrder(request, orderId).toBuilder()
          .status(OrderStatus.PENDING)
          .total(total)
          .placedAt(NOW)
          .build();
    }
  }

  private AwsJsonDispatcher dispatcher;

  @BeforeEach
  void serve() {
    dispatcher = OrdersService.dispatcher(new Shop()).build();
  }

  private ProtocolResponse call(String operation, String body) {
    return dispatcher.dispatch("Orders." + operation, body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(ProtocolResponse response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static String create(String clientToken, int quantity) {
    return "{\"CustomerId\":\"c-7f\",\"Lines\":[{\"Sku\":\"MUG-1\",\"Quantity\":"
        + quantity
        + ",\"UnitPrice\":4.50}],\"Payment\":{\"Voucher\":\"GIFT2026\"},\"ClientToken\":\""
        + clientToken
        + "\"}";
  }

  @Test
  void createStoresTheOrderUnderAMintedIdAndAnswersIt() throws IOException {
    ProtocolResponse created = call("CreateOrder", create("token-1", 2));

    assertEquals(200, created.status(), () -> new String(created.body(), StandardCharsets.UTF_8));
    JsonNode order = json(created).get("Order");
    // OrderId's pattern is ^o-[0-9a-f]+$; the declaration mints "o-" and 17 hex digits.
    assertTrue(order.get("OrderId").asText().matches("o-[0-9a-f]{17}"), order.toString());
    assertEquals("c-7f", order.get("CustomerId").asText());
    assertEquals("PENDING", order.get("Status").asText());
    assertEquals(9.0, order.get("Total").asDouble()); // 2 x 4.50
    assertEquals(1796120130.25, order.get("PlacedAt").asDouble());
  }

  @Test
  void aRetryWithTheSameTokenAndParametersAnswersTheFirstOrderAndStoresNoOther()
      throws IOException {
    JsonNode first = json(call("CreateOrder", create("token-1", 2))).get("Order");
    JsonNode retry = json(call("CreateOrder", create("token-1", 2))).get("Order");
    JsonNode other = json(call("CreateOrder", create("token-2", 2))).get("Order");

    assertEquals(first, retry);
    assertNotEquals(first.get("OrderId"), other.get("OrderId"));
  }

  @Test
  void aTokenReusedWithOtherParametersAnswersIdempotentParameterMismatch() throws IOException {
    call("CreateOrder", create("token-1", 2));

    ProtocolResponse reused = call("CreateOrder", create("token-1", 3));

    // AWS's model (botocore ssm 2014-11-06, IdempotentParameterMismatch): "Error returned when an
    // idempotent operation is retried and the parameters don't match the original call to the API
    // with the same idempotency token." A client fault; the message is the declaration's.
    assertEquals(400, reused.status());
    assertEquals("IdempotentParameterMismatch", reused.headers().get("x-amzn-ErrorType"));
    assertEquals(
        "{\"__type\":\"IdempotentParameterMismatch\","
            + "\"message\":\"The client token was already used for another order\"}",
        new String(reused.body(), StandardCharsets.UTF_8));
  }

  @Test
  void getAnswersTheStoredOrder() throws IOException {
    JsonNode created = json(call("CreateOrder", create("token-1", 2))).get("Order");

    ProtocolResponse got =
        call("GetOrder", "{\"OrderId\":\"" + created.get("OrderId").asText() + "\"}");

    assertEquals(200, got.status());
    assertEquals(created, json(got).get("Order"));
  }

  @Test
  void getOfAnUnknownOrderAnswersOrderNotFoundWithTheDeclaredMessage() {
    ProtocolResponse missing = call("GetOrder", "{\"OrderId\":\"o-0123456789abcdef0\"}");

    assertEquals(404, missing.status());
    assertEquals("OrderNotFound", missing.headers().get("x-amzn-ErrorType"));
    assertEquals(
        "{\"__type\":\"OrderNotFound\",\"message\":\"Order o-0123456789abcdef0 does not exist\"}",
        new String(missing.body(), StandardCharsets.UTF_8));
  }
}
