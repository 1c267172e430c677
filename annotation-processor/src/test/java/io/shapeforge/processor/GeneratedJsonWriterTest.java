package io.shapeforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonWritable;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated {@code writeJson} against Jackson databind, which writes the same models from their
 * annotations: for random models of every member kind (decoded from random wire bodies, so every
 * value is one a request can carry), both must give the same bytes. Databind is the reference
 * because users' own {@code ObjectMapper}s write the models that way.
 */
class GeneratedJsonWriterTest {
  private static final JsonCodec GENERATED = JsonCodec.defaults();
  private static final JsonCodec DATABIND = JsonCodec.builder().generatedCodecs(false).build();

  private static final Class<?> KINDS = WireBodies.kindsModel();
  private static final Class<?> TASK = WireBodies.taskModel();

  @Property(tries = 300)
  void everyKindIsWrittenAsDatabindWritesIt(
      @ForAll(supplier = WireBodies.KindsBodies.class) String body) {
    assertSameBytes(GENERATED.decode(body.getBytes(StandardCharsets.UTF_8), KINDS));
  }

  @Property(tries = 300)
  void epochSecondsEnumsAndStructureListsAreWrittenAsDatabindWritesThem(
      @ForAll(supplier = WireBodies.TaskBodies.class) String body) {
    assertSameBytes(GENERATED.decode(body.getBytes(StandardCharsets.UTF_8), TASK));
  }

  /** What no wire body decodes into but a handler may return: not-a-number and infinities. */
  @Property(tries = 50)
  void specialFloatingPointValuesAreWrittenAsDatabindWritesThem(
      @ForAll("specialDoubles") double value) throws ReflectiveOperationException {
    Object builder = KINDS.getMethod("builder").invoke(null);
    builder.getClass().getMethod("score", Double.class).invoke(builder, value);
    builder.getClass().getMethod("ratio", Float.class).invoke(builder, (float) value);
    assertSameBytes(builder.getClass().getMethod("build").invoke(builder));
  }

  private static void assertSameBytes(Object model) {
    assertInstanceOf(JsonWritable.class, model);
    assertEquals(
        new String(DATABIND.encode(model), StandardCharsets.UTF_8),
        new String(GENERATED.encode(model), StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<Double> specialDoubles() {
    return Arbitraries.of(
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        -0.0,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        1e-7,
        1e21);
  }
}
