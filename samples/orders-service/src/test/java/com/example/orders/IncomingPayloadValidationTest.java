package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.model.CreateOrderInput;
import com.example.orders.model.CreateOrderInputValidator;
import com.example.orders.model.ListOrdersInput;
import com.example.orders.model.ListOrdersInputValidator;
import com.example.orders.model.Payment;
import com.example.orders.model.Priority;
import com.example.orders.model.ShippingSpeed;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.SerializationException;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.runtime.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an existing service does with a request body, using only what the build generated from
 * {@code src/main/smithy/orders.smithy}: decode strictly with {@link JsonCodec}, then check with
 * the generated validator, and answer AWS's exact {@code ValidationException} text.
 *
 * <p>Where each kind of value is reported (a list of scalars at the list, a map's scalar values at
 * the map, structure values at {@code map.KEY.member}, list elements at {@code list.N.member}, no
 * value for {@code @sensitive}, the pattern before the minimum length) follows AWS answers quoted
 * in public bug reports; the quotes are in the javadoc of {@code io.shapeforge.runtime.validation}.
 */
class IncomingPayloadValidationTest {
  private static final JsonCodec CODEC = JsonCodec.defaults();

  /** Every required member, nothing else: each test adds the members it is about. */
  private static final String MINIMAL_LINE = "{\"Sku\":\"TEA-1\",\"Quantity\":1}";

  private static String createOrder(String extraMembers, String lines, String payment) {
    return "{\"CustomerId\":\"c-7f\",\"Lines\":"
        + lines
        + ",\"Payment\":"
        + payment
        + (extraMembers.isEmpty() ? "" : "," + extraMembers)
        + "}";
  }

  private static String createOrder(String extraMembers) {
    return createOrder(extraMembers, "[" + MINIMAL_LINE + "]", "{\"Voucher\":\"GIFT2026\"}");
  }

