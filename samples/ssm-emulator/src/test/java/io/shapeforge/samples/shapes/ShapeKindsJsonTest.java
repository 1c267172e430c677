package io.shapeforge.samples.shapes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.value.Blob;
import io.shapeforge.runtime.value.Document;
import io.shapeforge.samples.shapes.model.Card;
import io.shapeforge.samples.shapes.model.Color;
import io.shapeforge.samples.shapes.model.Node;
import io.shapeforge.samples.shapes.model.Order;
import io.shapeforge.samples.shapes.model.PaymentMethod;
import io.shapeforge.samples.shapes.model.Priority;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shape kind through a plain {@link ObjectMapper}, in awsJson1_1 wire form, at the top level
 * and nested, edge values included. A plain mapper is the contract: the generated classes and the
 * runtime value types carry their own mapping.
 */
class ShapeKindsJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads wire JSON into a tree without rounding decimals through double, to inspect it. */
  private static final ObjectMapper TREE =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** A 40-digit decimal: a double would keep about 17 of them. */
  private static final BigDecimal FORTY_DIGITS =
      new BigDecimal("123456789012345678901234567890.1234567891");

  /** Characters outside the Basic Multilingual Plane (two UTF-16 units each) and an accent. */
  private static final String NON_BMP = "caf\u00e9 \uD83D\uDE00 \uD834\uDD1E";

  private static Order everyKind() {
    Map<String, Map<String, Long>> nested = new LinkedHashMap<>();
    nested.put("a", Map.of("x", Long.MIN_VALUE));
    return Order.builder()
        .clientToken("token-1")
        .gift(true)
        .level((byte) -5)
        .quantity(Short.MAX_VALUE)
        .maxResults(50)
        .total(Long.MAX_VALUE)
        .weight(1.5f)
        .score(0.1)
        .serial(new BigInteger("123456789012345678901234567890123456789"))
        .price(FORTY_DIGITS)
        .createdAt(Instant.parse("2021-08-04T18:35:35.145Z"))
        .shippedAt(Instant.parse("2021-08-04T18:35:35.145Z"))
        .deliveredAt(Instant.parse("2021-08-04T18:35:35Z"))
        .signature(Blob.of("hello".getBytes(StandardCharsets.UTF_8)))
        .metadata(Document.fromMap(Map.of("big", Document.fromNumber(FORTY_DIGITS))))
        .color(Color.DARK_BLUE)
        .priority(Priority.LOW)
        .payment(PaymentMethod.fromCard(Card.builder().number("4111111111111111").build()))
        .password("correct horse")
        .nickname(NON_BMP)
        .labels("a")
        .skus("s1", "s2")
        .matrix(List.of(List.of("a", "b"), List.of()))
        .notes(Arrays.asList("one", null, "three"))
        .tags(Map.of("k", "v"))
        .groups(Map.of("g", List.of("x", "y")))
        .counts(Map.of("RED", 3))
        .nested(nested)
        .optional(mapWithNull())
        .cards(Card.builder().number("4111111111111111").cvv("123").build())
        .cardsByName(Map.of("main", Card.builder().number("5500000000000004").build()))
        .payments(
            PaymentMethod.fromIban("DE89370400440532013000"),
            PaymentMethod.fromPriority(Priority.HIGH))
        .paymentsByName(Map.of("p", PaymentMethod.fromAmount(new BigDecimal("0.01"))))
        .blobs(Blob.empty(), Blob.of(new byte[] {(byte) 0xff, 0}))
        .amounts(FORTY_DIGITS, BigDecimal.ONE)
        .documents(
            Map.of(
                "d", Document.fromList(List.of(Document.fromNull(), Document.fromBoolean(false)))))
        .times(Instant.ofEpochSecond(0), Instant.ofEpochMilli(1628102135145L))
        .timesByName(Map.of("t", Instant.parse("2021-08-04T18:35:35.145Z")))
        .priorities(Priority.HIGH, Priority.NORMAL)
        .colorsByName(Map.of("c", "GREEN"))
        .ratios(0.0, 1.0)
        .parent(Order.builder().clientToken("parent").build())
        .children(Order.builder().clientToken("child").build())
        .tree(
            Node.builder()
                .name("root")
                .children(Map.of("leaf", Node.builder().name("leaf").build()))
                .build())
        .build();
  }

  private static Map<String, String> mapWithNull() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("present", "yes");
    map.put("absent", null);
    return map;
  }

  @Test
  void everyKindRoundTripsThroughAPlainObjectMapper() throws JsonProcessingException {
    Order order = everyKind();
    String json = MAPPER.writeValueAsString(order);
    Order back = MAPPER.readValue(json, Order.class);
    assertEquals(order, back);
    assertEquals(json, MAPPER.writeValueAsString(back));
  }

  @Test
  void eachKindHasItsAwsJsonWireForm() throws JsonProcessingException {
    JsonNode wire = TREE.readTree(MAPPER.writeValueAsString(everyKind()));
    assertEquals(-5, wire.get("Level").intValue());
    assertEquals("9223372036854775807", wire.get("Total").asText());
    assertTrue(wire.get("Total").isIntegralNumber());
    assertEquals(
        "123456789012345678901234567890.1234567891",
        wire.get("Price").decimalValue().toPlainString());
    assertEquals(
        "123456789012345678901234567890123456789", wire.get("Serial").bigIntegerValue().toString());
    // Timestamps: epoch seconds by default, and the two string formats of @TimestampFormat.
    assertEquals("1628102135.145", wire.get("CreatedAt").asText());
    assertEquals("2021-08-04T18:35:35.145Z", wire.get("ShippedAt").textValue());
    assertEquals("Wed, 04 Aug 2021 18:35:35 GMT", wire.get("DeliveredAt").textValue());
    assertEquals("aGVsbG8=", wire.get("Signature").textValue());
    assertEquals("dark-blue", wire.get("Color").textValue());
    assertEquals(3, wire.get("Priority").intValue());
    // A union is an object with exactly one key.
    assertEquals(List.of("Card"), fieldNames(wire.get("Payment")));
    assertEquals(List.of("Iban"), fieldNames(wire.get("Payments").get(0)));
    // awsJson1_1 ignores @JsonName: the wire name stays Nickname.
    assertEquals(NON_BMP, wire.get("Nickname").textValue());
    assertFalse(wire.has("nick"));
    // A sparse list and a sparse map keep their nulls on the wire.
    assertTrue(wire.get("Notes").get(1).isNull());
    assertTrue(wire.get("Optional").get("absent").isNull());
    assertEquals("", wire.get("Blobs").get(0).textValue());
    assertEquals("1628102135.145", wire.get("Times").get(1).asText());
    assertEquals("2021-08-04T18:35:35.145Z", wire.get("TimesByName").get("t").textValue());
    assertEquals("{\"d\":[null,false]}", wire.get("Documents").toString());
  }

  @Test
  void largestLongAndFortyDigitDecimalKeepEveryDigit() throws JsonProcessingException {
    String json =
        "{\"ClientToken\":\"t\",\"Total\":9223372036854775807,"
            + "\"Price\":123456789012345678901234567890.1234567891,"
            + "\"Amounts\":[123456789012345678901234567890.1234567891],"
            + "\"Metadata\":{\"n\":123456789012345678901234567890.1234567891}}";
    Order order = MAPPER.readValue(json, Order.class);
    assertEquals(Long.MAX_VALUE, order.total());
    assertEquals(FORTY_DIGITS, order.price());
    assertEquals(List.of(FORTY_DIGITS), order.amounts());
    assertEquals(FORTY_DIGITS, order.metadata().asMap().get("n").asNumber());
    assertTrue(
        MAPPER.writeValueAsString(order).contains("123456789012345678901234567890.1234567891"));
  }

  @Test
  void floatingPointSpecialValuesTravelAsTheStringsAwsUses() throws JsonProcessingException {
    for (double special :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      Order order =
          Order.builder()
              .clientToken("t")
              .score(special)
              .weight((float) special)
              .ratios(special)
              .build();
      JsonNode wire = MAPPER.readTree(MAPPER.writeValueAsString(order));
      String expected = Double.isNaN(special) ? "NaN" : special > 0 ? "Infinity" : "-Infinity";
      assertEquals(expected, wire.get("Score").textValue());
      assertEquals(expected, wire.get("Weight").textValue());
      assertEquals(expected, wire.get("Ratios").get(0).textValue());
      Order back = MAPPER.readValue(wire.toString(), Order.class);
      assertEquals(special, back.score());
      assertEquals((float) special, back.weight());
      assertEquals(List.of(special), back.ratios());
    }
  }

  @Test
  void emptyBlobAndNonBmpStringsRoundTrip() throws JsonProcessingException {
    Order order =
        Order.builder().clientToken(NON_BMP).signature(Blob.empty()).nickname(NON_BMP).build();
    Order back = MAPPER.readValue(MAPPER.writeValueAsString(order), Order.class);
    assertEquals(0, back.signature().size());
    assertArrayEquals(new byte[0], back.signature().asByteArray());
    assertEquals(NON_BMP, back.nickname());
    assertEquals(NON_BMP, back.clientToken());
  }

  @Test
  void nullsInASparseListAndMapAreKept() throws JsonProcessingException {
    Order order =
        MAPPER.readValue(
            "{\"ClientToken\":\"t\",\"Notes\":[null,\"b\",null],\"Optional\":{\"k\":null}}",
            Order.class);
    assertEquals(Arrays.asList(null, "b", null), order.notes());
    assertTrue(order.optional().containsKey("k"));
    assertNull(order.optional().get("k"));
  }

  @Test
  void unknownEnumAndIntEnumValuesAreKeptNotRefused() throws JsonProcessingException {
    Order order =
        MAPPER.readValue(
            "{\"ClientToken\":\"t\",\"Color\":\"PURPLE\",\"Priority\":7}", Order.class);
    assertEquals(Color.UNKNOWN_TO_SDK_VERSION, order.color());
    assertEquals("PURPLE", order.colorAsString());
    assertEquals(Priority.UNKNOWN_TO_SDK_VERSION, order.priority());
    assertEquals(7, order.priorityAsInteger());
    assertEquals(
        "{\"ClientToken\":\"t\",\"MaxResults\":10,\"Color\":\"PURPLE\",\"Priority\":7,\"Wrapping\":\"dark-blue\",\"Labels\":[]}",
        MAPPER.writeValueAsString(order));
  }

  @Test
  void recursiveStructuresNestThroughListsAndMaps() throws JsonProcessingException {
    String json =
        "{\"ClientToken\":\"a\",\"Children\":[{\"ClientToken\":\"b\",\"Parent\":{\"ClientToken\":\"c\"}}],"
            + "\"Tree\":{\"Name\":\"r\",\"Children\":{\"x\":{\"Name\":\"x\",\"Children\":{\"y\":{\"Name\":\"y\"}}}}}}";
    Order order = MAPPER.readValue(json, Order.class);
    assertEquals("c", order.children().get(0).parent().clientToken());
    assertEquals("y", order.tree().children().get("x").children().get("y").name());
  }

  @Test
  void aUnionWithSeveralKeysIsKeptForValidationToReport() throws JsonProcessingException {
    PaymentMethod two = MAPPER.readValue("{\"Iban\":\"DE1\",\"Priority\":1}", PaymentMethod.class);
    assertEquals(PaymentMethod.Type.UNKNOWN_TO_SDK_VERSION, two.type());
    PaymentMethod one = MAPPER.readValue("{\"Iban\":\"DE1\"}", PaymentMethod.class);
    assertEquals(PaymentMethod.Type.IBAN, one.type());
    assertEquals("DE1", one.iban());
  }

  @Test
  void blobThatIsNotBase64IsADecodeFailure() {
    assertThrows(
        JsonProcessingException.class,
        () ->
            MAPPER.readValue("{\"ClientToken\":\"t\",\"Signature\":\"not base64!\"}", Order.class));
    assertThrows(
        JsonProcessingException.class,
        () -> MAPPER.readValue("{\"ClientToken\":\"t\",\"Signature\":5}", Order.class));
  }

  @Test
  void timestampsInTheWrongFormatAreDecodeFailures() {
    assertThrows(
        JsonProcessingException.class,
        () -> MAPPER.readValue("{\"ClientToken\":\"t\",\"ShippedAt\":1628102135}", Order.class));
    assertThrows(
        JsonProcessingException.class,
        () ->
            MAPPER.readValue(
                "{\"ClientToken\":\"t\",\"DeliveredAt\":\"2021-08-04T18:35:35Z\"}", Order.class));
  }

  @Test
  void nestedCollectionsAreImmutable() {
    Order order = everyKind();
    assertThrows(UnsupportedOperationException.class, () -> order.matrix().get(0).add("z"));
    assertThrows(UnsupportedOperationException.class, () -> order.groups().get("g").add("z"));
    assertThrows(UnsupportedOperationException.class, () -> order.nested().get("a").put("y", 1L));
    assertThrows(UnsupportedOperationException.class, () -> order.tags().put("k2", "v"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
