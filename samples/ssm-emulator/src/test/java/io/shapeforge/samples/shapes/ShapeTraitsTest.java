package io.shapeforge.samples.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.samples.shapes.model.Card;
import io.shapeforge.samples.shapes.model.Color;
import io.shapeforge.samples.shapes.model.OldThing;
import io.shapeforge.samples.shapes.model.Order;
import io.shapeforge.samples.shapes.model.PaymentMethod;
import io.shapeforge.samples.shapes.model.Secret;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The traits, on the code the processor generated from the fixture spec. */
class ShapeTraitsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aDefaultIsFilledWhenBuiltAndWhenDecoded() throws JsonProcessingException {
    Order built = Order.builder().clientToken("t").build();
    assertEquals(10, built.maxResults());
    assertEquals(Color.DARK_BLUE, built.wrapping());
    assertEquals(List.of(), built.labels());
    Order decoded = MAPPER.readValue("{\"ClientToken\":\"t\"}", Order.class);
    assertEquals(10, decoded.maxResults());
    assertEquals("dark-blue", decoded.wrappingAsString());
    Order explicitNull =
        MAPPER.readValue("{\"ClientToken\":\"t\",\"MaxResults\":null}", Order.class);
    assertEquals(10, explicitNull.maxResults());
    assertEquals(25, Order.builder().maxResults(25).build().maxResults());
  }

  @Test
  void anIdempotencyTokenLeftOutIsAFreshUuid() throws JsonProcessingException {
    Order first = Order.builder().build();
    Order second = MAPPER.readValue("{}", Order.class);
    assertNotNull(UUID.fromString(first.clientToken()));
    assertNotNull(UUID.fromString(second.clientToken()));
    assertNotEquals(first.clientToken(), second.clientToken());
    assertEquals(first.clientToken(), first.toBuilder().build().clientToken());
    assertEquals("given", Order.builder().clientToken("given").build().clientToken());
  }

  @Test
  void toStringNeverShowsASensitiveValue() {
    Order order =
        Order.builder()
            .clientToken("t")
            .password("hunter2-secret")
            .secret(Secret.builder().value("the-secret").build())
            .cards(Card.builder().number("4111111111111111").cvv("987").build())
            .build();
    String text = order.toString();
    assertFalse(text.contains("hunter2-secret"), text);
    assertFalse(text.contains("the-secret"), text);
    assertFalse(text.contains("987"), text);
    assertTrue(text.contains("Password=*** Sensitive Data Redacted ***"), text);
    assertTrue(text.contains("Secret=*** Sensitive Data Redacted ***"), text);
    assertTrue(text.contains("Number=4111111111111111"), text);
    assertEquals(
        "Secret(Value=*** Sensitive Data Redacted ***)",
        Secret.builder().value("x").build().toString());
  }

  @Test
  void deprecatedInTheSpecIsDeprecatedInTheModel() throws NoSuchMethodException {
    assertTrue(OldThing.class.isAnnotationPresent(Deprecated.class));
    assertTrue(Order.class.getMethod("legacyCode").isAnnotationPresent(Deprecated.class));
    assertTrue(
        Order.Builder.class
            .getMethod("legacyCode", String.class)
            .isAnnotationPresent(Deprecated.class));
    assertFalse(Order.class.getMethod("nickname").isAnnotationPresent(Deprecated.class));
  }

  @Test
  void unionFactoriesSetExactlyOneMember() {
    PaymentMethod card = PaymentMethod.fromCard(Card.builder().number("4111111111111111").build());
    assertEquals(PaymentMethod.Type.CARD, card.type());
    assertEquals(null, card.iban());
    assertEquals(PaymentMethod.Type.IBAN, PaymentMethod.fromIban("DE89").type());
    assertEquals(PaymentMethod.Type.UNKNOWN_TO_SDK_VERSION, PaymentMethod.builder().build().type());
    assertEquals("PaymentMethod(Iban=DE89)", PaymentMethod.fromIban("DE89").toString());
  }
}
