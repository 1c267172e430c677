package io.shapeforge.samples.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.validation.ConstraintKind;
import io.shapeforge.samples.shapes.model.Card;
import io.shapeforge.samples.shapes.model.Node;
import io.shapeforge.samples.shapes.model.Order;
import io.shapeforge.samples.shapes.model.OrderValidator;
import io.shapeforge.samples.shapes.model.PaymentMethod;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator, reading the Jakarta annotations of the generated models, finds the same
 * (path, constraint kind) pairs as the generated validator, over random orders that use every kind
 * Bean Validation can express: every numeric kind with integral and decimal bounds, strings with
 * length and pattern (a sensitive one too), enums, nested lists, dense and sparse lists and maps,
 * map keys, lists and maps of structures and unions, and recursive structures.
 *
 * <p>Hibernate reports each element of a collection of scalars on its own ({@code matrix[1].<list
 * element>[0].<list element>}); the generated validator, as AWS, reports the collection once
 * ({@code matrix.2.member ELEMENT}, {@code tags MAP_KEY}). That is translated here: it is a
 * difference in where, not in what.
 *
 * <p>Where Bean Validation has no equivalent constraint the corpus keeps the value valid, and
 * {@code ShapeValidationTest} covers it alone: blob lengths, int enum value sets,
 * {@code @UniqueItems}, union member counts, and lengths of strings outside the Basic Multilingual
 * Plane ({@code @Size} counts UTF-16 units, the validator code points).
 */
class ShapeKindsParityTest {
  private static final int CORPUS_SIZE = 400;

  private static ValidatorFactory factory;
  private static jakarta.validation.Validator hibernate;

  private final Random random = new Random(20261201L);

  @BeforeAll
  static void startHibernate() {
    factory = Validation.buildDefaultValidatorFactory();
    hibernate = factory.getValidator();
  }

  @AfterAll
  static void stopHibernate() {
    factory.close();
  }

  @Test
  void randomOrdersAgree() {
    int invalid = 0;
    Set<ConstraintKind> kindsSeen = EnumSet.noneOf(ConstraintKind.class);
    for (int i = 0; i < CORPUS_SIZE; i++) {
      Order order = randomOrder(2);
      Set<String> ours = new TreeSet<>();
      OrderValidator.INSTANCE
          .violationsOf(order)
          .forEach(
              v -> {
                ours.add(v.path() + " " + v.kind());
                kindsSeen.add(v.kind());
              });
      Set<String> theirs = new TreeSet<>();
      hibernate.validate(order).forEach(v -> theirs.add(finding(v)));
      assertEquals(ours, theirs, order::toString);
      invalid += ours.isEmpty() ? 0 : 1;
    }
    assertTrue(
        invalid > CORPUS_SIZE / 4 && invalid < CORPUS_SIZE,
        "corpus mixes valid and invalid: " + invalid);
    // Every kind Bean Validation can express was compared, not just some.
    assertEquals(
        EnumSet.complementOf(EnumSet.of(ConstraintKind.UNIQUE_ITEMS, ConstraintKind.UNION)),
        kindsSeen);
  }

  // ---- Hibernate's findings in AWS's form ----

  private static String finding(ConstraintViolation<Order> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    Path.Node last = nodes.get(nodes.size() - 1);
    ConstraintKind collectionKind =
        last.getKind() == ElementKind.CONTAINER_ELEMENT
            ? scalarCollectionKind(violation, nodes)
            : null;
    List<String> segments = new ArrayList<>();
    for (Path.Node node : nodes) {
      boolean reportedAtCollection = node == last && collectionKind != null;
      if (node.isInIterable() && !reportedAtCollection) {
        segments.add(
            node.getIndex() != null
                ? String.valueOf(node.getIndex() + 1)
                : String.valueOf(node.getKey()));
        segments.add("member");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        segments.add(node.getName());
      }
    }
    return String.join(".", segments)
        + " "
        + (collectionKind != null ? collectionKind : kindOf(violation));
  }

