package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.testing.compile.Compilation;
import io.shapeforge.runtime.protocol.TimestampFormats;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Random valid request bodies for the {@code Kinds} fixture (every member kind) and the golden
 * {@code WindowExecutionTask}, and the compiled fixture classes: what the generated-codec
 * differential tests feed both codec paths.
 */
final class WireBodies {
  private static final JsonFactory JSON = new JsonFactory();

  private WireBodies() {}

  /** A {@code Kinds} body, nested three deep through {@code Next}. */
  static String kinds(Random random) {
    return json(g -> kinds(g, random, 3));
  }

  /** A {@code WindowExecutionTask} body. */
  static String task(Random random) {
    return json(g -> task(g, random));
  }

  private static void kinds(JsonGenerator g, Random random, int depth) throws IOException {
    g.writeStartObject();
    for (String member : shuffled(random, kindsMembers())) {
      if (random.nextInt(4) == 0) {
        continue; // absent
      }
      g.writeFieldName(member);
      switch (member) {
        case "Token", "Secret" -> g.writeString(text(random));
        case "Flag" -> g.writeBoolean(random.nextBoolean());
        case "Tiny" -> g.writeNumber(random.nextInt(256) - 128);
        case "Small" -> g.writeNumber(random.nextInt(65536) - 32768);
        case "Count", "OldCount", "Level" -> g.writeNumber(random.nextInt());
        case "Big" -> g.writeNumber(random.nextLong());
        case "Ratio" ->
            g.writeNumber(random.nextFloat() * (float) Math.pow(10, random.nextInt(60) - 30));
        case "Score" ->
            g.writeNumber(random.nextGaussian() * Math.pow(10, random.nextInt(600) - 300));
        case "Huge" -> {
          BigInteger huge = new BigInteger(random.nextInt(200) + 1, random);
          g.writeNumber(random.nextBoolean() ? huge : huge.negate());
        }
        case "Amount" -> g.writeNumber(decimal(random));
        case "At" -> g.writeString(TimestampFormats.toHttpDate(instant(random)));
        case "Data" -> g.writeString(Base64.getEncoder().encodeToString(bytes(random)));
        case "Doc" -> document(g, random, 3);
        case "Payment" -> payment(g, random);
        case "Grid" ->
            array(g, random, 3, () -> array(g, random, 3, () -> g.writeString(text(random))));
        case "Levels" ->
            array(
                g,
                random,
                4,
                () -> {
                  if (random.nextInt(3) == 0) {
                    g.writeNull(); // a sparse list keeps its nulls
                  } else {
                    g.writeNumber(random.nextInt(5));
                  }
                });
        case "ByName" ->
            object(g, random, "k", () -> array(g, random, 3, () -> payment(g, random)));
        case "Stamp" -> g.writeString(TimestampFormats.toDateTime(instantWithMillis(random)));
        case "Docs" -> array(g, random, 3, () -> document(g, random, 2));
        case "DocsByName" -> object(g, random, "d", () -> document(g, random, 2));
        case "Counts" ->
            object(
                g,
                random,
                "c",
                () -> object(g, random, "n", () -> g.writeNumber(random.nextInt())));
        case "Next" -> {
          if (depth > 0) {
            kinds(g, random, depth - 1);
          } else {
            g.writeNull(); // null means absent
          }
        }
        default -> throw new IllegalStateException(member);
      }
    }
    g.writeEndObject();
  }

  /**
   * Every member of {@code Kinds}, by wire name, as the compiled model declares them (its
   * {@code @JsonPropertyOrder}): a member added to the fixture is generated, or fails the generator
   * until it is.
   */
  static List<String> kindsMembers() {
    return wireNames(kindsModel());
  }

  private static List<String> wireNames(Class<?> model) {
    return List.of(model.getAnnotation(JsonPropertyOrder.class).value());
  }

