package io.shapeforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonLimits;
import io.shapeforge.runtime.protocol.SerializationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated {@code readJson} against Jackson databind, which reads the same models from their
 * annotations and is the reference: for random valid bodies of every member kind, and for the same
 * bodies broken on purpose (a value swapped for a wrong type, an out-of-range number, a special
 * float, {@code null}, a duplicate or unknown member, deep nesting, a cut), both paths must give an
 * equal model or a {@code SerializationException} with the same message, under default limits,
 * tight limits and the strict unknown-member setting alike.
 */
class GeneratedJsonReaderTest {
  /** Exact decimals, so a mutated body's numbers are written back as they were read. */
  private static final JsonMapper TREES =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  /** Generated and databind codecs with the same settings, by name. */
  private static final Map<String, Function<JsonCodec.Builder, JsonCodec.Builder>> SETTINGS =
      Map.of(
          "defaults",
          b -> b,
          "strict",
          b -> b.rejectUnknownMembers(true),
          "tight limits",
          b ->
              b.limits(
                  JsonLimits.defaults()
                      .withMaxArrayElements(2)
                      .withMaxStringLength(6)
                      .withMaxNestingDepth(5)
                      .withMaxNameLength(6)));

  /** An idempotency token is a fresh UUID whenever it is absent: not part of the comparison. */
  private static final Pattern TOKEN = Pattern.compile("\"Token\":\"(?:[^\"\\\\]|\\\\.)*\",?");

  /**
   * Values that each break some member: wrong JSON types, numbers at and past each Java type's
   * range, the special floating-point strings, timestamps and blobs in and out of format.
   */
  private static final List<String> HOSTILE_VALUES =
      List.of(
          "null",
          "true",
          "\"\"",
          "\"10\"",
          "\"NaN\"",
          "\"INF\"",
          "\"-Infinity\"",
          "\" NaN\"",
          "\"nan\"",
          "{}",
          "[]",
          "[null]",
          "[1,\"a\",null]",
          "{\"k\":null}",
          "{\"Iban\":\"x\",\"Iban2\":[1]}",
          "0",
          "-1",
          "10.5",
          "10.0",
          "1e20",
          "-1e400",
          "1e400",
          "127",
          "128",
          "255",
          "256",
          "-128",
          "-129",
          "32767",
          "32768",
          "-32769",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "31556889864403199",
          "31556889864403200",
          "-31557014167219201",
          "9223372036854775.807",
          "31556889864403199.5",
          "1e17",
          "-1e17",
          "1628102135.145",
          "\"Wed, 04 Aug 2021 18:35:35 GMT\"",
          "\"Wed, 04 Aug 2021 18:35:35 UTC\"",
          "\"2021-08-04T18:35:35.145Z\"",
          "\"2021-08-04T18:35Z\"",
          "\"AAAA\"",
          "\"A===\"",
          "\"not base64!\"",
          "[[[[[[[[1]]]]]]]]",
          "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{}}}}}}");

  /** Stands for a value nested deeper than a tree may be, until the tree is text. */
  private static final String DEEP = "deep-value-placeholder";

  private static final Class<?> KINDS = WireBodies.kindsModel();
  private static final Class<?> TASK = WireBodies.taskModel();

  @Property(tries = 400)
  void validKindsBodiesReadAsDatabindReadsThem(
      @ForAll(supplier = WireBodies.KindsBodies.class) String body) {
    assertSameOutcome(body, KINDS);
  }

  @Property(tries = 200)
  void validTaskBodiesReadAsDatabindReadsThem(
      @ForAll(supplier = WireBodies.TaskBodies.class) String body) {
    assertSameOutcome(body, TASK);
  }

  @Property(tries = 2000)
  void brokenKindsBodiesFailAsDatabindFails(@ForAll("brokenKindsBodies") String body) {
    assertSameOutcome(body, KINDS);
  }