  /**
   * For a violation on a container element: {@code ELEMENT}, {@code MAP_KEY} or {@code MAP_VALUE}
   * when the element is a scalar (reported at the collection), {@code null} when it is a structure
   * or union (reported at its own {@code .member} path).
   */
  private static ConstraintKind scalarCollectionKind(
      ConstraintViolation<Order> violation, List<Path.Node> nodes) {
    int lastProperty = -1;
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).getKind() == ElementKind.PROPERTY) {
        lastProperty = i;
      }
    }
    Type type =
        field(violation.getLeafBean().getClass(), nodes.get(lastProperty).getName())
            .getGenericType();
    ConstraintKind kind = null;
    for (int i = lastProperty + 1; i < nodes.size(); i++) {
      Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
      String name = nodes.get(i).getName();
      if ("<map key>".equals(name)) {
        type = arguments[0];
        kind = ConstraintKind.MAP_KEY;
      } else if ("<map value>".equals(name)) {
        type = arguments[1];
        kind = ConstraintKind.MAP_VALUE;
      } else {
        type = arguments[0];
        kind = ConstraintKind.ELEMENT;
      }
    }
    boolean aggregate =
        type instanceof ParameterizedType
            || type instanceof Class<?> c
                && c.getPackageName().equals(Order.class.getPackageName())
                && !c.isEnum();
    return aggregate ? null : kind;
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static ConstraintKind kindOf(ConstraintViolation<Order> violation) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    Object invalid = violation.getInvalidValue();
    if (constraint instanceof NotNull) {
      return ConstraintKind.REQUIRED;
    }
    if (constraint instanceof Size size) {
      int length =
          invalid instanceof Collection<?> c
              ? c.size()
              : invalid instanceof Map<?, ?> m ? m.size() : ((CharSequence) invalid).length();
      return length < size.min() ? ConstraintKind.MIN_LENGTH : ConstraintKind.MAX_LENGTH;
    }
    if (constraint instanceof Min || constraint instanceof DecimalMin) {
      return ConstraintKind.MIN_VALUE;
    }
    if (constraint instanceof Max || constraint instanceof DecimalMax) {
      return ConstraintKind.MAX_VALUE;
    }
    if (constraint instanceof Pattern pattern) {
      // Spec patterns are wrapped to find-semantics; enum value sets are bare alternatives.
      return pattern.regexp().contains("[\\s\\S]") ? ConstraintKind.PATTERN : ConstraintKind.ENUM;
    }
    throw new AssertionError("unexpected constraint " + constraint);
  }

  // ---- a corpus where each member is valid, absent or broken in one of its ways ----

  private Order randomOrder(int depth) {
    Order.Builder order =
        Order.builder()
            .level(maybe(() -> pick((byte) -6, (byte) -5, (byte) 0, (byte) 5, (byte) 6)))
            .quantity(maybe(() -> pick((short) -1, (short) 0, (short) 7)))
            .maxResults(maybe(() -> pick(0, 1, 100, 101)))
            .weight(maybe(() -> pick(0.49f, 0.5f, 12f)))
            .price(
                maybe(
                    () ->
                        pick(
                            new BigDecimal("0.009"),
                            new BigDecimal("0.01"),
                            new BigDecimal("1000000"),
                            new BigDecimal("1000000.000000000000000000001"))))
            .color(maybe(() -> pick("RED", "dark-blue", "PURPLE", "red")))
            .payment(maybe(this::randomPayment))
            .password(maybe(() -> pick("short", "long-enough", "p".repeat(64), "p".repeat(65))))
            .matrix(maybe(() -> list(3, () -> list(3, () -> pick("ok", "", "toolong")))))
            .notes(maybe(() -> list(3, () -> pick("a", null))))
            .tags(maybe(() -> map(12, () -> pick("k", "", "k".repeat(129)), () -> pick("v", null))))
            .groups(
                maybe(
                    () ->
                        map(
                            2,
                            () -> pick("g", "h"),
                            () -> pick(null, list(2, () -> pick("x", null))))))
            .counts(maybe(() -> map(2, () -> pick("RED", "BLUE"), () -> pick(1, null))))
            .cards(maybe(() -> list(2, () -> pick(null, randomCard()))))
            .cardsByName(maybe(() -> map(2, () -> pick("main", "spare"), this::randomCard)))
            .paymentsByName(maybe(() -> map(2, () -> pick("p", "q"), this::randomPayment)))
            .ratios(maybe(() -> list(3, () -> pick(-0.5, 0.0, 0.5, 1.0, 1.5))))
            .colorsByName(maybe(() -> map(2, () -> pick("a", "b"), () -> pick("GREEN", "BLACK"))))
            .tree(maybe(() -> randomNode(2)));
    if (depth > 0) {
      order.children(maybe(() -> list(2, () -> randomOrder(depth - 1))));
    }
    return order.build();
  }

  /** A union with exactly one member set, valid or not. */
  private PaymentMethod randomPayment() {
    return switch (random.nextInt(4)) {
      case 0 -> PaymentMethod.fromIban(pick("DE89", "", "I".repeat(35)));
      case 1 -> PaymentMethod.fromCard(randomCard());
      case 2 -> PaymentMethod.fromCodes(list(2, () -> pick("abc", "abcd")));
      default -> PaymentMethod.fromAmount(pick(new BigDecimal("0.001"), new BigDecimal("3")));
    };
  }

  private Card randomCard() {
    return Card.builder()
        .number(maybe(() -> pick("4111111111111111", "12", "4111x11111111111")))
        .cvv("123")
        .build();
  }

  private Node randomNode(int depth) {
    Node.Builder node = Node.builder().name(maybe(() -> pick("root", "", "n".repeat(9))));
    if (depth > 0) {
      node.children(maybe(() -> map(2, () -> pick("x", "y"), () -> randomNode(depth - 1))));
    }
    return node.build();
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? value.get() : null;
  }

  /** Up to {@code max} elements, nulls included: a dense list refuses them. */
  private <T> List<T> list(int max, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  private <V> Map<String, V> map(int max, Supplier<String> key, Supplier<V> value) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      map.put(key.get(), value.get());
    }
    return map;
  }
}
