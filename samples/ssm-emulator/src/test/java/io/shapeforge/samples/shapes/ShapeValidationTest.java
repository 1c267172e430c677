package io.shapeforge.samples.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.runtime.value.Blob;
import io.shapeforge.samples.shapes.model.Card;
import io.shapeforge.samples.shapes.model.Node;
import io.shapeforge.samples.shapes.model.Order;
import io.shapeforge.samples.shapes.model.OrderValidator;
import io.shapeforge.samples.shapes.model.PaymentMethod;
import io.shapeforge.samples.shapes.model.PaymentMethodValidator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated validators reach every kind: ranges on every numeric kind with decimal bounds, blob
 * and map lengths, int enums, unique items, nulls in dense collections, and recursion into nested
 * lists, maps, unions and recursive structures, each reported where AWS reports it: a list of
 * scalars, a map's keys and a map's scalar values at the collection (with every constraint of the
 * element listed), structures and the like at {@code list.N.member} and {@code map.KEY.member} (see
 * the package documentation of {@code io.shapeforge.runtime.validation} for the evidence).
 */
class ShapeValidationTest {

  private static List<String> found(Order order) {
    return OrderValidator.INSTANCE.violationsOf(order).stream()
        .map(ShapeValidationTest::describe)
        .toList();
  }

  private static String describe(Violation violation) {
    return violation.path() + ": " + violation.constraint();
  }

  @Test
  void aValidOrderHasNoViolations() {
    assertEquals(List.of(), found(Order.builder().clientToken("t").build()));
  }

  @Test
  void rangesOnEveryNumericKindWithDecimalBounds() {
    Order order =
        Order.builder()
            .level((byte) 6)
            .quantity((short) -1)
            .weight(0.49f)
            .price(new BigDecimal("0.009"))
            .ratios(1.5, Double.NaN)
            .build();
    assertEquals(
        List.of(
            "level: Member must have value less than or equal to 5",
            "quantity: Member must have value greater than or equal to 0",
            "weight: Member must have value greater than or equal to 0.5",
            "price: Member must have value greater than or equal to 0.01",
            // a double's bounds are written as Java writes a double, as Lambda's messages show
            "ratios: Member must satisfy constraint: [Member must have value less than or equal to 1.0, "
                + "Member must have value greater than or equal to 0.0]"),
        found(order));
  }

  @Test
  void blobAndMapLengthsAndUniqueItems() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      tags.put("k" + i, "v");
    }
    Order order =
        Order.builder().signature(Blob.of(new byte[17])).tags(tags).skus("a", "b", "a").build();
    assertEquals(
        List.of(
            "signature: Member must have length less than or equal to 16",
            "skus: Member must have unique values",
            "tags: Member must have length less than or equal to 10"),
        found(order).stream().sorted().toList());
  }

  @Test
  void unknownEnumAndIntEnumValuesAreReported() {
    Order order = Order.builder().color("PURPLE").priority(7).counts(Map.of("BLUE", 1)).build();
    assertEquals(
        List.of(
            "color: Member must satisfy enum value set: [RED, GREEN, dark-blue]",
            "priority: Member must satisfy enum value set: [1, 2, 3]",
            "counts: Map keys must satisfy constraint: [Member must satisfy enum value set: [RED, GREEN, dark-blue]]"),
        found(order));
  }

  @Test
  void nullsAreRefusedInDenseCollectionsAndKeptInSparseOnes() {
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("k", null);
    Order order =
        Order.builder()
            .skus(Arrays.asList("a", null))
            .notes(Arrays.asList("a", null))
            .tags(withNull)
            .optional(withNull)
            .build();
    assertEquals(
        List.of(
            "skus: Member must satisfy constraint: [Member must not be null]",
            "tags: Map value must satisfy constraint: [Member must not be null]"),
        found(order));
  }

  @Test
  void violationsInsideNestedListsMapsUnionsAndRecursiveStructures() {
    Order order =
        Order.builder()
            .matrix(List.of(List.of("ok"), List.of("toolong")))
            .groups(Map.of("g", Arrays.asList("x", null)))
            .cardsByName(Map.of("main", Card.builder().number("12").build()))
            .payment(PaymentMethod.fromIban(""))
            .paymentsByName(Map.of("p", PaymentMethod.fromCodes(List.of("abcd"))))
            .children(Order.builder().children(Order.builder().level((byte) 9).build()).build())
            .tree(
                Node.builder()
                    .name("root")
                    .children(Map.of("x", Node.builder().name("").build()))
                    .build())
            .build();
    assertEquals(
        List.of(
            "payment.iban: Member must have length greater than or equal to 1",
            "matrix.2.member: Member must satisfy constraint: [Member must have length less than or equal to 3, "
                + "Member must have length greater than or equal to 0]",
            "groups.g.member: Member must satisfy constraint: [Member must not be null]",
            "cardsByName.main.member.number: Member must have length greater than or equal to 12",
            "paymentsByName.p.member.codes: Member must satisfy constraint: [Member must have length less than or "
                + "equal to 3, Member must have length greater than or equal to 0]",
            "children.1.member.children.1.member.level: Member must have value less than or equal to 5",
            "tree.children.x.member.name: Member must have length greater than or equal to 1"),
        found(order));
  }

  @Test
  void aSensitiveValueIsNeverEchoedAndLengthCountsCodePoints() {
    // Seven emoji are 14 UTF-16 units but 7 characters, as Smithy's @length counts them: too short.
    String sevenEmoji = "\uD83D\uDE00".repeat(7);
    List<String> messages =
        OrderValidator.INSTANCE.violationsOf(Order.builder().password(sevenEmoji).build()).stream()
            .map(Violation::message)
            .toList();
    assertEquals(
        List.of(
            "Value at 'password' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 8"),
        messages);
    assertEquals(List.of(), found(Order.builder().password("\uD83D\uDE00".repeat(8)).build()));
  }

  @Test
  void aUnionWithNoneOrSeveralMembersSetIsReported() {
    PaymentMethod two = PaymentMethod.builder().iban("DE89").color("RED").build();
    assertEquals(
        List.of(
            "Value '[iban, color]' at '' failed to satisfy constraint: Member must have exactly one member set"),
        PaymentMethodValidator.INSTANCE.violationsOf(two).stream()
            .map(Violation::message)
            .toList());
    assertEquals(
        List.of(
            "Value '[]' at 'payment' failed to satisfy constraint: Member must have exactly one member set"),
        OrderValidator.INSTANCE
            .violationsOf(Order.builder().payment(PaymentMethod.builder().build()).build())
            .stream()
            .map(Violation::message)
            .toList());
  }
}