  @Property(tries = 800)
  void brokenTaskBodiesFailAsDatabindFails(@ForAll("brokenTaskBodies") String body) {
    assertSameOutcome(body, TASK);
  }

  /** Each hostile value in each member of {@code Kinds}, and as an element of each collection. */
  @Example
  void everyHostileValueInEveryMemberFailsAsDatabindFails() throws IOException {
    String valid = WireBodies.kinds(new Random(13));
    ObjectNode tree = (ObjectNode) TREES.readTree(valid);
    for (String member : WireBodies.kindsMembers()) {
      for (String hostile : HOSTILE_VALUES) {
        JsonNode value = TREES.readTree(hostile);
        assertSameOutcome("{\"" + member + "\":" + hostile + "}", KINDS);
        assertSameOutcome("{\"" + member + "\":[" + hostile + "]}", KINDS);
        assertSameOutcome("{\"" + member + "\":[[" + hostile + "]]}", KINDS);
        assertSameOutcome("{\"" + member + "\":{\"k\":" + hostile + "}}", KINDS);
        assertSameOutcome("{\"" + member + "\":{\"k\":[" + hostile + "]}}", KINDS);
        ObjectNode copy = tree.deepCopy();
        copy.set(member, value);
        assertSameOutcome(TREES.writeValueAsString(copy), KINDS);
      }
    }
  }

  @Example
  void bodiesThatAreNotOneObjectFailAsDatabindFails() {
    for (String body :
        List.of(
            "",
            " ",
            "[]",
            "null",
            "1",
            "\"x\"",
            "{} {}",
            "{}x",
            "{",
            "{\"Flag\"",
            "\u0000",
            "{\"Flag\":true,}",
            "{\"Flag\":true \"Count\":1}",
            "{'Flag':true}",
            "{\"Next\":{}}}")) {
      assertSameOutcome(body, KINDS);
      assertSameOutcome(body, TASK);
    }
  }

