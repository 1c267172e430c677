package io.shapeforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shapeforge.runtime.protocol.GeneratedModelsModule;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.store.RecordCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link RecordCodec#json} stores a generated model with the model's own writer and reader. The
 * reference is the plain databind mapper it used before: the bytes must be the same, so rows an
 * earlier build wrote into H2 or PostgreSQL read back, and reading must give the model back.
 */
class GeneratedRecordCodecTest {
  /** What {@code RecordCodec.json} was before it used the generated code, and its reference. */
  private static final JsonMapper DATABIND =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static final JsonMapper WITH_MODULE =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new GeneratedModelsModule())
          .build();

  /** A hand-written record that holds generated models, as the emulator's scheduler records do. */
  record Holder<T>(String name, T model, List<T> models, Map<String, T> byName) {}

  private static final Class<?> KINDS = WireBodies.kindsModel();
  private static final Class<?> TASK = WireBodies.taskModel();

  @Property(tries = 300)
  void everyKindIsStoredAsDatabindStoresItAndReadBack(
      @ForAll(supplier = WireBodies.KindsBodies.class) String body) throws IOException {
    assertStoredAsDatabindStoresIt(KINDS, body);
  }

  @Property(tries = 300)
  void timestampsEnumsAndStructureListsAreStoredAsDatabindStoresThem(
      @ForAll(supplier = WireBodies.TaskBodies.class) String body) throws IOException {
    assertStoredAsDatabindStoresIt(TASK, body);
  }

  @Property(tries = 200)
  void aHandWrittenRecordHoldingModelsIsStoredAsDatabindStoresIt(
      @ForAll(supplier = WireBodies.KindsBodies.class) String first,
      @ForAll(supplier = WireBodies.KindsBodies.class) String second)
      throws IOException {
    Object one = JsonCodec.defaults().decode(first.getBytes(StandardCharsets.UTF_8), KINDS);
    Object two = JsonCodec.defaults().decode(second.getBytes(StandardCharsets.UTF_8), KINDS);
    Holder<Object> holder = new Holder<>("h", one, Arrays.asList(two, null, one), Map.of("k", two));
    JavaType type = DATABIND.getTypeFactory().constructParametricType(Holder.class, KINDS);
    byte[] expected = DATABIND.writerFor(type).writeValueAsBytes(holder);
    byte[] written = WITH_MODULE.writerFor(type).writeValueAsBytes(holder);
    assertEquals(
        new String(expected, StandardCharsets.UTF_8),
        new String(written, StandardCharsets.UTF_8),
        "written");
    assertEquals(holder, WITH_MODULE.readValue(written, type), "read back");
  }

  @Example
  void theModuleHandsModelsToTheirOwnCode() throws IOException {
    assertEquals(
        "OwnWriter",
        WITH_MODULE
            .getSerializerProviderInstance()
            .findValueSerializer(KINDS)
            .getClass()
            .getSimpleName());
    DefaultDeserializationContext lookups =
        ((DefaultDeserializationContext) WITH_MODULE.getDeserializationContext())
            .createInstance(WITH_MODULE.getDeserializationConfig(), null, null);
    assertEquals(
        "OwnReader",
        lookups
            .findRootValueDeserializer(WITH_MODULE.constructType(KINDS))
            .getClass()
            .getSimpleName());
  }

  @Example
  void aGeneratedModelTakesTheGeneratedPath() {
    assertEquals("json(generated fixture.kinds.model.Kinds)", RecordCodec.json(KINDS).toString());
  }

  @Example
  void bytesThatAreNotTheModelAreRefusedWithItsName() {
    RecordCodec<?> codec = RecordCodec.json(KINDS);
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> codec.decode("{\"Name\":[".getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        refused.getMessage().startsWith("stored bytes are not a fixture.kinds.model.Kinds: "),
        refused.getMessage());
  }

  private static <T> void assertStoredAsDatabindStoresIt(Class<T> type, String body)
      throws IOException {
    T model = JsonCodec.defaults().decode(body.getBytes(StandardCharsets.UTF_8), type);
    RecordCodec<T> codec = RecordCodec.json(type);
    byte[] stored = codec.encode(model);
    assertEquals(
        new String(DATABIND.writeValueAsBytes(model), StandardCharsets.UTF_8),
        new String(stored, StandardCharsets.UTF_8),
        "written");
    assertEquals(model, codec.decode(stored), "read back");
    assertEquals(DATABIND.readValue(stored, type), codec.decode(stored), "read as databind reads");
  }
}