  private static <T> T decode(String json, Class<T> type) {
    return CODEC.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static List<String> messagesOf(CreateOrderInput input) {
    return CreateOrderInputValidator.INSTANCE.violationsOf(input).stream()
        .map(Violation::message)
        .toList();
  }

  @Test
  void aMinimalRequestIsValidAndGetsItsDefault() {
    CreateOrderInput input = decode(createOrder(""), CreateOrderInput.class);

    assertEquals(List.of(), CreateOrderInputValidator.INSTANCE.violationsOf(input));
    // @default("STANDARD") in the model: never null once decoded.
    assertEquals(ShippingSpeed.STANDARD, input.shipping());
    assertEquals(Payment.Type.VOUCHER, input.payment().type());
  }

  @Test
  void aStructureInAMapValueIsReportedUnderItsKey() {
    CreateOrderInput input =
        decode(
            createOrder(
                "\"Deliveries\":{\"home\":{\"Line1\":\"1 Tea Street\",\"PostalCode\":\"ab\",\"Country\":\"GBR\"}}"),
            CreateOrderInput.class);

    assertEquals(
        List.of(
            "Value 'ab' at 'deliveries.home.member.postalCode' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^[A-Z0-9 -]{3,10}$",
            "Value 'GBR' at 'deliveries.home.member.country' failed to satisfy constraint: "
                + "Member must have length less than or equal to 2"),
        messagesOf(input));
  }

  @Test
  void aMissingMemberOfAMapValueIsNull() {
    CreateOrderInput input =
        decode(
            createOrder(
                "\"Deliveries\":{\"office\":{\"Line1\":\"2 Tea Street\",\"Country\":\"GB\"}}"),
            CreateOrderInput.class);

    assertEquals(
        List.of(
            "Value null at 'deliveries.office.member.postalCode' failed to satisfy constraint: "
                + "Member must not be null"),
        messagesOf(input));
  }

  @Test
  void aUnionMemberTooShortIsMatchedAgainstItsPatternFirst() {
    CreateOrderInput input =
        decode(
            createOrder("", "[" + MINIMAL_LINE + "]", "{\"Voucher\":\"abc\"}"),
            CreateOrderInput.class);

    assertEquals(
        List.of(
            "Value 'abc' at 'payment.voucher' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^[A-Z0-9]+$",
            "Value 'abc' at 'payment.voucher' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 8"),
        messagesOf(input));
  }

  @Test
  void aUnionWithTwoMembersSetIsReportedAtTheUnion() {
    CreateOrderInput input =
        decode(
            createOrder(
                "",
                "[" + MINIMAL_LINE + "]",
                "{\"Voucher\":\"GIFT2026\",\"InvoiceAccount\":{\"AccountId\":\"ACME-1\"}}"),
            CreateOrderInput.class);

    assertEquals(
        List.of(
            "Value '[voucher, invoiceAccount]' at 'payment' failed to satisfy constraint: "
                + "Member must have exactly one member set"),
        messagesOf(input));
  }

  @Test
  void aSensitiveValueIsNeverEchoed() {
    CreateOrderInput input =
        decode(
            createOrder(
                "\"GiftMessage\":\"\"",
                "[" + MINIMAL_LINE + "]",
                "{\"Card\":{\"Number\":\"4111-1111\",\"Expiry\":\"13/27\"}}"),
            CreateOrderInput.class);

    List<String> messages = messagesOf(input);
    assertEquals(
        List.of(
            "Value at 'payment.card.number' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^[0-9]{12,19}$",
            "Value '13/27' at 'payment.card.expiry' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^(0[1-9]|1[0-2])/[0-9]{2}$",
            "Value at 'giftMessage' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1"),
        messages);
    assertFalse(
        String.join("; ", messages).contains("4111"), "the card number leaked into a message");
  }

  @Test
  void theElementsOfAListOfScalarsAreReportedAtTheListWithEveryElementConstraint() {
    CreateOrderInput input =
        decode(createOrder("\"Tags\":[\"gift\",\"Not-OK\",\"gift\"]"), CreateOrderInput.class);

    // The list's own constraints come before the listing of its elements' constraints. No AWS
    // answer
    // we found breaks both at once, so this order is the runtime's, not a quote.
    assertEquals(
        List.of(
            "Value '[gift, Not-OK, gift]' at 'tags' failed to satisfy constraint: Member must have unique values",
            "Value '[gift, Not-OK, gift]' at 'tags' failed to satisfy constraint: Member must satisfy constraint: "
                + "[Member must have length less than or equal to 32, Member must have length greater than or equal to 1, "
                + "Member must satisfy regular expression pattern: ^[a-z-]+$]"),
        messagesOf(input));
  }

  @Test
  void aSparseMapTakesNullValuesButStillChecksTheOthersAtTheMap() {
    CreateOrderInput nullNote =
        decode(createOrder("\"Notes\":{\"ops\":null}"), CreateOrderInput.class);
    CreateOrderInput emptyNote =
        decode(createOrder("\"Notes\":{\"ops\":null,\"billing\":\"\"}"), CreateOrderInput.class);

    assertEquals(List.of(), messagesOf(nullNote));
    assertTrue(nullNote.notes().containsKey("ops"), "the null of a sparse map is kept");
    assertNull(nullNote.notes().get("ops"));
    assertEquals(
        List.of(
            "Value '{ops=null, billing=}' at 'notes' failed to satisfy constraint: Map value must satisfy constraint: "
                + "[Member must have length less than or equal to 140, Member must have length greater than or equal to 1]"),
        messagesOf(emptyNote));
  }

  @Test
  void aDecimalBoundIsQuotedAsTheModelWritesIt() {
    CreateOrderInput input =
        decode(
            createOrder(
                "",
                "[{\"Sku\":\"TEA-1\",\"Quantity\":1,\"UnitPrice\":0.009},{\"Sku\":\"TEA-2\",\"Quantity\":1,\"UnitPrice\":100000.00}]",
                "{\"Voucher\":\"GIFT2026\"}"),
            CreateOrderInput.class);

    assertEquals(
        List.of(
            "Value '0.009' at 'lines.1.member.unitPrice' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 0.01",
            "Value '100000.00' at 'lines.2.member.unitPrice' failed to satisfy constraint: "
                + "Member must have value less than or equal to 99999.99"),
        messagesOf(input));
  }

  @Test
  void aRecursiveStructureExtendsThePathAtEachLevel() {
    String bundle =
        "{\"Sku\":\"BOX-1\",\"Quantity\":1,\"Components\":["
            + "{\"Sku\":\"TEA-1\",\"Quantity\":2},"
            + "{\"Sku\":\"TEA-2\",\"Quantity\":1,\"Components\":[{\"Sku\":\"cup\",\"Quantity\":0}]}]}";
    CreateOrderInput input =
        decode(
            createOrder("", "[" + MINIMAL_LINE + "," + bundle + "]", "{\"Voucher\":\"GIFT2026\"}"),
            CreateOrderInput.class);

    assertEquals(
        List.of(
            "Value 'cup' at 'lines.2.member.components.2.member.components.1.member.sku' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^[A-Z0-9-]+$",
            "Value '0' at 'lines.2.member.components.2.member.components.1.member.quantity' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1"),
        messagesOf(input));
  }

  @Test
  void unknownEnumAndIntEnumValuesAreKeptAndReported() {
    CreateOrderInput input =
        decode(createOrder("\"Shipping\":\"overnight\",\"Priority\":7"), CreateOrderInput.class);

    assertEquals(ShippingSpeed.UNKNOWN_TO_SDK_VERSION, input.shipping());
    assertEquals("overnight", input.shippingAsString());
    assertEquals(Priority.UNKNOWN_TO_SDK_VERSION, input.priority());
    assertEquals(7, input.priorityAsInteger());
    assertEquals(
        List.of(
            "Value 'overnight' at 'shipping' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [STANDARD, express]",
            "Value '7' at 'priority' failed to satisfy constraint: Member must satisfy enum value set: [1, 2, 3]"),
        messagesOf(input));
  }

  @Test
  void checkThrowsOneValidationExceptionWithEveryViolation() {
    ListOrdersInput input =
        decode(
            "{\"CustomerId\":\"x\",\"Statuses\":[\"PENDING\",\"PENDING\"],\"MaxResults\":51}",
            ListOrdersInput.class);

    ValidationException refused =
        assertThrows(
            ValidationException.class, () -> ListOrdersInputValidator.INSTANCE.check(input));

    assertEquals("ValidationException", refused.errorCode());
    assertEquals(400, refused.httpStatus());
    assertEquals(
        "4 validation errors detected: "
            + "Value 'x' at 'customerId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: ^c-[0-9a-f]+$; "
            + "Value 'x' at 'customerId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 3; "
            + "Value '[PENDING, PENDING]' at 'statuses' failed to satisfy constraint: Member must have unique values; "
            + "Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
        refused.getMessage());
  }

  @Test
  void aNumberSentAsAStringNeverReachesTheValidator() {
    SerializationException refused =
        assertThrows(
            SerializationException.class,
            () ->
                decode(
                    createOrder(
                        "",
                        "[{\"Sku\":\"TEA-1\",\"Quantity\":\"2\"}]",
                        "{\"Voucher\":\"GIFT2026\"}"),
                    CreateOrderInput.class));

    assertEquals(
        "Expected a 32-bit integer but found a string at '$.Lines[0].Quantity'",
        refused.getMessage());
  }
}