  /**
   * {@code rejectUnknownMembers(true)} refuses a member the model does not declare, at the path of
   * the object that holds it, on both paths, although every generated builder carries {@code
   * ignoreUnknown = true} for users' own mappers; the default codec skips it, value and all.
   */
  @Example
  void aStrictCodecRefusesUnknownMembersOnBothPaths() {
    JsonCodec generated = JsonCodec.builder().rejectUnknownMembers(true).build();
    JsonCodec databind =
        JsonCodec.builder().rejectUnknownMembers(true).generatedCodecs(false).build();
    Map<String, String> refusals =
        Map.of(
            "{\"Future\":1}",
            "Unknown member 'Future' at '$'",
            "{\"Filters\":[{\"Key\":\"k\",\"Future\":{\"a\":[1]}}]}",
            "Unknown member 'Future' at '$.Filters[0]'",
            "{\"Filters\":[{\"Key\":\"k\"},{\"Future\":[],\"Key\":\"k\"}]}",
            "Unknown member 'Future' at '$.Filters[1]'");
    refusals.forEach(
        (body, message) -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          String refused = SerializationException.class.getName() + ": " + message;
          assertEquals(refused, outcome(generated, bytes, TASK), body);
          assertEquals(refused, outcome(databind, bytes, TASK), body);
          assertFalse(outcome(JsonCodec.defaults(), bytes, TASK).startsWith(refused), body);
        });
  }

  @Provide
  Arbitrary<String> brokenKindsBodies() {
    return Arbitraries.randomValue(random -> broken(WireBodies.kinds(random), random));
  }

  @Provide
  Arbitrary<String> brokenTaskBodies() {
    return Arbitraries.randomValue(random -> broken(WireBodies.task(random), random));
  }

  /** {@code body} with one to three mutations, each of a kind a hostile client might send. */
  private static String broken(String body, Random random) {
    String text = body;
    for (int i = random.nextInt(3) + 1; i > 0; i--) {
      text = mutate(text, random);
    }
    return text;
  }

  private static String mutate(String body, Random random) {
    JsonNode tree;
    try {
      tree = TREES.readTree(body);
    } catch (IOException e) {
      return textMutation(body, random); // already broken: break it further as text
    }
    if (tree == null || !tree.isContainerNode()) {
      return textMutation(body, random);
    }
    List<Slot> slots = new ArrayList<>();
    collect(tree, slots);
    Slot slot = slots.get(random.nextInt(slots.size()));
    try {
      switch (random.nextInt(6)) {
        case 0, 1, 2 ->
            slot.set(TREES.readTree(HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()))));
        case 3 -> {
          if (slot.container instanceof ObjectNode object) {
            object.set(
                random.nextBoolean() ? "Future" : "Surprise" + random.nextInt(3),
                TREES.readTree(HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()))));
          } else {
            slot.set(
                TREES.readTree("[" + slot.value() + "," + slot.value() + "," + slot.value() + "]"));
          }
        }
        case 4 -> {
          // Deeper than the tight limit, and once in a while deeper than the default one.
          int depth = random.nextInt(10) == 0 ? 1100 : random.nextInt(8) + 1;
          String value = TREES.writeValueAsString(slot.value());
          slot.set(TextNode.valueOf(DEEP));
          return TREES
              .writeValueAsString(tree)
              .replace('"' + DEEP + '"', "[".repeat(depth) + value + "]".repeat(depth));
        }
        default -> {
          return textMutation(TREES.writeValueAsString(tree), random);
        }
      }
      return TREES.writeValueAsString(tree);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cut, a duplicated member, a stray character or a doubled closing brace. */
  private static String textMutation(String body, Random random) {
    if (body.isEmpty()) {
      return "{";
    }
    int at = random.nextInt(body.length());
    return switch (random.nextInt(4)) {
      case 0 -> body.substring(0, at);
      case 1 -> {
        int brace = body.indexOf('{', at);
        yield brace < 0
            ? body + "}"
            : body.substring(0, brace + 1)
                + "\"Flag\":true,\"Flag\":false,"
                + body.substring(brace + 1);
      }
      case 2 ->
          body.substring(0, at) + ",:]}\"x\\ 1".charAt(random.nextInt(9)) + body.substring(at);
      default -> body + (random.nextBoolean() ? "}" : " {}");
    };
  }

  /** Where a value can be swapped: a member of an object or an element of an array. */
  private record Slot(JsonNode container, String name, int index) {
    JsonNode value() {
      return name != null ? container.get(name) : container.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) container).set(name, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        slots.add(new Slot(object, name, -1));
        collect(object.get(name), slots);
      }
      if (object.isEmpty()) {
        slots.add(new Slot(object, "Future", -1));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(array, null, i));
        collect(array.get(i), slots);
      }
    }
  }

  /** Each setting's generated codec and its databind reference. */
  private record Pair(String name, JsonCodec generated, JsonCodec databind) {}

  private static final List<Pair> PAIRS =
      SETTINGS.entrySet().stream()
          .map(
              setting ->
                  new Pair(
                      setting.getKey(),
                      setting.getValue().apply(JsonCodec.builder()).build(),
                      setting.getValue().apply(JsonCodec.builder()).generatedCodecs(false).build()))
          .toList();

  private static void assertSameOutcome(String body, Class<?> type) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (Pair pair : PAIRS) {
      assertEquals(
          outcome(pair.databind(), bytes, type),
          outcome(pair.generated(), bytes, type),
          () -> pair.name() + " codec, body " + body);
    }
  }

  /** The model as canonical JSON (without its random token), or the failure's class and message. */
  private static String outcome(JsonCodec codec, byte[] body, Class<?> type) {
    Object model;
    try {
      model = codec.decode(body, type);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    String json = new String(REFERENCE.encode(model), StandardCharsets.UTF_8);
    return TOKEN.matcher(json).replaceAll("") + " " + model.getClass().getName();
  }

  private static final JsonCodec REFERENCE = JsonCodec.builder().generatedCodecs(false).build();
}
