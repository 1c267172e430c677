package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.model.CreateOrderInput;
import com.example.orders.model.ListOrdersInput;
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
import io.shapeforge.runtime.resource.ResourceQuery;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.store.InMemoryStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CreateOrder, GetOrder and ListOrders served by the handlers the processor generated from {@code
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

    /**
     * The other piece: ListOrders' Statuses names no record member (the record's is Status), so the
     * generated query leaves it out and this hook adds it, bound into the next token too.
     */
    @Override
    protected ResourceQuery.Builder<Order> listOrdersQuery(ListOrdersInput request) {
      ResourceQuery.Builder<Order> query = super.listOrdersQuery(request);
      if (request.statuses() != null && !request.statuses().isEmpty()) {
        query.where(
            Condition.in(
                Column.ofString("status", Order::statusAsString), request.statusesAsStrings()));
        query.filter("Statuses", request.statusesAsStrings());
      }
      return query;
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
    return create("c-7f", clientToken, quantity);
  }

  private static String create(String customerId, String clientToken, int quantity) {
    return "{\"CustomerId\":\""
        + customerId
        + "\",\"Lines\":[{\"Sku\":\"MUG-1\",\"Quantity\":"
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

  /** Creates {@code count} orders of {@code customerId} and answers their ids, as created. */
  private Set<String> createOrders(String customerId, int count) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      ProtocolResponse created = call("CreateOrder", create(customerId, customerId + "-" + i, 1));
      assertEquals(200, created.status());
      ids.add(json(created).get("Order").get("OrderId").asText());
    }
    return ids;
  }

  private static Set<String> orderIds(JsonNode page) {
    Set<String> ids = new LinkedHashSet<>();
    page.get("Orders").forEach(order -> ids.add(order.get("OrderId").asText()));
    return ids;
  }

  @Test
  void listAnswersTheCustomersOrdersAsStoredInOnePageWhenNoPageSizeIsSent() throws IOException {
    Set<String> ours = createOrders("c-7f", 3);
    createOrders("c-8e", 2);

    ProtocolResponse listed = call("ListOrders", "{\"CustomerId\":\"c-7f\"}");

    assertEquals(200, listed.status(), () -> new String(listed.body(), StandardCharsets.UTF_8));
    JsonNode page = json(listed);
    assertEquals(ours, orderIds(page));
    assertFalse(page.has("NextToken"), page.toString());
    for (JsonNode order : page.get("Orders")) {
      assertEquals("c-7f", order.get("CustomerId").asText());
      assertEquals("PENDING", order.get("Status").asText());
    }
  }

  @Test
  void listKeepsTheOrdersInTheStatusesSentThroughTheHandWrittenHook() throws IOException {
    Set<String> ours = createOrders("c-7f", 2); // every new order is PENDING

    JsonNode shipped =
        json(call("ListOrders", "{\"CustomerId\":\"c-7f\",\"Statuses\":[\"SHIPPED\"]}"));
    JsonNode pending =
        json(
            call(
                "ListOrders",
                "{\"CustomerId\":\"c-7f\",\"Statuses\":[\"PENDING\",\"CANCELLED\"]}"));

    assertEquals(Set.of(), orderIds(shipped));
    assertEquals(ours, orderIds(pending));
  }

  @Test
  void listOfACustomerWithoutOrdersAnswersAnEmptyPage() throws IOException {
    createOrders("c-7f", 1);

    JsonNode page = json(call("ListOrders", "{\"CustomerId\":\"c-00\"}"));

    assertEquals(Set.of(), orderIds(page));
    assertFalse(page.has("NextToken"), page.toString());
  }

  @Test
  void listPagesByMaxResultsWithNextTokenUntilTheEndEachOrderOnce() throws IOException {
    Set<String> ours = createOrders("c-7f", 5);
    createOrders("c-8e", 3);

    List<Integer> sizes = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String body =
          "{\"CustomerId\":\"c-7f\",\"MaxResults\":2"
              + (token == null ? "" : ",\"NextToken\":\"" + token + "\"")
              + "}";
      ProtocolResponse listed = call("ListOrders", body);
      assertEquals(200, listed.status(), () -> new String(listed.body(), StandardCharsets.UTF_8));
      JsonNode page = json(listed);
      sizes.add(page.get("Orders").size());
      seen.addAll(orderIds(page));
      token = page.has("NextToken") ? page.get("NextToken").asText() : null;
    } while (token != null && sizes.size() < 10);

    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(ours, new HashSet<>(seen));
    assertEquals(5, seen.size(), "no order twice: " + seen);
  }

  @Test
  void aTokenNotIssuedForThisListingAnswersInvalidNextToken() throws IOException {
    createOrders("c-7f", 3);
    createOrders("c-8e", 3);
    String token =
        json(call("ListOrders", "{\"CustomerId\":\"c-7f\",\"MaxResults\":1}"))
            .get("NextToken")
            .asText();

    // A token is bound to the listing it came from: another customer's listing refuses it, as
    // does a token that was never issued. AWS's error for both is InvalidNextToken (400), "The
    // specified token isn't valid." (the runtime's InvalidNextTokenException).
    for (String body :
        List.of(
            "{\"CustomerId\":\"c-8e\",\"MaxResults\":1,\"NextToken\":\"" + token + "\"}",
            "{\"CustomerId\":\"c-7f\",\"MaxResults\":1,\"NextToken\":\"bm90LWEtdG9rZW4=\"}")) {
      ProtocolResponse refused = call("ListOrders", body);

      assertEquals(400, refused.status(), body);
      assertEquals("InvalidNextToken", refused.headers().get("x-amzn-ErrorType"), body);
      assertEquals(
          "{\"__type\":\"InvalidNextToken\",\"message\":\"The specified token isn't valid.\"}",
          new String(refused.body(), StandardCharsets.UTF_8));
    }
  }
}