  private static void task(JsonGenerator g, Random random) throws IOException {
    g.writeStartObject();
    for (String member : shuffled(random, wireNames(taskModel()))) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      g.writeFieldName(member);
      switch (member) {
        case "WindowExecutionId", "ARN" -> g.writeString(text(random));
        case "Status" -> g.writeString(random.nextBoolean() ? "SUCCESS" : text(random));
        case "History" ->
            array(
                g, random, 4, () -> g.writeString(random.nextBoolean() ? "FAILED" : text(random)));
        case "StartTime" -> g.writeNumber(epochSeconds(random));
        case "Filters" ->
            array(
                g,
                random,
                4,
                () -> {
                  g.writeStartObject();
                  g.writeStringField("Key", text(random));
                  g.writeFieldName("Values");
                  array(g, random, 3, () -> g.writeString(text(random)));
                  g.writeEndObject();
                });
        case "MaxResults" -> g.writeNumber(random.nextInt());
        case "Enabled" -> g.writeBoolean(random.nextBoolean());
        default -> throw new IllegalStateException(member);
      }
    }
    g.writeEndObject();
  }

  private static void payment(JsonGenerator g, Random random) throws IOException {
    g.writeStartObject();
    switch (random.nextInt(3)) {
      case 0 -> g.writeStringField("Iban", text(random));
      case 1 -> g.writeNumberField("Credit", decimal(random));
      default -> {
        g.writeFieldName("Vouchers");
        array(g, random, 3, () -> g.writeString(text(random)));
      }
    }
    g.writeEndObject();
  }

  private static void document(JsonGenerator g, Random random, int depth) throws IOException {
    switch (random.nextInt(depth > 0 ? 7 : 5)) {
      case 0 -> g.writeNull();
      case 1 -> g.writeBoolean(random.nextBoolean());
      case 2 -> g.writeNumber(decimal(random));
      case 3 -> g.writeNumber(random.nextLong());
      case 4 -> g.writeString(text(random));
      case 5 -> array(g, random, 3, () -> document(g, random, depth - 1));
      default -> object(g, random, "", () -> document(g, random, depth - 1));
    }
  }

  /** Epoch seconds as a client writes them: whole, or with up to 9 fraction digits, any sign. */
  private static BigDecimal epochSeconds(Random random) {
    BigDecimal seconds = BigDecimal.valueOf(random.nextLong() % 100_000_000_000L);
    BigDecimal fraction = BigDecimal.valueOf(random.nextInt(1_000_000_000), 9);
    return seconds.signum() < 0 ? seconds.subtract(fraction) : seconds.add(fraction);
  }

  /** An instant of years 1970 to 9999 with a millisecond part, which a date-time carries. */
  private static Instant instantWithMillis(Random random) {
    return instant(random).plusMillis(random.nextInt(1_000));
  }

  /** From 1970 to the end of year 9999, all an IMF-fixdate can say. */
  private static Instant instant(Random random) {
    return Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 253_402_300_800L));
  }

  private static BigDecimal decimal(Random random) {
    return new BigDecimal(new BigInteger(random.nextInt(120) + 1, random), random.nextInt(40) - 20)
        .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
  }

  private static byte[] bytes(Random random) {
    byte[] bytes = new byte[random.nextInt(6)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Text that needs escaping now and then: quotes, control characters, non-ASCII, surrogates. */
  private static String text(Random random) {
    String[] pieces = {"a", "Z", "\"", "\\", "\n", "\u0001", "é", "\u2028", "😀", "/", "<", " "};
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  private static List<String> shuffled(Random random, List<String> members) {
    List<String> order = new ArrayList<>(members);
    Collections.shuffle(order, random);
    return order;
  }

  /** Writes one JSON value. */
  private interface Value {
    void write() throws IOException;
  }

  /** An array of fewer than {@code bound} values. */
  private static void array(JsonGenerator g, Random random, int bound, Value element)
      throws IOException {
    g.writeStartArray();
    for (int i = random.nextInt(bound); i > 0; i--) {
      element.write();
    }
    g.writeEndArray();
  }

  /**
   * An object of up to two members, named {@code prefix}, a number and text that needs escaping.
   */
  private static void object(JsonGenerator g, Random random, String prefix, Value value)
      throws IOException {
    g.writeStartObject();
    for (int i = random.nextInt(3); i > 0; i--) {
      g.writeFieldName(prefix + i + text(random));
      value.write();
    }
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String json(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(text)) {
      body.write(generator);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  /** The compiled {@code Kinds} model class: every member kind. */
  static Class<?> kindsModel() {
    return Compiled.KINDS;
  }

  /** The compiled golden {@code WindowExecutionTask} model class. */
  static Class<?> taskModel() {
    return Compiled.TASK;
  }

  /** Random {@code Kinds} bodies: {@code @ForAll(supplier = WireBodies.KindsBodies.class)}. */
  static final class KindsBodies implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return Arbitraries.randomValue(WireBodies::kinds);
    }
  }

  /** Random {@code WindowExecutionTask} bodies. */
  static final class TaskBodies implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return Arbitraries.randomValue(WireBodies::task);
    }
  }

  /** The fixtures, compiled on first use and once for every test class in the JVM. */
  private static final class Compiled {
    static final Class<?> KINDS = load(Fixtures.KINDS, "fixture.kinds.model.Kinds");
    static final Class<?> TASK = load(Fixtures.GOLDEN, "fixture.ssm.model.WindowExecutionTask");

    /** Compiles {@code spec} with the processor and loads {@code className} from the result. */
    private static Class<?> load(String[] spec, String className) {
      Compilation compilation = Fixtures.compile(Fixtures.resources(spec));
      assertThat(compilation).succeeded();
      try {
        Path classes = Files.createTempDirectory("generated-json-codec");
        Fixtures.writeClasses(compilation, classes);
        URLClassLoader loader =
            new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, WireBodies.class.getClassLoader());
        return loader.loadClass(className);
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException("cannot load the compiled " + className, e);
      }
    }
  }
}
